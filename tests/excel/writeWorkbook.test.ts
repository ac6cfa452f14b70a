import { reportingSheetMap, reportingWorkbookLayout, rowIdsOf, rowNumberFormat, shownText, type SheetLayout } from '../../src/core/layout';
import { a1, columnLetter } from '../../src/core/form';
import { ExcelAdapterError, writeWorkbookLayout } from '../../src/excel';
import { FakeExcel } from '../support/excel/fakeExcel';
import { plan, planOfSize, realCatalog, reportingWorkbookOf, SAMPLE_PLAN } from '../support/excel/layouts';
import { EVERYTHING, measureWrite, OFFICE_2019, OFFICE_2021 } from '../support/excel/measureWrite';

const FIVE_MB = 5 * 1024 * 1024;

function sheetOf(excel: FakeExcel, name: string) {
  const sheet = excel.workbook.find(name);
  if (sheet === undefined) throw new Error(`no sheet ${name}`);
  return sheet;
}

describe('writing a reporting workbook of 10, 100 and 1,000 indicators', () => {
  const sizes = [10, 100, 1000];
  const measures = sizes.map(async (size) => ({ size, layout: reportingWorkbookOf(size), measure: await measureWrite(reportingWorkbookOf(size)) }));

  it('takes the same few round trips whatever the size', async () => {
    const syncs = (await Promise.all(measures)).map(({ measure }) => measure.syncs);
    expect(new Set(syncs).size).toBe(1);
    expect(syncs[0]).toBeLessThan(6);
  });

  it('keeps every request under the 5 MB limit, and its own estimate above what it sends', async () => {
    for (const { measure } of await Promise.all(measures)) {
      for (const bytes of measure.requestBytes) expect(bytes).toBeLessThan(FIVE_MB);
      // The write requests are the ones after the first read (a fresh workbook has no _meta to read).
      const writes = measure.requestBytes.slice(1, 1 + measure.estimatedBytes.length);
      writes.forEach((bytes, i) => expect(measure.estimatedBytes[i]).toBeGreaterThanOrEqual(bytes));
    }
  });

  it('writes values as whole arrays, not cell by cell, and formats by blocks of equal style', async () => {
    for (const { size, layout, measure } of await Promise.all(measures)) {
      const kinds = new Map<string, number>();
      for (const request of measure.excel.requests) for (const [kind, count] of request.kinds) kinds.set(kind, (kinds.get(kind) ?? 0) + count);
      const cells = [...layout.sheets, layout.metadata].reduce((sum, sheet) => sum + sheet.cells.length, 0);
      // One assignment per band of 20 000 cells and sheet.
      expect(kinds.get('formulas')).toBeLessThanOrEqual(2 + Math.ceil(cells / 20_000));
      expect(kinds.get('values') ?? 0).toBe(0);
      // A style is set once per rectangle of cells sharing it: a thousand rows take a few hundred, not one or more per
      // row (and not one per cell, some 17 000).
      if (size === 1000) expect(kinds.get('format.font.name')).toBeLessThan(size / 2);
    }
  });
});

describe('what the sheet holds after writing', () => {
  const layout = reportingWorkbookOf(40);
  const sheetLayout = layout.sheets[0] as SheetLayout;
  const written = measureWrite(layout);
  const map = reportingSheetMap(sheetLayout);

  it('names the sheets as the layout does, the metadata sheet very hidden, and leaves no temporary sheet', async () => {
    const { excel, report } = await written;
    expect(excel.workbook.sheets.map((sheet) => [sheet.name, sheet.visibility])).toEqual([
      ['Sheet1', 'Visible'], [sheetLayout.name, 'Visible'], ['_meta', 'VeryHidden'],
    ]);
    expect(report.sheets).toEqual([sheetLayout.name, '_meta']);
    expect(excel.workbook.active?.name).toBe(sheetLayout.name);
  });

  it('keeps every text as text and every formula a formula', async () => {
    const { excel } = await written;
    const sheet = sheetOf(excel, sheetLayout.name);
    for (const cell of sheetLayout.cells) {
      const address = a1(cell.row, cell.col);
      if (cell.value.kind === 'text') expect([address, excel.valueAt(sheetLayout.name, address)]).toEqual([address, cell.value.text]);
      if (cell.value.kind === 'formula') expect([address, sheet.peek(cell.row, cell.col)?.input]).toEqual([address, `=${cell.value.formula}`]);
    }
  });

  it('protects the sheet without a password, with the entry cells open and rows not insertable', async () => {
    const { excel } = await written;
    const sheet = sheetOf(excel, sheetLayout.name);
    expect(sheet.protection).toMatchObject({ protected: true, password: null, options: { allowInsertRows: false, allowDeleteRows: false, allowFormatColumns: true } });
    const actual = Object.values(map.columns.actuals)[0] as number;
    expect(sheet.peek(map.firstDataRow, actual)?.format.get('protection.locked')).toBe(false);
    expect(sheet.peek(map.firstDataRow, map.columns.explanation)?.format.get('protection.locked')).toBe(false);
    expect(sheet.peek(map.firstDataRow, map.columns.name)?.format.get('protection.locked')).toBeUndefined();
  });

  it('gives every year’s entry cell of a row the number format of the plan’s printed decimals, never text', async () => {
    const { excel } = await written;
    const sheet = sheetOf(excel, sheetLayout.name);
    const ids = rowIdsOf(sheetLayout);
    const formatsOf = (id: string) => Object.values(map.columns.actuals).map((col) => sheet.peek(map.firstDataRow + ids.indexOf(id), col)?.numberFormat);
    const years = Object.keys(map.columns.actuals).length;
    // 高新技术企业 (2.2 | 3.5 万家): a count in 万家, whole at four places; 高新技术产业增加值增速 (9.7 | 高于…): one.
    expect(formatsOf(`${SAMPLE_PLAN}.hightech-enterprises`)).toEqual(Array(years).fill('0.0000'));
    expect(formatsOf(`${SAMPLE_PLAN}.hightech-industry-va-growth`)).toEqual(Array(years).fill('0.0'));
    // Every indicator row as core decides it (rowNumberFormat); 是/否 rows General.
    for (const indicator of planOfSize(40).indicators) {
      if (!ids.includes(indicator.id)) continue;
      const qualitative = indicator.values.some((value) => value.role === 'target' && value.parsed.kind === 'qualitative');
      const expected = qualitative ? 'General' : rowNumberFormat([indicator], indicator.unit);
      expect([indicator.id, formatsOf(indicator.id)]).toEqual([indicator.id, Array(years).fill(expected)]);
    }
  });

  it('carries the validations, with a stop alert, and the list of 是/否 without quotes', async () => {
    const { excel } = await written;
    const sheet = sheetOf(excel, sheetLayout.name);
    expect(sheet.validations.map((v) => v.ref)).toEqual(sheetLayout.validations.map((v) => v.ref));
    for (const validation of sheet.validations) expect(validation.settings['errorAlert']).toMatchObject({ showAlert: true, style: 'Stop' });
    const lists = sheet.validations.filter((v) => 'list' in (v.settings['rule'] as object));
    for (const list of lists) expect(list.settings['rule']).toEqual({ list: { inCellDropDown: true, source: '是,否' } });
    const decimal = sheet.validations.find((v) => 'decimal' in (v.settings['rule'] as object));
    expect((decimal?.settings['rule'] as { decimal: { formula1: unknown } }).decimal.formula1).toEqual(expect.any(Number));
  });

  it('gives a 零的突破 row (嵊州) a custom rule taking a count or 是/否, stopped otherwise, and its prompt (decision 0276)', async () => {
    const shengzhou = plan('shengzhou-116x-2024-2030');
    const layout = reportingWorkbookLayout({ plans: [shengzhou], region: shengzhou.plan.region, reportingYear: 2025, merge: false, catalogVersion: realCatalog().version });
    const shengzhouSheet = layout.sheets[0] as SheetLayout;
    const { excel } = await measureWrite(layout);
    const map = reportingSheetMap(shengzhouSheet);
    const row = map.firstDataRow + rowIdsOf(shengzhouSheet).indexOf('shengzhou-116x-2024-2030.chain-leader-enterprises');
    const cell = a1(row, map.columns.actuals[2025] as number);
    const counted = sheetOf(excel, shengzhouSheet.name).validations.find((v) => v.ref.startsWith(`${cell}:`));
    expect(counted?.settings).toMatchObject({
      rule: { custom: { formula: `=IF(ISNUMBER(${cell}),AND(${cell}>=0,ROUND(${cell},0)=${cell}),OR(TRIM(${cell})="是",TRIM(${cell})="否"))` } },
      errorAlert: { showAlert: true, style: 'Stop', message: '请填个数（0或正整数，不带单位），或填“是”或“否”。' },
      prompt: { showPrompt: true, message: expect.stringContaining('请填个数（0或正整数，1及以上为已实现），或填“是”（已实现）或“否”') },
    });
  });

  it('adds the conditional formats so that priority 1 is evaluated first, formulas with their "="', async () => {
    const { excel } = await written;
    const sheet = sheetOf(excel, sheetLayout.name);
    const expected = [...sheetLayout.conditionalFormats].sort((a, b) => a.priority - b.priority);
    expect(sheet.conditionalFormats.map((format) => format.settings['custom.rule.formula'])).toEqual(expected.map((format) => `=${format.formula}`));
    expect(sheet.conditionalFormats[0]?.settings).toMatchObject({ stopIfTrue: true, 'custom.format.fill.color': expected[0]?.style.fill });
    // The rules that show 完成进度 with more decimals set the number format as the xlsx writer does; the others none.
    expect(sheet.conditionalFormats.map((format) => format.settings['custom.format.numberFormat'])).toEqual(expected.map((format) => format.style.numberFormat));
    expect(sheet.conditionalFormats.filter((format) => format.settings['custom.format.numberFormat'] === '0.00%')).toHaveLength(4);
  });

  it('sizes columns in points, hides the id column, freezes the header and the names, merges as the layout does', async () => {
    const { excel } = await written;
    const sheet = sheetOf(excel, sheetLayout.name);
    const nameColumn = sheetLayout.columns[map.columns.name];
    const letter = columnLetter(map.columns.name);
    expect(sheet.columnFormats.get(letter)?.get('columnWidth')).toBe(Math.round((nameColumn?.width ?? 0) * 7) * 0.75);
    expect(sheet.columnFormats.get(columnLetter(map.columns.id))?.get('hidden')).toBe(true);
    expect(sheet.frozen).toBe(`A1:${letter}${map.firstDataRow}`);
    expect(sheet.merges).toEqual(sheetLayout.merges);
    expect(sheet.showGridlines).toBe(false);
  });

  it('sets up the page: A4 landscape at the layout’s scale, title rows and name columns repeated, footer with sheet and page', async () => {
    const { excel } = await written;
    const page = sheetOf(excel, sheetLayout.name).pageLayout;
    expect(page.get('paperSize')).toBe('A4');
    expect(page.get('orientation')).toBe('Landscape');
    expect(sheetLayout.print?.scale).toBeGreaterThanOrEqual(85);
    expect(page.get('zoom')).toEqual({ scale: sheetLayout.print?.scale });
    expect(page.get('printTitleRows')).toBe(`$${map.headerRow + 1}:$${map.headerRow + 1}`);
    expect(page.get('printTitleColumns')).toBe(`$A:$${columnLetter(map.columns.unit)}`);
    expect(page.get('firstPageNumber')).toBe(1);
    expect(page.get('leftMargin')).toBeCloseTo(0.25 * 72);
    expect(String(page.get('headersFooters.defaultForAllPages.centerFooter'))).toMatch(/&A.*&P/u);
  });

  it('writes the metadata as text rows that read back', async () => {
    const { excel } = await written;
    const meta = sheetOf(excel, '_meta');
    const keys = layout.metadata.cells.filter((cell) => cell.col === 0).map((cell) => shownText(cell.value));
    expect(keys).toContain('rowIds');
    for (const cell of layout.metadata.cells) expect(excel.valueAt('_meta', a1(cell.row, cell.col))).toBe(shownText(cell.value));
    expect(meta.protection.protected).toBe(false);
  });
});

describe('hosts', () => {
  it('refuses to write on Office 2019 (ExcelApi 1.7), before touching the workbook', async () => {
    const excel = new FakeExcel();
    excel.workbook.addSheet('Sheet1');
    await expect(writeWorkbookLayout(excel.context, reportingWorkbookOf(5), { isSupported: OFFICE_2019 }))
      .rejects.toMatchObject({ code: 'excel.unsupported_host' });
    expect(excel.syncs).toBe(0);
  });

  it('on Office 2021 writes the target notes as comments and says notes were not available', async () => {
    const layout = reportingWorkbookOf(35);
    const notes = layout.sheets[0]?.cells.filter((cell) => cell.note !== undefined).length ?? 0;
    const { excel, report } = await measureWrite(layout, { isSupported: OFFICE_2021 });
    expect(excel.workbook.notes).toHaveLength(0);
    expect(excel.workbook.comments).toHaveLength(notes);
    expect(report.skipped).toEqual([]);
  });

  it('on a host without page setup (ExcelApi 1.8) writes the sheet and says what it left out', async () => {
    const { excel, report } = await measureWrite(reportingWorkbookOf(10), { isSupported: (_set, version) => version === '1.8' || version === '1.6' });
    expect(excel.workbook.find('指标填报')?.pageLayout.size).toBe(0);
    expect(report.skipped).toContain('excel.requirement.print_setup');
  });
});

describe('replacing a sheet without losing what was typed', () => {
  /** A workbook that already holds a generated sheet with a typed value, and another reporting sheet. */
  async function workbookWithReturn() {
    const excel = new FakeExcel();
    excel.workbook.addSheet('Sheet1');
    const first = reportingWorkbookOf(12);
    await writeWorkbookLayout(excel.context, first, { isSupported: EVERYTHING });
    const other = reportingWorkbookOf(8, '另一张表');
    await writeWorkbookLayout(excel.context, other, { isSupported: EVERYTHING });
    const sheet = sheetOf(excel, '指标填报');
    const map = reportingSheetMap(first.sheets[0] as SheetLayout);
    const col = Object.values(map.columns.actuals)[0] as number;
    sheet.cell(map.firstDataRow, col).input = 123.5;
    excel.requests.length = 0;
    return { excel, typed: { row: map.firstDataRow, col } };
  }

  it('refuses a sheet name already taken unless the caller says it may be replaced', async () => {
    const { excel } = await workbookWithReturn();
    const before = excel.workbook.sheets.map((sheet) => sheet.name);
    await expect(writeWorkbookLayout(excel.context, reportingWorkbookOf(12), { isSupported: EVERYTHING }))
      .rejects.toEqual(new ExcelAdapterError('excel.sheet_exists', { sheets: '指标填报' }));
    expect(excel.workbook.sheets.map((sheet) => sheet.name)).toEqual(before);
  });

  it('replaces it in place, keeping the other sheet and its metadata block', async () => {
    const { excel } = await workbookWithReturn();
    const position = excel.workbook.sheets.findIndex((sheet) => sheet.name === '指标填报');
    const report = await writeWorkbookLayout(excel.context, reportingWorkbookOf(12), { isSupported: EVERYTHING, replaceSheets: ['指标填报'] });
    expect(report.replaced).toEqual(['指标填报']);
    expect(excel.workbook.sheets.map((sheet) => sheet.name)).toEqual(['Sheet1', '指标填报', '另一张表', '_meta']);
    expect(excel.workbook.sheets.findIndex((sheet) => sheet.name === '指标填报')).toBe(position);
    const metaKeys = [...sheetOf(excel, '_meta').cells.entries()].filter(([key]) => key.endsWith(':1')).map(([, cell]) => cell.input);
    expect(metaKeys.filter((value) => value === '"指标填报"')).toHaveLength(1);
    expect(metaKeys.filter((value) => value === '"另一张表"')).toHaveLength(1);
  });

  // Sync 1 reads the sheets, 2 the existing _meta, 3 writes, 4 commits.
  it.each([2, 3])('a failure in sync %i (before the commit) leaves the original sheet, its value and _meta as they were', async (failing) => {
    const { excel, typed } = await workbookWithReturn();
    const names = excel.workbook.sheets.map((sheet) => sheet.name);
    const meta = [...sheetOf(excel, '_meta').cells.values()].map((cell) => cell.input);
    excel.failAtSync = failing;
    await expect(writeWorkbookLayout(excel.context, reportingWorkbookOf(12), { isSupported: EVERYTHING, replaceSheets: ['指标填报'] }))
      .rejects.toThrow(/injected failure/u);
    expect(excel.workbook.sheets.map((sheet) => sheet.name)).toEqual(names);
    expect(sheetOf(excel, '指标填报').peek(typed.row, typed.col)?.input).toBe(123.5);
    expect([...sheetOf(excel, '_meta').cells.values()].map((cell) => cell.input)).toEqual(meta);
  });

  it('a failure in the commit leaves no temporary sheet, and a sheet under every name', async () => {
    const { excel } = await workbookWithReturn();
    excel.failAtSync = 4;
    await expect(writeWorkbookLayout(excel.context, reportingWorkbookOf(12), { isSupported: EVERYTHING, replaceSheets: ['指标填报'] }))
      .rejects.toThrow(/injected failure/u);
    const names = excel.workbook.sheets.map((sheet) => sheet.name);
    expect(names.filter((name) => name.startsWith('~'))).toEqual([]);
    expect(names).toEqual(expect.arrayContaining(['Sheet1', '指标填报', '另一张表', '_meta']));
  });

  it('refuses a workbook whose structure is protected', async () => {
    const excel = new FakeExcel();
    excel.workbook.addSheet('Sheet1');
    excel.workbook.structureProtected = true;
    await expect(writeWorkbookLayout(excel.context, reportingWorkbookOf(5), { isSupported: EVERYTHING })).rejects.toMatchObject({ code: 'excel.workbook_protected' });
    expect(excel.workbook.sheets).toHaveLength(1);
  });
});
