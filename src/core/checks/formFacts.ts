/**
 * What the county sees is what is stored: the facts the file reader gives about a reporting sheet (its state,
 * hidden rows and columns, conditional formats, validations, protection, unlocked cells) compared with the form
 * regenerated from the metadata. Each difference is an observation of the `form_shown` rule. Only a sheet whose
 * table starts where the generated one does is compared cell by cell (rows inserted above are reported already).
 */
import { cellPlace, parseRange, placeA1, placeOfAddress, rowPlace, type CellRange } from '../form';
import { reportingSheetMap, validationsBeforeCounts, type ConditionalFormat, type DataValidation, type SheetLayout } from '../layout';
import type { Coded } from '../i18n';
import type { ConditionalFormatFact, DataValidationFact, ReaderObservation, ReturnSheet, SheetFacts, StyleHiding } from '../returns';
import { comparableFormula } from '../formulas';
import { keptFor } from '../util/kept';
import { entryFormatObservations } from './entryFormats';
import type { ExpectedForm } from './expectedForm';
import { unlockedRanges } from './lockedCells';

const colour = (text: string | null | undefined) => (text ?? '').replace(/^#/u, '').slice(-6).toUpperCase();
const refs = (ref: string) => ref.replace(/\$/gu, '').split(/\s+/u).filter((part) => part !== '').sort().join(' ');

/** A rule's number format, as the key holds it: none and General alike (LibreOffice may write either). */
const shownFormat = (format: string | null | undefined) => (format === undefined || format === null || format === 'General' ? '' : format);

function conditionalKey(ref: string, formula: string, fill: string | null, numberFormat: string | null | undefined): string {
  return `${refs(ref)}|${comparableFormula(formula, 0)}|${colour(fill)}|${shownFormat(numberFormat)}`;
}

// What is made of a form's own parts is kept by the part (forms are kept and never changed): every return of a form
// is compared with the same conditional formats and validations.
const CONDITIONAL_KEYS = new WeakMap<readonly ConditionalFormat[], string[]>();
const VALIDATION_CELLS = new WeakMap<readonly DataValidation[], Map<string, Set<string>>>();

const keyOf = (format: ConditionalFormat) => conditionalKey(format.ref, format.formula, format.style.fill, format.style.numberFormat);

function conditionalFormatsChanged(expected: readonly ConditionalFormat[], found: readonly ConditionalFormatFact[]): ReaderObservation[] {
  const want = keptFor(CONDITIONAL_KEYS, expected, (formats) => formats.map(keyOf));
  // A format written as the form's at the same position has the form's key, without its formula tokenized again.
  const have = found.map((format, index) => {
    const formula = format.formulas[0] ?? '';
    const mine = expected[index];
    const same = mine !== undefined && mine.ref === format.ref && mine.formula === formula && colour(mine.style.fill) === colour(format.fill)
      && shownFormat(mine.style.numberFormat) === shownFormat(format.numberFormat);
    return same ? (want[index] ?? '') : conditionalKey(format.ref, formula, format.fill, format.numberFormat);
  });
  let missing = want.filter((key) => !have.includes(key));
  // A form made before the rules that show 完成进度 with more decimals (decision 0244 addendum) has none of them: it
  // stays the form it was. Some of them without the others is a change.
  const decimalRules = want.filter((_, index) => expected[index]?.style.numberFormat !== undefined);
  if (decimalRules.length > 0 && decimalRules.every((key) => missing.includes(key))) missing = missing.filter((key) => !decimalRules.includes(key));
  const added = have.filter((key) => !want.includes(key));
  if (missing.length === 0 && added.length === 0) return [];
  const show = (keys: string[]) => keys.map((key) => key.split('|').slice(0, 2).join(' ')).join('; ').slice(0, 300);
  return [{ code: 'form.conditional_formats_changed', found: show(added), expected: show(missing) }];
}

/** The cells each kind of validation (type, operator, formulae) covers: ExcelJS may split or join the blocks it writes. */
function validationCells(validations: ReadonlyArray<{ ref: string; type: string; operator: string | null; formulae: readonly string[] }>): Map<string, Set<string>> {
  const cells = new Map<string, Set<string>>();
  for (const validation of validations) {
    // A list and a custom formula take no operator (LibreOffice writes between, and an unused formula2, on both).
    const formulaOnly = validation.type === 'list' || validation.type === 'custom';
    const operator = formulaOnly ? '' : (validation.operator ?? 'between');
    // Only between and notBetween take a second formula; LibreOffice writes an unused one ("0") for the others.
    const used = operator === 'between' || operator === 'notBetween' ? 2 : 1;
    const key = `${validation.type}|${operator}|${validation.formulae.slice(0, used).map((formula) => formula.replace(/\s+/gu, '')).join(',')}`;
    const covered = cells.get(key) ?? new Set<string>();
    cells.set(key, covered);
    for (const ref of validation.ref.replace(/\$/gu, '').split(/\s+/u)) {
      const range = parseRange(ref);
      if (range === null || (range.bottom - range.top + 1) * (range.right - range.left + 1) > 100_000) {
        covered.add(ref);
        continue;
      }
      for (let row = range.top; row <= range.bottom; row++) for (let col = range.left; col <= range.right; col++) covered.add(`${row}:${col}`);
    }
  }
  return cells;
}

const sameCells = (a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined) => a !== undefined && b !== undefined && a.size === b.size && [...a].every((cell) => b.has(cell));

interface ValidationDiff {
  missing: string[];
  added: string[];
}

/**
 * A form's validations against those found, by what was found (every field validationCells reads, as text): the returns
 * of one form mostly store the same validations, and covering their cells one by one cost more than the rest of the
 * comparison. At most VALIDATION_DIFFS_SIZE per form, emptied when full.
 */
const VALIDATION_DIFFS = new WeakMap<readonly DataValidation[], Map<string, ValidationDiff>>();
const VALIDATION_DIFFS_SIZE = 64;
/** A form's validations as written before decision 0276 (validationsBeforeCounts), kept per form; null for none. */
const EARLIER_VALIDATIONS = new WeakMap<readonly DataValidation[], { earlier: readonly DataValidation[] | null }>();

function validationDiff(expected: readonly DataValidation[], found: readonly DataValidationFact[]): ValidationDiff {
  const diffs = keptFor(VALIDATION_DIFFS, expected, () => new Map<string, ValidationDiff>());
  const key = JSON.stringify(found.map((validation) => [validation.ref, validation.type, validation.operator, validation.formulae]));
  const kept = diffs.get(key);
  if (kept !== undefined) return kept;
  const want = keptFor(VALIDATION_CELLS, expected, validationCells);
  const have = validationCells(found);
  const diff = {
    missing: [...want.keys()].filter((cells) => !sameCells(want.get(cells), have.get(cells))),
    added: [...have.keys()].filter((cells) => !want.has(cells)),
  };
  if (diffs.size >= VALIDATION_DIFFS_SIZE) diffs.clear();
  diffs.set(key, diff);
  return diff;
}

const sameValidations = (diff: ValidationDiff) => diff.missing.length === 0 && diff.added.length === 0;

/**
 * The form's validations against those found; a return made before decision 0276 (the 是/否 list where 零的突破 now
 * takes a count too) is its form as it was, and what differs is said against today's form.
 */
function validationsChanged(expected: readonly DataValidation[], found: readonly DataValidationFact[]): ReaderObservation[] {
  const current = validationDiff(expected, found);
  const { earlier } = keptFor(EARLIER_VALIDATIONS, expected, (validations) => ({ earlier: validationsBeforeCounts(validations) }));
  const asMadeEarlier = !sameValidations(current) && earlier !== null && sameValidations(validationDiff(earlier, found));
  const stops = found.every((validation) => validation.showErrorMessage && validation.errorStyle === 'stop');
  if ((sameValidations(current) || asMadeEarlier) && stops) return [];
  const { missing, added } = current;
  return [{ code: 'form.validation_changed', found: added.join('; ').slice(0, 300), expected: missing.join('; ').slice(0, 300) }];
}

/** The rows and columns the form takes: from the top to its last cell (the foot), across its columns. */
function formBounds(layout: SheetLayout): CellRange {
  let bottom = 0;
  let right = layout.columns.length - 1;
  for (const cell of layout.cells) {
    if (cell.row > bottom) bottom = cell.row;
    if (cell.col > right) right = cell.col;
  }
  return { top: 0, left: 0, bottom, right };
}

/**
 * A conditional format or a validation over cells outside the form alone — a column of the county's own right of the
 * table, rows below its foot —: it colours or guards those cells only, and is not the form's (decision 0263). A range
 * that cannot be read, or reaches into the form, is compared as before.
 */
function outsideForm(ref: string, bounds: CellRange): boolean {
  const parts = ref.replace(/\$/gu, '').split(/\s+/u).filter((part) => part !== '');
  return parts.length > 0 && parts.every((part) => {
    const range = parseRange(part);
    return range !== null && (range.top > bounds.bottom || range.left > bounds.right);
  });
}

function inRanges(address: string, ranges: readonly CellRange[]): boolean {
  const cell = parseRange(address);
  if (cell === null) return false;
  return ranges.some((range) => cell.top >= range.top && cell.top <= range.bottom && cell.left >= range.left && cell.left <= range.right);
}

/** Rows and columns of the form a person must see: from the top to the table's last row, the table's columns. */
function hiddenParts(sheet: ReturnSheet, facts: SheetFacts, layout: SheetLayout): ReaderObservation[] {
  const lastRow = Math.max(...sheet.rows.map((row) => row.row), sheet.printed?.headerRow ?? 0);
  const hiddenByForm = new Set(layout.columns.filter((column) => column.hidden).map((column) => column.col));
  const lastCol = Math.max(...layout.cells.map((cell) => cell.col));
  const rows = facts.hiddenRows.filter((row) => row <= lastRow);
  const columns = facts.hiddenColumns.filter((col) => col <= lastCol && !hiddenByForm.has(col));
  const observations: ReaderObservation[] = rows.map((row) => ({ code: 'form.row_hidden', at: rowPlace(row) }));
  if (columns.length > 0) observations.push({ code: 'form.columns_hidden', found: columns.map((col) => parseRangeLetter(col)).join('、') });
  return observations;
}

function parseRangeLetter(col: number): string {
  let letters = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * A picture, shape, text box or chart over the table (header to last indicator row, across the form's columns): the
 * form has none, and one can cover a value or show another in its place. A stamp or signature below the table is not.
 */
function drawingsOver(facts: SheetFacts, layout: SheetLayout): ReaderObservation[] {
  const header = layout.cells.find((cell) => cell.style === 'header')?.row;
  if (header === undefined || facts.drawings === undefined) return [];
  const map = reportingSheetMap(layout);
  const right = layout.columns.length - 1;
  return facts.drawings.filter((drawing) => drawing.top <= map.lastDataRow && drawing.bottom >= header && drawing.left <= right).slice(0, 1).map((drawing) => ({
    code: 'form.drawing_over' as const, at: cellPlace(Math.max(drawing.top, header), Math.min(drawing.left, right)), found: String(facts.drawings?.length ?? 1),
  }));
}

/** The facts of a reporting sheet against its regenerated form; none without facts (a sheet read in Excel). */
export function formFactObservations(sheet: ReturnSheet, form: ExpectedForm): ReaderObservation[] {
  const { facts } = sheet;
  const { layout } = form;
  if (facts === undefined) return [];
  const observations: ReaderObservation[] = [];
  if (facts.state !== 'visible') observations.push({ code: 'form.sheet_hidden', found: facts.state });
  observations.push(...hiddenParts(sheet, facts, layout));
  if (facts.protection?.password === true && layout.protection?.password === null) observations.push({ code: 'form.protection_password' });
  const generatedHeader = layout.cells.find((cell) => cell.style === 'header')?.row;
  const inPlace = generatedHeader === undefined || sheet.printed === undefined || sheet.printed.headerRow === generatedHeader;
  if (!inPlace) return observations;
  observations.push(...drawingsOver(facts, layout));
  const bounds = formBounds(layout);
  const own = <T extends { ref: string }>(found: readonly T[]) => found.filter((fact) => !outsideForm(fact.ref, bounds));
  observations.push(...conditionalFormatsChanged(layout.conditionalFormats, own(facts.conditionalFormats)));
  observations.push(...validationsChanged(layout.validations, own(facts.validations)));
  const unlocked = unlockedRanges(layout);
  observations.push(...entryFormatObservations(sheet, form));
  // The form's entry cells show their value in its font on its fill; a style that hides it was put there.
  for (const hidden of facts.hiddenByStyle ?? []) {
    const at = placeOfAddress(hidden.address);
    if (at !== null && inRanges(hidden.address, unlocked)) observations.push({ code: 'form.style_hides', at, found: hidden.found, detail: hidingReason(hidden.reason) });
  }
  if (facts.zerosHidden === true) observations.push(...zerosHidden(sheet, unlocked));
  const opened = facts.unlockedCells.filter((address) => !inRanges(address, unlocked));
  const first = opened[0] === undefined ? null : placeOfAddress(opened[0]);
  if (layout.protection?.protect === true && first !== null) {
    observations.push({ code: 'form.cell_unlocked', at: first, found: opened.slice(0, 20).join('、') });
  }
  return observations;
}

/**
 * Entry cells holding 0 on a sheet set not to show zero values: the reviewer sees an empty cell (未填报 to the eye)
 * where the checks, the status formula and the totals read 0.
 */
function zerosHidden(sheet: ReturnSheet, unlocked: readonly CellRange[]): ReaderObservation[] {
  const observations: ReaderObservation[] = [];
  sheet.grid?.rows.forEach((cells, row) => cells?.forEach((cell, col) => {
    if (cell?.value.type !== 'number' || cell.value.value !== 0) return;
    const at = cellPlace(row, col);
    if (inRanges(placeA1(at), unlocked)) observations.push({ code: 'form.zeros_hidden', at, found: '0' });
  }));
  return observations;
}

/** What hides a cell's value, as a message of its own: the finding's {detail}, worded in the finding's language. */
function hidingReason(hiding: StyleHiding): Coded {
  const look: Coded = hiding.kind === 'tiny_font'
    ? { code: 'form.style_hides.tiny_font', params: { size: hiding.size } }
    : hiding.kind === 'repeated' ? { code: 'form.style_hides.repeated', params: {} }
      : { code: 'form.style_hides.colour', params: { color: `#${hiding.color}`, fill: `#${hiding.fill}` } };
  return hiding.run === undefined ? look : { code: 'form.style_hides.run', params: { look, text: hiding.run } };
}
