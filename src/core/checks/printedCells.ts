/**
 * What a sheet prints outside its entry cells, compared with the layout regenerated from its metadata: the
 * frame (title, reporting period, 填报单位), the year headers, and each row's baselines, targets and formulas.
 * The generated protection has no password, so a person can lift it, change a target or paint 已达标 over the
 * status formula, and protect the sheet again; the checks see it here. A region or year edited in _meta shows
 * the same way: the frame regenerated from the edited metadata no longer matches what the sheet prints.
 */
import { cellPlace, placeKey, rowPlace } from '../form';
import { keptFor, keptForLast, type KeptForLast } from '../util/kept';
import { reportingSheetMap, shownText, type LayoutCell, type ReportingSheetMap, type SheetLayout } from '../layout';
import { type ReportingColumns } from '../form';
import { comparableFormula, sameStoredNumber } from '../formulas';
import type { PrintedCell, ReaderObservation, ReturnSheet } from '../returns';
import { comparableText, sameText } from '../util/comparableText';
import type { ExpectedForm } from './expectedForm';
import { priorStatusFormulas } from './priorStatusFormula';

/** Texts compare as people read them: full-width and half-width alike, whitespace ignored. */

const NUMERAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:E[+-]?\d+)?$/iu;

/** Printed texts as people read them; numbers as office suites store them (15 significant digits). */
function samePrintedText(found: string, expected: string): boolean {
  if (found === expected) return true;
  const [a, b] = [comparableText(found), comparableText(expected)];
  if (a === b) return true;
  return NUMERAL.test(a) && NUMERAL.test(b) && sameStoredNumber(Number(a), Number(b));
}

type Grid = ReadonlyMap<number, PrintedCell>;
const key = placeKey;

/**
 * A sheet's printed cells by place (placeKey), made once for the three comparisons that look cells up (never changed):
 * they run one sheet after another. Held for the last two sheets, not in a WeakMap, and let go once the return is
 * checked (keptForLast, decision 0265).
 */
export const printedGrid: KeptForLast<readonly PrintedCell[], Grid> = keptForLast(2, (cells) => new Map(cells.map((cell) => [key(cell.row, cell.col), cell])));

/** The frame above the header, by distance from the header (rows inserted above the table count as changes). */
function frameObservations(expected: readonly LayoutCell[], expectedHeader: number, grid: Grid, headerRow: number, withTitle: boolean): ReaderObservation[] {
  const observations: ReaderObservation[] = [];
  const textsByRow = new Set([...grid.values()].filter((cell) => cell.row < headerRow).map((cell) => `${cell.row}:${comparableText(cell.text)}`));
  for (const cell of expected) {
    if (cell.row >= expectedHeader || (!withTitle && cell.style === 'title')) continue;
    const text = shownText(cell.value);
    if (text === '') continue;
    const row = headerRow - (expectedHeader - cell.row);
    const found = row < 0 ? '' : (grid.get(key(row, cell.col))?.text ?? '');
    // The labels on the right (表号…) sit over the 说明 column, which moves with the number of year columns.
    if (sameText(found, text) || textsByRow.has(`${row}:${comparableText(text)}`)) continue;
    observations.push({ code: 'structure.frame_changed', at: cellPlace(Math.max(row, 0), cell.col), found, expected: text });
  }
  return observations;
}

/** Columns whose cells the generator prints per row: baselines, targets, completion, time share, status. */
const PRINTED_COLUMNS = new WeakMap<ReportingColumns, readonly number[]>();
function printedColumns(columns: ReportingColumns): readonly number[] {
  // Per form's columns (kept with its map, never changed): read once, not in the loop over a sheet's rows (decision 0223).
  return keptFor(PRINTED_COLUMNS, columns, (kept) => [
    ...Object.values(kept.baselines), ...kept.targetColumns.map((target) => target.col), kept.completion, kept.timeShare, kept.status,
  ]);
}

/** Header texts by column, squeezed. */
function headerTexts(cells: Iterable<{ row: number; col: number; text: string }>, headerRow: number): Map<number, string> {
  const texts = new Map<number, string>();
  for (const cell of cells) if (cell.row === headerRow && cell.text !== '') texts.set(cell.col, comparableText(cell.text));
  return texts;
}

/** The generated header's texts by column, squeezed: per layout (never changed), for each sheet of its form. */
const LAYOUT_HEADERS = new WeakMap<readonly LayoutCell[], { headerRow: number; texts: Map<number, string> }>();
function layoutHeaderTexts(cells: readonly LayoutCell[], headerRow: number): Map<number, string> {
  const kept = LAYOUT_HEADERS.get(cells);
  if (kept !== undefined && kept.headerRow === headerRow) return kept.texts;
  const texts = headerTexts(cells.filter((cell) => cell.row === headerRow).map((cell) => ({ row: cell.row, col: cell.col, text: shownText(cell.value) })), headerRow);
  LAYOUT_HEADERS.set(cells, { headerRow, texts });
  return texts;
}

function rowObservations(sheet: ReturnSheet, form: ExpectedForm, map: ReportingSheetMap, grid: Grid, headerRow: number, byPosition: boolean): ReaderObservation[] {
  const { layout: expected, cells: layoutCells, rowOfId } = form;
  const expectedHeader = layoutHeaderTexts(expected.cells, map.headerRow);
  const foundHeader = headerTexts(grid.values(), headerRow);
  const columnOfLabel = new Map([...foundHeader].map(([col, label]) => [label, col]));
  const observations: ReaderObservation[] = [];
  const seen = new Set<string>();
  const columns = printedColumns(map.columns);
  for (const row of sheet.rows) {
    const expectedRow = row.indicatorId === null ? undefined : rowOfId.get(row.indicatorId);
    if (expectedRow === undefined || seen.has(row.indicatorId ?? '')) continue;
    seen.add(row.indicatorId ?? '');
    for (const col of columns) {
      const foundCol = byPosition ? col : columnOfLabel.get(expectedHeader.get(col) ?? '');
      if (foundCol === undefined) continue;
      const want = layoutCells.get(expectedRow, col)?.value ?? { kind: 'empty' as const };
      const have = grid.get(key(row.row, foundCol));
      if (want.kind === 'formula') {
        // The formula as generated, in the row it was generated for, is the same without being tokenized.
        const same = have?.formula !== undefined
          && ((have.formula === want.formula && row.row === expectedRow) || comparableFormula(have.formula, row.row) === comparableFormula(want.formula, expectedRow)
            || priorStatusFormulas(want.formula).some((prior) => comparableFormula(have.formula ?? '', row.row) === comparableFormula(prior, expectedRow)));
        if (!same) observations.push({ code: 'structure.formula_replaced', at: cellPlace(row.row, foundCol), found: have?.formula === undefined ? (have?.text ?? '') : `=${have.formula}`, expected: `=${want.formula}` });
        continue;
      }
      const text = shownText(want);
      const found = have === undefined ? '' : have.formula === undefined ? have.text : `=${have.formula}`;
      if (!samePrintedText(found, text)) observations.push({ code: 'structure.printed_value_changed', at: cellPlace(row.row, foundCol), found, expected: text });
    }
  }
  return observations;
}

/** Year columns of the generated header that the sheet's header no longer has (the reader names the fixed ones). */
function yearHeaderObservations(sheet: ReturnSheet, expected: SheetLayout, map: ReportingSheetMap, grid: Grid, headerRow: number): ReaderObservation[] {
  if (sheet.observations.some((observation) => observation.code === 'structure.header_changed')) return [];
  const found = new Set(headerTexts(grid.values(), headerRow).values());
  const yearColumns = [...Object.values(map.columns.baselines), ...map.columns.targetColumns.map((target) => target.col), ...Object.values(map.columns.actuals)];
  const wanted = layoutHeaderTexts(expected.cells, map.headerRow);
  const missing = yearColumns.map((col) => wanted.get(col) ?? '').filter((label) => label !== '' && !found.has(label));
  if (missing.length === 0) return [];
  return [{ code: 'structure.header_changed', at: rowPlace(headerRow), detail: missing.join('、') }];
}

/**
 * Observations of what the sheet prints that differs from `expected`. `sameCatalog`: the catalog is the one the
 * sheet was generated from, so its title, baselines and targets can be compared too (under another catalog version
 * only the frame that comes from the metadata — period, 填报单位, labels — is). `byPosition`: the sheet was read at the
 * form's positions (positionedSheet.ts), whose header labels are verified there; else columns are found by label.
 */
export function printedObservations(sheet: ReturnSheet, form: ExpectedForm, sameCatalog: boolean, byPosition = false): ReaderObservation[] {
  const printed = sheet.printed;
  const expected = form.layout;
  if (printed === undefined) return [];
  const grid = printedGrid(printed.cells);
  const map = reportingSheetMap(expected);
  const frame = frameObservations(expected.cells, map.headerRow, grid, printed.headerRow, sameCatalog);
  // A frame that differs means the sheet and its metadata disagree on plan, region or year: every formula then
  // differs too, and the frame alone says what happened.
  if (!sameCatalog || frame.length > 0) return frame;
  const headers = byPosition ? [] : yearHeaderObservations(sheet, expected, map, grid, printed.headerRow);
  return [...frame, ...headers, ...rowObservations(sheet, form, map, grid, printed.headerRow, byPosition)];
}
