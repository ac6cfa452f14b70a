/**
 * Reading a return back: what each kind of cell gives, and what happens when people alter the form — rename
 * or copy the sheet, delete the hidden _meta, edit the header, merge entry cells, remove the protection,
 * refer to another workbook. Each alteration is observed and becomes a structure finding of the checks.
 */
import { placeA1 } from '../../src/core/form';
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { templateWorkbookLayout } from '../../src/core/documents';
import { readReturnWorkbook } from '../../src/xlsx/readReturnWorkbook';
import { workbookBytes } from '../../src/xlsx/renderWorkbook';
import { Cells, checkSheet, edit, planOf, readOk, realCatalog, summary, template, YUECHENG, type Template } from '../support/xlsx/filledReturns';
import { placeOfAddress } from '../../src/core/form';

const HIGHTECH = `${YUECHENG}.hightech-enterprises`;
const RD = `${YUECHENG}.rd-gdp-share`;

let tpl: Template;
let at: Cells;

beforeAll(async () => {
  tpl = await template(YUECHENG, 2024);
  at = new Cells(tpl);
});

async function readOne(bytes: Uint8Array) {
  const sheets = await readOk(bytes);
  expect(sheets).toHaveLength(1);
  return sheets[0] as NonNullable<(typeof sheets)[0]>;
}

const rowOf = (sheet: Awaited<ReturnType<typeof readOne>>, id: string) => sheet.rows.find((row) => row.indicatorId === id);

describe('readReturnWorkbook: cells as Excel holds them', () => {
  it('gives each kind of value as the checks need it', async () => {
    const ids = tpl.rowIds;
    const cells: Array<[string, ExcelJS.CellValue]> = [
      [at.actual(ids[0] as string, 2024), { richText: [{ text: '2' }, { font: { bold: true }, text: '.8' }] }],
      [at.actual(ids[1] as string, 2024), true],
      [at.actual(ids[2] as string, 2024), new Date(Date.UTC(2024, 11, 31))],
      [at.actual(ids[3] as string, 2024), { error: '#DIV/0!' } as ExcelJS.CellErrorValue],
      [at.actual(ids[4] as string, 2024), { text: '1650', hyperlink: 'https://example.org/' }],
      [at.actual(ids[5] as string, 2024), { formula: 'B2', result: '十三' } as ExcelJS.CellValue],
    ];
    const bytes = await edit(tpl.bytes, (sheet) => {
      for (const [address, value] of cells) sheet.getCell(address).value = value;
      // Typing a date, Excel also gives the cell a date format (a fresh style: ExcelJS shares them among cells).
      const dated = sheet.getCell(at.actual(ids[2] as string, 2024));
      dated.style = { ...dated.style, numFmt: 'yyyy/m/d' };
      sheet.getCell(at.explanation(ids[0] as string)).note = '数据来源：统计年鉴';
    });
    const sheet = await readOne(bytes);
    const entry = (i: number) => rowOf(sheet, ids[i] as string)?.actuals[2024];
    expect(entry(0)?.value).toEqual({ type: 'text', value: '2.8' });
    expect(entry(1)?.value).toEqual({ type: 'boolean', value: true });
    expect(entry(2)?.value).toEqual({ type: 'date', value: '2024-12-31T00:00:00.000Z' });
    expect(entry(3)?.value).toEqual({ type: 'error', value: '#DIV/0!' });
    expect(entry(4)?.value).toEqual({ type: 'text', value: '1650' });
    expect(entry(5)).toMatchObject({ value: { type: 'text', value: '十三' }, formula: 'B2' });
    expect(rowOf(sheet, ids[0] as string)?.explanation.note).toBe('数据来源：统计年鉴');
  });

  it('reads a return whose parts are stored, not deflated, as the same return (a zip may store any entry)', async () => {
    const zip = await JSZip.loadAsync(tpl.bytes);
    const stored = await zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
    expect(stored.byteLength).toBeGreaterThan(tpl.bytes.byteLength);
    expect(await readOk(stored)).toEqual(await readOk(tpl.bytes));
  });

  it('reads a template with its cover sheet: the cover is not taken for a return', async () => {
    const plan = planOf(YUECHENG);
    const layout = templateWorkbookLayout({ plans: [plan], region: plan.plan.region, reportingYear: 2024, merge: false, catalogVersion: realCatalog().version });
    const sheets = await readOk(await workbookBytes(layout));
    expect(sheets.map((sheet) => [sheet.sheet, sheet.metadata?.planIds, sheet.observations])).toEqual([['指标填报', [YUECHENG], []]]);
  });

  it('reads a workbook with a reporting sheet per plan, each with its own metadata', async () => {
    const plans = [planOf(YUECHENG), planOf('keqiao-2021-2025')];
    const layout = templateWorkbookLayout({ plans, region: plans[0]?.plan.region ?? { name: '', code: '' }, reportingYear: 2024, merge: false, catalogVersion: realCatalog().version });
    const sheets = await readOk(await workbookBytes(layout));
    expect(sheets.map((sheet) => sheet.metadata?.planIds)).toEqual([[YUECHENG], ['keqiao-2021-2025']]);
    for (const sheet of sheets) {
      expect(sheet.rows.map((row) => row.indicatorId)).toEqual(sheet.metadata?.rowIds);
      expect(summary(checkSheet(sheet)).filter(([rule]) => rule === 'structure')).toEqual([]);
    }
  });
});

describe('readReturnWorkbook: the form altered', () => {
  it('a renamed sheet is found by the ids it holds, and observed', async () => {
    const sheet = await readOne(await edit(tpl.bytes, (ws) => {
      ws.name = '2024年填报';
    }));
    expect(sheet.sheet).toBe('2024年填报');
    expect(sheet.metadata?.sheet).toBe('指标填报');
    expect(sheet.rows.map((row) => row.indicatorId)).toEqual(tpl.rowIds);
    expect(sheet.observations).toEqual([{ code: 'structure.sheet_renamed', detail: 'generated as 指标填报' }]);
    expect(summary(checkSheet(sheet))).toContainEqual(['structure', null, 'error', 'structure.sheet_renamed']);
  });

  it('a copied sheet: both are read, the copy is observed', async () => {
    const sheets = await readOk(await edit(tpl.bytes, (ws, workbook) => {
      const copy = workbook.addWorksheet('指标填报 (2)');
      copy.model = { ...ws.model, name: '指标填报 (2)', id: copy.id } as typeof ws.model;
      ws.getCell(at.actual(HIGHTECH, 2024)).value = 480;
    }));
    expect(sheets.map((sheet) => [sheet.sheet, sheet.observations])).toEqual([
      ['指标填报', []],
      ['指标填报 (2)', [{ code: 'structure.sheet_copied', detail: 'a copy of sheet 指标填报', expected: '指标填报' }]],
    ]);
    expect(sheets.map((sheet) => sheet.rows.length)).toEqual([tpl.rowIds.length, tpl.rowIds.length]);
  });

  it('without the _meta sheet a sheet that looks like the form is read, with metadata null', async () => {
    const sheet = await readOne(await edit(tpl.bytes, (ws, workbook) => {
      workbook.removeWorksheet('_meta');
      ws.getCell(at.actual(HIGHTECH, 2024)).value = 480;
    }));
    expect(sheet.metadata).toBeNull();
    expect(sheet.rows.map((row) => row.indicatorId)).toEqual(tpl.rowIds);
    expect(sheet.observations).toEqual([{ code: 'structure.metadata_missing', detail: 'no _meta sheet' }]);
    expect(summary(checkSheet(sheet))).toContainEqual(['structure', null, 'error', 'structure.metadata_missing']);
  });

  it('an edited _meta is unreadable: the sheet is read without metadata, and observed', async () => {
    const sheet = await readOne(await edit(tpl.bytes, (_ws, workbook) => {
      const meta = workbook.getWorksheet('_meta');
      meta?.eachRow((row) => {
        if (row.getCell(1).value === 'reportingYear') row.getCell(2).value = '二〇二四';
      });
    }));
    expect(sheet.metadata).toBeNull();
    expect(sheet.observations).toEqual([{ code: 'structure.metadata_unreadable', detail: 'metadata.bad_json (reportingYear)' }]);
  });

  it('an edited header is observed; the rows are still read by their ids; a column whose header is gone reads empty', async () => {
    const sheet = await readOne(await edit(tpl.bytes, (ws) => {
      ws.getCell(at.explanation(RD)).value = '口径调整';
      const header = ws.getRow(tpl.map.headerRow + 1);
      header.getCell(tpl.map.columns.explanation + 1).value = '备注';
      header.getCell(tpl.map.columns.id + 1).value = null;
    }));
    expect(sheet.rows.map((row) => row.indicatorId)).toEqual(tpl.rowIds);
    expect(rowOf(sheet, RD)?.explanation.value).toEqual({ type: 'empty' });
    expect(sheet.observations).toEqual([{ code: 'structure.header_changed', at: { row: tpl.map.headerRow }, detail: '说明、指标ID' }]);
  });

  it('merged cells over entry cells are observed at their first cell, with their range', async () => {
    const from = at.actual(HIGHTECH, 2023);
    const to = at.actual(HIGHTECH, 2024);
    const sheet = await readOne(await edit(tpl.bytes, (ws) => ws.mergeCells(`${from}:${to}`)));
    expect(sheet.observations).toEqual([{ code: 'structure.merged_entry_cells', at: placeOfAddress(from), detail: `${from}:${to}` }]);
    expect(summary(checkSheet(sheet))).toContainEqual(['structure', from, 'error', 'structure.merged_entry_cells']);
  });

  it('removed protection is observed', async () => {
    const sheet = await readOne(await edit(tpl.bytes, (ws) => ws.unprotect()));
    expect(sheet.observations).toEqual([{ code: 'structure.protection_removed' }]);
  });

  it('a formula that refers to another workbook is observed on its cell', async () => {
    const cell = at.actual(HIGHTECH, 2024);
    const sheet = await readOne(await edit(tpl.bytes, (ws) => {
      ws.getCell(cell).value = { formula: "'[统计台账.xlsx]2024'!C7", result: 480 } as ExcelJS.CellValue;
    }));
    expect(sheet.observations.map((observation) => ({ ...observation, at: observation.at && placeA1(observation.at) }))).toEqual([
      { code: 'dangerous.external_reference', at: cell, found: "='[统计台账.xlsx]2024'!C7" },
    ]);
    expect(rowOf(sheet, HIGHTECH)?.actuals[2024]?.value).toEqual({ type: 'number', value: 480 });
  });

  it('rows inserted by a person, without an id, are read so that they are reported', async () => {
    const sheet = await readOne(await edit(tpl.bytes, (ws) => {
      ws.spliceRows(at.row(HIGHTECH) + 2, 0, ['', '', '', '新增指标', '家']);
      ws.getCell(at.actual(HIGHTECH, 2024).replace(/\d+$/u, String(at.row(HIGHTECH) + 2))).value = 7;
    }));
    const inserted = sheet.rows.find((row) => row.row === at.row(HIGHTECH) + 1);
    expect(inserted).toMatchObject({ indicatorId: null });
    expect(summary(checkSheet(sheet))).toContainEqual(['structure', `${at.row(HIGHTECH) + 2}:${at.row(HIGHTECH) + 2}`, 'error', 'structure.id_missing']);
  });

  it('reading does not change the bytes it was given', async () => {
    const copy = tpl.bytes.slice();
    await readReturnWorkbook(tpl.bytes);
    expect(Buffer.compare(Buffer.from(copy), Buffer.from(tpl.bytes))).toBe(0);
  });
});
