/**
 * Regenerating a filled return after the catalog changed (an indicator added, one removed, one moved): every
 * typed value, number format and 说明 of the indicators still there is kept, on the row of its id; the foot
 * of the form is kept; what the removed indicator held is handed back, not dropped.
 */
import type ExcelJS from 'exceljs';
import type { Indicator, LoadedCatalog, PlanCatalog } from '../../src/core/catalog';
import { reportingSheetLayout, rowIdsOf, type SheetLayout } from '../../src/core/layout';
import type { ReturnSheet } from '../../src/core/returns';
import { ReturnFileError } from '../../src/xlsx/fileProblem';
import { regenerateReturn } from '../../src/xlsx/regenerateReturn';
import { Cells, checkSheet, edit, planOf, readOk, realCatalog, summary, template, typePercent, YUECHENG, type Template } from '../support/xlsx/filledReturns';

const Y = (name: string) => `${YUECHENG}.${name}`;
const RD = Y('rd-gdp-share');
const REMOVED = Y('tech-smes');
const MOVED = Y('biomedicine-output');
const ADDED = Y('added-indicator');

/** The real catalog with 越城 changed: an indicator added at the top, one removed, one moved to second place. */
function changedCatalog(): LoadedCatalog {
  const real = realCatalog();
  const plan = planOf(YUECHENG);
  const moved = plan.indicators.find((indicator) => indicator.id === MOVED) as Indicator;
  const rest = plan.indicators.filter((indicator) => indicator.id !== REMOVED && indicator.id !== MOVED);
  const added: Indicator = { ...(rest[0] as Indicator), id: ADDED, concept: 'added_indicator', name: '新增指标（测试）', values: [] };
  const changed: PlanCatalog = { ...plan, indicators: [added, rest[0] as Indicator, moved, ...rest.slice(1)] };
  return { ...real, version: 'c-changed', catalog: { ...real.catalog, plans: real.catalog.plans.map((p) => (p.plan.id === YUECHENG ? changed : p)) } };
}

let tpl: Template;
let at: Cells;

/** Types beside a foot label, in the first cell after the label's merged cells, as a person clicking there does. */
function typeFooter(sheet: ExcelJS.Worksheet, label: string, text: string): void {
  sheet.eachRow((row) => row.eachCell((cell) => {
    if (cell.value !== label || cell.master.address !== cell.address) return;
    let col = Number(cell.col) + 1;
    while (row.getCell(col).isMerged && row.getCell(col).master.address === cell.address) col++;
    row.getCell(col).value = text;
  }));
}

/** Typed into every row: a number, text, a percent-formatted number, a 说明 on every third row; and the foot. */
async function filledReturn(): Promise<Uint8Array> {
  return edit(tpl.bytes, (sheet: ExcelJS.Worksheet) => {
    tpl.rowIds.forEach((id, i) => {
      sheet.getCell(at.actual(id, 2023)).value = 100 + i;
      sheet.getCell(at.actual(id, 2024)).value = i % 4 === 1 ? `${200 + i}` : 200 + i;
      if (i % 3 === 0) sheet.getCell(at.explanation(id)).value = `=口径说明${i}`;
    });
    typePercent(sheet.getCell(at.actual(RD, 2024)), 0.028);
    typeFooter(sheet, '填表人：', '张三');
    typeFooter(sheet, '联系电话：', '0575-88123456');
  });
}

/** The generator's own layout of 越城 under `catalog`: what the regenerated file must hold. */
function expectedLayout(catalog: LoadedCatalog): SheetLayout {
  const plan = planOf(YUECHENG, catalog);
  return reportingSheetLayout({ plans: [plan], region: plan.plan.region, reportingYear: 2024, merge: false, catalogVersion: catalog.version });
}

const entriesOf = (sheet: ReturnSheet) => new Map(sheet.rows.map((row) => [row.indicatorId, row]));

beforeAll(async () => {
  tpl = await template(YUECHENG, 2024);
  at = new Cells(tpl);
});

describe('regenerateReturn', () => {
  it('keeps every typed actual, format and 说明 on its id’s row; hands back the removed indicator’s values', async () => {
    const bytes = await filledReturn();
    const [before] = await readOk(bytes);
    const changed = changedCatalog();
    const result = await regenerateReturn(bytes, changed);
    const [after] = await readOk(result.bytes);
    if (before === undefined || after === undefined) throw new Error('not read');

    const expectedIds = rowIdsOf(expectedLayout(changed));
    expect(after.rows.map((row) => row.indicatorId)).toEqual(expectedIds);
    expect(after.metadata).toMatchObject({ catalogVersion: 'c-changed', rowIds: expectedIds, reportingYear: 2024, planIds: [YUECHENG] });

    const old = entriesOf(before);
    const now = entriesOf(after);
    let kept = 0;
    for (const [id, row] of old) {
      if (id === REMOVED) continue;
      const regenerated = now.get(id);
      for (const year of [2023, 2024]) {
        const { value, numberFormat } = row.actuals[year] ?? { value: null, numberFormat: undefined };
        expect([id, year, regenerated?.actuals[year]?.value, regenerated?.actuals[year]?.numberFormat]).toEqual([id, year, value, numberFormat]);
        kept += 1;
      }
      expect([id, regenerated?.explanation.value]).toEqual([id, row.explanation.value]);
      if (row.explanation.value.type !== 'empty') kept += 1;
    }
    expect(now.get(ADDED)?.actuals[2024]?.value).toEqual({ type: 'empty' });
    // The moved indicator's values moved with it.
    expect(now.get(MOVED)?.row).not.toBe(old.get(MOVED)?.row);
    expect(now.get(MOVED)?.actuals[2024]?.value).toEqual(old.get(MOVED)?.actuals[2024]?.value);

    const removed = old.get(REMOVED);
    expect(result.notCarried).toEqual([
      { sheet: '指标填报', indicatorId: REMOVED, field: 'actual', year: 2023, value: removed?.actuals[2023]?.value, address: at.actual(REMOVED, 2023), reason: 'id_removed' },
      { sheet: '指标填报', indicatorId: REMOVED, field: 'actual', year: 2024, value: removed?.actuals[2024]?.value, address: at.actual(REMOVED, 2024), reason: 'id_removed' },
    ]);
    // Two foot entries (填表人, 联系电话) besides the table's values.
    expect(result.carried).toBe(kept + 2);
    expect(result.skippedSheets).toEqual([]);
  });

  it('keeps the foot of the form', async () => {
    const result = await regenerateReturn(await filledReturn(), changedCatalog());
    const texts: string[] = [];
    await edit(result.bytes, (sheet) => sheet.eachRow((row) => row.eachCell((cell) => {
      if (typeof cell.value === 'string') texts.push(cell.value);
    })));
    expect(texts).toEqual(expect.arrayContaining(['张三', '0575-88123456']));
  });

  it('a "2.8%" carried over still reads as 2.8, and the regenerated return checks clean under the new catalog', async () => {
    const bytes = await edit(tpl.bytes, (sheet) => {
      for (const id of tpl.rowIds) sheet.getCell(at.actual(id, 2024)).value = id.endsWith('coverage') ? '是' : 20;
      sheet.getCell(at.actual(Y('hightech-industry-investment-growth#companion'), 2024)).value = 5;
      typePercent(sheet.getCell(at.actual(RD, 2024)), 0.028);
    });
    const changed = changedCatalog();
    const [after] = await readOk((await regenerateReturn(bytes, changed)).bytes);
    if (after === undefined) throw new Error('not read');
    const report = checkSheet(after, changed);
    expect(summary(report).filter(([rule]) => rule === 'structure' || rule === 'share_as_fraction')).toEqual([]);
    expect(after.observations).toEqual([]);
  });

  it('regenerating under the same catalog changes nothing a person typed', async () => {
    const bytes = await filledReturn();
    const result = await regenerateReturn(bytes, realCatalog());
    const [before] = await readOk(bytes);
    const [after] = await readOk(result.bytes);
    expect(after?.rows).toEqual(before?.rows);
    expect(result.notCarried).toEqual([]);
  });

  it('refuses, with a ReturnFileError naming the problem, a return it cannot regenerate', async () => {
    const withoutMeta = await edit(tpl.bytes, (_sheet, workbook) => workbook.removeWorksheet('_meta'));
    await expect(regenerateReturn(withoutMeta, realCatalog())).rejects.toMatchObject({ problem: { code: 'regenerate.metadata_missing', params: { sheet: '指标填报' } } });
    const real = realCatalog();
    const withoutPlan: LoadedCatalog = { ...real, catalog: { ...real.catalog, plans: real.catalog.plans.filter((plan) => plan.plan.id !== YUECHENG) } };
    await expect(regenerateReturn(tpl.bytes, withoutPlan)).rejects.toMatchObject({ problem: { code: 'regenerate.unknown_plan', params: { plan: YUECHENG } } });
    await expect(regenerateReturn(new Uint8Array(Buffer.from('not a workbook')), real)).rejects.toBeInstanceOf(ReturnFileError);
  });
});
