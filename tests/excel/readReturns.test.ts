import { buildCheckContext, checkReturn } from '../../src/core/checks';
import { reportingMetadata, reportingSheetMap, rowIdsOf, shownText, type SheetLayout } from '../../src/core/layout';
import { a1 } from '../../src/core/form';
import { readActiveReturnSheet, readReturnSheets, readReturnSheetsReport, writeWorkbookLayout } from '../../src/excel';
import { FakeExcel } from '../support/excel/fakeExcel';
import { typeInto } from '../support/excel/fakeModel';
import { planOfSize, realCatalog, reportingWorkbookOf } from '../support/excel/layouts';
import { EVERYTHING } from '../support/excel/measureWrite';
import { placeA1 } from '../../src/core/form';

/** A workbook with a generated reporting sheet (and Sheet1), as a county statistician receives it. */
async function generated(size = 30, sheetName?: string) {
  const excel = new FakeExcel();
  excel.workbook.addSheet('Sheet1');
  const layout = reportingWorkbookOf(size, sheetName);
  await writeWorkbookLayout(excel.context, layout, { isSupported: EVERYTHING });
  const sheetLayout = layout.sheets[0] as SheetLayout;
  const map = reportingSheetMap(sheetLayout);
  const sheet = excel.workbook.find(sheetLayout.name);
  if (sheet === undefined) throw new Error('not written');
  excel.requests.length = 0;
  /** Types into a cell as a person would (Excel's typing rules apply). */
  const type = (row: number, col: number, input: string | number, numberFormat?: string) => {
    const cell = sheet.cell(row, col);
    if (numberFormat !== undefined) cell.numberFormat = numberFormat;
    typeInto(cell, input);
  };
  return { excel, layout, sheetLayout, map, sheet, type };
}

describe('reading reporting sheets back', () => {
  it.each([10, 100, 1000])('finds every row of %i indicators by its id, with the name and unit as generated, in three round trips', async (size) => {
    const { excel, layout, sheetLayout, map } = await generated(size);
    const report = await readReturnSheetsReport(excel.context, { isSupported: EVERYTHING });
    expect(report.syncs).toBe(3);
    expect(report.sheets).toHaveLength(1);
    const [sheet] = report.sheets;
    expect(sheet?.observations).toEqual([]);
    expect(sheet?.rows.map((row) => row.indicatorId)).toEqual(rowIdsOf(sheetLayout));
    // The generated cells by place (the first of a place, as a search from the top finds it), looked up for each row.
    const cells = new Map<string, SheetLayout['cells'][number]>();
    for (const cell of sheetLayout.cells) if (!cells.has(`${cell.row}:${cell.col}`)) cells.set(`${cell.row}:${cell.col}`, cell);
    const text = (row: number, col: number) => shownText(cells.get(`${row}:${col}`)?.value ?? { kind: 'empty' });
    expect(sheet?.rows.map((row) => [row.row, row.name, row.unit])).toEqual(sheet?.rows.map((row) => [row.row, text(row.row, map.columns.name), text(row.row, map.columns.unit)]));
    const catalog = planOfSize(size);
    expect(sheet?.metadata).toEqual(reportingMetadata({
      plans: [catalog], region: catalog.plan.region, reportingYear: 2023, merge: false, catalogVersion: realCatalog().version,
    }, sheetLayout));
    expect(layout.sheets).toHaveLength(1);
  });

  it('only reads: checking a return in Excel (the active sheet or all) asks Excel for nothing but loads', async () => {
    const { excel } = await generated(30);
    excel.requests.length = 0;
    await readReturnSheets(excel.context, { isSupported: EVERYTHING });
    await readActiveReturnSheet(excel.context, { isSupported: EVERYTHING });
    const kinds = new Set(excel.requests.flatMap((request) => [...request.kinds.keys()]));
    expect(kinds.size).toBeGreaterThan(0);
    expect([...kinds].filter((kind) => kind !== 'load')).toEqual([]);
  });

  it('reads what was typed: numbers, a percentage, text, an error, a date, the 说明', async () => {
    const { excel, map, type } = await generated();
    const year = 2023;
    const col = map.columns.actuals[year] as number;
    const first = map.firstDataRow;
    type(first, col, 3.5);
    type(first + 1, col, 0.035, '0.0%');
    type(first + 2, col, '约3.5');
    type(first + 3, col, '#N/A');
    type(first + 4, col, 45291, 'yyyy/m/d');
    type(first, map.columns.explanation, '=统计口径调整');
    const [sheet] = await readReturnSheets(excel.context, { isSupported: EVERYTHING });
    const actual = (i: number) => sheet?.rows[i]?.actuals[year];
    // The number with the form's own format: the decimals the plan prints for the row (9.7 | 高于… → one).
    expect(actual(0)).toEqual({ address: a1(first, col), value: { type: 'number', value: 3.5 }, numberFormat: '0.0' });
    expect(actual(1)).toEqual({ address: a1(first + 1, col), value: { type: 'number', value: 0.035 }, numberFormat: '0.0%' });
    expect(actual(2)?.value).toEqual({ type: 'text', value: '约3.5' });
    expect(actual(3)?.value).toEqual({ type: 'error', value: '#N/A' });
    expect(actual(4)?.value).toEqual({ type: 'date', value: '2023-12-31T00:00:00.000Z' });
    // The 说明 cell is a text cell: what starts with '=' is kept as text, not read as a formula.
    expect(sheet?.rows[0]?.explanation).toEqual({ address: a1(first, map.columns.explanation), value: { type: 'text', value: '=统计口径调整' }, numberFormat: '@' });
  });

  it('gives the checks what they need: a text where a number belongs is found at its cell', async () => {
    const { excel, sheetLayout, map, type } = await generated();
    const col = map.columns.actuals[2023] as number;
    type(map.firstDataRow, col, '约3.5');
    const [sheet] = await readReturnSheets(excel.context, { isSupported: EVERYTHING });
    if (sheet === undefined) throw new Error('no sheet read');
    // The sheet's plan is the test's own (indicators repeated under new ids), so it stands in for the catalog's.
    const report = checkReturn(sheet, buildCheckContext(sheet, [planOfSize(30)], rowIdsOf(sheetLayout)));
    expect(report.findings.filter((finding) => finding.ruleId === 'structure')).toEqual([]);
    expect(report.findings.filter((finding) => (finding.ref && placeA1(finding.ref)) === a1(map.firstDataRow, col)).map((finding) => finding.ruleId)).toEqual(['not_a_number']);
  });

  it('notices a sheet whose protection was removed, and a formula that reads another workbook', async () => {
    const { excel, map, sheet: model, type } = await generated();
    model.protection = { protected: false, options: {}, password: null };
    type(map.firstDataRow, map.columns.actuals[2023] as number, "='[上报.xlsx]Sheet1'!A1");
    const [sheet] = await readReturnSheets(excel.context, { isSupported: EVERYTHING });
    expect(sheet?.observations.map((observation) => observation.code)).toEqual(['structure.protection_removed', 'dangerous.external_reference']);
    expect(sheet?.observations[1]?.at).toEqual({ row: map.firstDataRow, column: map.columns.actuals[2023] as number });
  });

  it('recognises a renamed sheet by its rows and says it was renamed', async () => {
    const { excel, sheetLayout, sheet: model } = await generated();
    model.name = '柯桥上报';
    const [sheet] = await readReturnSheets(excel.context, { isSupported: EVERYTHING });
    expect(sheet?.sheet).toBe('柯桥上报');
    expect(sheet?.metadata?.sheet).toBe(sheetLayout.name);
    expect(sheet?.observations).toEqual([{ code: 'structure.sheet_renamed', detail: `generated as ${sheetLayout.name}` }]);
  });

  it('reads a copy of the sheet as well, bound to the same metadata, and says it is a copy', async () => {
    const { excel, sheet: model } = await generated();
    const copy = excel.workbook.addSheet('指标填报 (2)');
    for (const [key, cell] of model.cells) copy.cells.set(key, { ...cell, format: new Map(cell.format) });
    copy.protection = { ...model.protection };
    const sheets = await readReturnSheets(excel.context, { isSupported: EVERYTHING });
    expect(sheets.map((sheet) => [sheet.sheet, sheet.metadata?.sheet, sheet.observations])).toEqual([
      ['指标填报', '指标填报', []],
      ['指标填报 (2)', '指标填报', [{ code: 'structure.sheet_copied', detail: 'a copy of sheet 指标填报', expected: '指标填报' }]],
    ]);
  });

  it('notices entry cells merged together, where the host can tell (ExcelApi 1.13)', async () => {
    const { excel, map, sheet: model } = await generated();
    const col = map.columns.actuals[2023] as number;
    const merged = `${a1(map.firstDataRow, col)}:${a1(map.firstDataRow + 1, col)}`;
    model.merges.push(merged);
    const [sheet] = await readReturnSheets(excel.context, { isSupported: EVERYTHING });
    expect(sheet?.observations).toEqual([{ code: 'structure.merged_entry_cells', at: { row: map.firstDataRow, column: col }, detail: merged }]);
    const [older] = await readReturnSheets(excel.context, { isSupported: (_set, version) => version !== '1.13' });
    expect(older?.observations).toEqual([]);
  });

  it('reads a reporting sheet that lost its metadata, and says so', async () => {
    const { excel, sheetLayout } = await generated();
    excel.workbook.sheets = excel.workbook.sheets.filter((sheet) => sheet.name !== '_meta');
    const [sheet] = await readReturnSheets(excel.context, { isSupported: EVERYTHING });
    expect(sheet?.metadata).toBeNull();
    expect(sheet?.observations).toEqual([{ code: 'structure.metadata_missing', detail: 'no _meta sheet' }]);
    expect(sheet?.rows.map((row) => row.indicatorId)).toEqual(rowIdsOf(sheetLayout));
  });

  it('says when the header was altered, on the header row, and still reads the rows by their ids', async () => {
    const { excel, sheetLayout, map, type } = await generated();
    type(map.headerRow, map.columns.unit, '计量单位');
    const [sheet] = await readReturnSheets(excel.context, { isSupported: EVERYTHING });
    expect(sheet?.rows.map((row) => row.indicatorId)).toEqual(rowIdsOf(sheetLayout));
    // The unit column's header is gone: units read as empty, for the structure check to report.
    expect(sheet?.rows.every((row) => row.unit === '')).toBe(true);
    expect(sheet?.observations).toEqual([{ code: 'structure.header_changed', at: { row: map.headerRow }, detail: '单位' }]);
  });

  it('reads several reporting sheets, each bound to its own metadata block, still in three round trips', async () => {
    const { excel } = await generated(20);
    await writeWorkbookLayout(excel.context, reportingWorkbookOf(10, '第二张'), { isSupported: EVERYTHING });
    excel.requests.length = 0;
    const report = await readReturnSheetsReport(excel.context, { isSupported: EVERYTHING });
    expect(report.syncs).toBe(3);
    expect(report.sheets.map((sheet) => [sheet.sheet, sheet.metadata?.sheet, sheet.observations])).toEqual([
      ['指标填报', '指标填报', []], ['第二张', '第二张', []],
    ]);
  });

  it('reads the active sheet when it is a reporting sheet, and nothing when it is not', async () => {
    const { excel, sheetLayout } = await generated();
    expect((await readActiveReturnSheet(excel.context, { isSupported: EVERYTHING }))?.sheet).toBe(sheetLayout.name);
    excel.workbook.active = excel.workbook.find('Sheet1') ?? null;
    expect(await readActiveReturnSheet(excel.context, { isSupported: EVERYTHING })).toBeNull();
  });

  // Office 2016 has ExcelApi 1.1 only (Office 2019: 1.7): the manifest lets it open the pane, and README promises that
  // check, review and the status list work there. Reading asked for null objects (1.4), sheet protection (1.2) and
  // getRangeByIndexes (1.7): Excel refused the whole request (ApiNotFound) and the check failed.
  it.each(['1.1', '1.3', '1.7'])('reads a return on an Excel with ExcelApi %s as on a current one, asking for nothing newer', async (version) => {
    const { excel, sheetLayout, map, type } = await generated(30);
    type(map.firstDataRow, map.columns.actuals[2023] as number, '约3.5');
    const modern = await readReturnSheets(excel.context, { isSupported: EVERYTHING });
    excel.apiVersion = version;
    const older = await readReturnSheets(excel.context, { isSupported: excel.isSupported });
    expect(older.map((sheet) => [sheet.sheet, sheet.metadata, sheet.observations])).toEqual(modern.map((sheet) => [sheet.sheet, sheet.metadata, sheet.observations]));
    expect(older[0]?.rows).toEqual(modern[0]?.rows);
    expect(older[0]?.rows.map((row) => row.indicatorId)).toEqual(rowIdsOf(sheetLayout));
    expect((await readActiveReturnSheet(excel.context, { isSupported: excel.isSupported }))?.sheet).toBe(sheetLayout.name);
    excel.workbook.active = excel.workbook.find('Sheet1') ?? null;
    expect(await readActiveReturnSheet(excel.context, { isSupported: excel.isSupported })).toBeNull();
  });

  it('below ExcelApi 1.2 says nothing about protection it cannot read; from 1.2 a removed protection is found', async () => {
    const { excel, sheet: model } = await generated();
    model.protection = { protected: false, options: {}, password: null };
    excel.apiVersion = '1.1';
    expect((await readReturnSheets(excel.context, { isSupported: excel.isSupported }))[0]?.observations).toEqual([]);
    excel.apiVersion = '1.2';
    expect((await readReturnSheets(excel.context, { isSupported: excel.isSupported }))[0]?.observations.map((observation) => observation.code)).toEqual(['structure.protection_removed']);
  });
});
