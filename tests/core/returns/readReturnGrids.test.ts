/**
 * The one reader of returns, on grids made straight from the generator's layouts (no adapter): both the file
 * reader (src/xlsx) and the reader in Excel (src/excel) hand it their cells this way. What an adapter may not know
 * (merged ranges before ExcelApi 1.13) must not change what it reads.
 */
import { checkAgainstCatalog } from '../../../src/core/checks';
import { reportingWorkbookLayout, rowIdsOf, shownText, type LayoutValue, type ReportingInput, type SheetLayout, type WorkbookLayout } from '../../../src/core/layout';
import { a1, parseRange } from '../../../src/core/form';
import { readReturnGrids, type GridCell, type SheetGrid, type WorkbookGrids } from '../../../src/core/returns';
import { plan, realCatalog } from '../../support/core/layout/layoutHelpers';

function gridCell(value: LayoutValue): GridCell | undefined {
  switch (value.kind) {
    case 'empty':
      return undefined;
    case 'number':
      return { value: { type: 'number', value: value.value } };
    case 'formula':
      // Not computed here: a formula's result reads as empty, as in a workbook never recalculated.
      return { value: { type: 'empty' }, formula: value.formula };
    default:
      return { value: { type: 'text', value: shownText(value) } };
  }
}

/** A sheet of a layout as an adapter would hand it over. */
function gridOf(layout: SheetLayout, merges: 'known' | 'unknown' = 'known'): SheetGrid {
  const rows: Array<Array<GridCell | undefined>> = [];
  for (const cell of layout.cells) {
    const held = gridCell(cell.value);
    if (held !== undefined) (rows[cell.row] ??= [])[cell.col] = held;
  }
  return { name: layout.name, rows, merges: merges === 'known' ? layout.merges : null, protected: layout.protection !== null };
}

function workbookOf(layout: WorkbookLayout, merges: 'known' | 'unknown' = 'known'): WorkbookGrids {
  return {
    sheetNames: [...layout.sheets.map((sheet) => sheet.name), layout.metadata.name],
    sheets: layout.sheets.map((sheet) => gridOf(sheet, merges)),
    metadata: gridOf(layout.metadata),
  };
}

const input = (planId: string, sheetName: string): ReportingInput => ({
  plans: [plan(planId)], region: { name: '绍兴市越城区', code: '330602' }, reportingYear: 2025, merge: false, catalogVersion: realCatalog().version, sheetName,
});
const layout = reportingWorkbookLayout([input('yuecheng-2021-2025', '越城'), input('zj-hightech-industry-2021-2025', '高新')]);
const district = layout.sheets[0] as SheetLayout;

/** Types `text` right of a foot label's merged cells. */
function typeAtFoot(grid: SheetGrid, label: string, text: string): string {
  const cell = district.cells.find((candidate) => shownText(candidate.value) === label);
  if (cell === undefined) throw new Error(label);
  const merge = district.merges.map(parseRange).find((range) => range?.top === cell.row && range.left === cell.col);
  const col = (merge?.right ?? cell.col) + 1;
  (grid.rows as Array<Array<GridCell | undefined>>)[cell.row]![col] = { value: { type: 'text', value: text } };
  return a1(cell.row, col);
}

describe('readReturnGrids', () => {
  it('reads every sheet of a generated workbook by its metadata, with its rows, printed cells and foot, and nothing to report', () => {
    const sheets = readReturnGrids(workbookOf(layout));
    expect(sheets.map((sheet) => [sheet.sheet, sheet.metadata?.sheet, sheet.observations])).toEqual([['越城', '越城', []], ['高新', '高新', []]]);
    expect(sheets[0]?.rows.map((row) => row.indicatorId)).toEqual(rowIdsOf(district));
    expect(sheets[0]?.printed?.cells.some((cell) => cell.formula !== undefined)).toBe(true);
    expect(sheets[0]?.footer).toEqual([]);
    for (const sheet of sheets) expect(checkAgainstCatalog(sheet, realCatalog()).report.findings.filter((finding) => finding.ruleId === 'structure')).toEqual([]);
  });

  it('reads the same foot entries whether or not the adapter knows the merged ranges', () => {
    const reads = (['known', 'unknown'] as const).map((merges) => {
      const workbook = workbookOf(layout, merges);
      const grid = workbook.sheets[0] as SheetGrid;
      const addresses = [typeAtFoot(grid, '单位负责人：', '李四'), typeAtFoot(grid, '报出日期：', '2026年1月15日')];
      return { addresses, footer: readReturnGrids(workbook)[0]?.footer };
    });
    expect(reads[0]?.footer).toEqual([
      { label: '单位负责人：', entry: { address: reads[0]?.addresses[0], value: { type: 'text', value: '李四' } } },
      { label: '报出日期：', entry: { address: reads[0]?.addresses[1], value: { type: 'text', value: '2026年1月15日' } } },
    ]);
    expect(reads[1]?.footer).toEqual(reads[0]?.footer);
  });

  it('binds a sheet to its block by name whatever the case, as Excel names sheets', () => {
    const workbook = workbookOf(reportingWorkbookLayout([input('yuecheng-2021-2025', 'Returns')]));
    const renamed = { ...workbook, sheets: workbook.sheets.map((sheet) => ({ ...sheet, name: 'RETURNS' })), sheetNames: ['RETURNS', '_meta'] };
    expect(readReturnGrids(renamed).map((sheet) => [sheet.sheet, sheet.metadata?.sheet, sheet.observations])).toEqual([['RETURNS', 'Returns', []]]);
  });

  it('reading one sheet (the active one): a copy is told from a renamed sheet by the names of all sheets, and no sheet is reported missing', () => {
    // Only the copy is read; the sheet it copies is still in the workbook.
    const workbook = workbookOf(layout);
    const copy = { ...(workbook.sheets[0] as SheetGrid), name: '越城 (2)' };
    const active = { ...workbook, sheets: [copy], sheetNames: ['越城', '高新', '越城 (2)', '_meta'] };
    expect(readReturnGrids(active, { reportMissing: false }).map((sheet) => [sheet.sheet, sheet.observations.map((observation) => observation.code)]))
      .toEqual([['越城 (2)', ['structure.sheet_copied']]]);
    expect(readReturnGrids({ ...active, sheetNames: ['越城 (2)', '高新', '_meta'] }, { reportMissing: false })[0]?.observations.map((observation) => observation.code))
      .toEqual(['structure.sheet_renamed']);
    expect(readReturnGrids(active).map((sheet) => [sheet.sheet, sheet.observations.map((observation) => observation.code)]))
      .toEqual([['越城 (2)', ['structure.sheet_copied']], ['高新', ['structure.sheet_missing']]]);
  });
});
