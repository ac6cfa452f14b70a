/**
 * A consolidation sheet (汇总表): one row per indicator, the total and each region's value side by side. A value the
 * checks did not accept says 待核实 in its own cell and stays out of the total; a total that misses regions says which
 * in its own cell and in its header (合计（缺 诸暨市）); the title area names the returns left out and why.
 */
import { COPIED_VALUES, COPIES_DIFFER, type ConsolidationResult } from '../consolidation';
import { formatNumber, renderFinding, type Coded, type Locale } from '../i18n';
import { columnLetter, CONSOLIDATION, type CellRange } from '../form';
import { findRegion, fullRegionName } from '../regions';
import { findUnit } from '../units';
import {
  AMBER, BODY_SIZE, decimalsKeepingJudgement, decimalsOf, FONT, makeStyle, MAX_SHOWN_DECIMALS, numberStyleName, numberStyles, rowDecimals, SheetBuilder, type SheetLayout, sheetStyles, type ColumnFit,
} from '../layout';
import { LANDSCAPE_MARGINS, nameWithUnit, printedTableLayout } from '../documents';
import { printedPages } from './printedPages';

export interface ConsolidationSheetInput {
  result: ConsolidationResult;
  /** The consolidating region (the city or the province), for the title. */
  region: { name: string; code: string };
  /** Findings already worded (the caller translates codes), listed under the table. */
  findingTexts: readonly string[];
  /** Returns left out, worded with the reason (another plan, another year, unreadable…), shown in the title area. */
  leftOutTexts?: readonly string[];
  /** Regions whose values the checks did not accept, worded with how many (left out of totals): title area too. */
  unverifiedTexts?: readonly string[];
  /**
   * Values the checks did not accept, by region code then row id, with the reason (code and params): the cell says
   * 待核实 and carries the reason in its note, worded in `locale`; the consolidation already left them out of the totals.
   */
  flagged?: Readonly<Record<string, Readonly<Record<string, Coded>>>>;
  /** The language of the flagged cells' notes (zh-CN by default), as the findings were worded. */
  locale?: Locale;
  /** The sheet's name; 汇总 by default. */
  name?: string;
}

/**
 * The decimals a row's total and its regions' figures are shown with: as the plan prints the row (rowDecimals, the
 * reporting sheet's own); for a row whose decimals are undecided (a unit the registry does not know), as many as its
 * most precise part, else 2; never more than 4.
 */
function rowShownDecimals(row: ConsolidationResult['rows'][number], parts: ReadonlyArray<number | boolean | null | undefined>): number {
  const decimals = rowDecimals([row.indicator], row.indicator.unit) ?? partsDecimals(parts, row.indicator.unit, row.method !== 'ratio');
  return Math.max(decimals, notShownAsZero([...parts, row.total]));
}

/**
 * The decimals that keep every non-zero figure of the row from showing as 0 (a county's 0.04 万亿元 or 0.21 亿元 on a
 * row the plan prints in whole 万亿元 or 亿元, and the total made of them: "0" read as nothing reported), at most four.
 * Decision 0150 did this for 万 counts; a consolidation's counties are small parts of the plan's figures (0251).
 */
function notShownAsZero(figures: ReadonlyArray<number | boolean | null | undefined>): number {
  const nonZero = figures.filter((figure): figure is number => typeof figure === 'number' && figure !== 0).map(Math.abs);
  if (nonZero.length === 0) return 0;
  return decimalsKeepingJudgement(Math.min(...nonZero), 0, (shown) => shown === 0) ?? MAX_SHOWN_DECIMALS;
}

function partsDecimals(parts: ReadonlyArray<number | boolean | null | undefined>, unit: string, summed: boolean): number {
  const numbers = parts.filter((part): part is number => typeof part === 'number');
  const fromParts = numbers.length === 0 ? 0 : Math.max(...numbers.map(decimalsOf));
  // A sum (or parts listed side by side) has no more decimals than its parts; a ratio recomputed from parts has at least its unit's.
  const fromUnit = summed && numbers.length > 0 ? 0 : findUnit(unit)?.decimals ?? 2;
  return Math.min(MAX_SHOWN_DECIMALS, Math.max(fromParts, fromUnit));
}

/** A total inside a sentence (合计 … 不含…), with trailing zeros as a number cell shows them ("3.0", not "3"). */
function totalText(total: number, decimals: number): string {
  const fixed = total.toFixed(decimals);
  return /^-0(?:\.0+)?$/u.test(fixed) ? fixed.slice(1) : fixed;
}

const shown = (value: number | boolean | null | undefined): string =>
  value === null || value === undefined ? '' : typeof value === 'boolean' ? (value ? '是' : '否') : formatNumber(value);

/** 序号 and 指标名称: repeated on each page of a table printed more than one page wide. */
const REPEATED_COLUMNS = 2;

export function consolidationSheetLayout(input: ConsolidationSheetInput): SheetLayout {
  const { result } = input;
  const base = sheetStyles(FONT.form);
  const styles = { ...base, ...numberStyles(base.raw), flagged: makeStyle({ fill: AMBER.fill, font: { color: AMBER.font } }, base.raw) };
  const sheet = new SheetBuilder(styles);
  const fixed = CONSOLIDATION.header;
  const firstRegionCol = fixed.length;
  const last = firstRegionCol + Math.max(1, result.regions.length) - 1;
  const nameOf = (code: string): string => {
    const region = findRegion(code);
    return result.regions.find((entry) => entry.code === code)?.name ?? (region === undefined ? code : fullRegionName(region));
  };
  const names = (codes: readonly string[]): string => codes.map(nameOf).join('、');

  // The lines of the frame, merged over every column (over the first page's only when it prints several wide).
  const frame: CellRange[] = [];
  const frameLine = (row: number, text: string, style: string) => {
    sheet.text(row, 0, text, style);
    frame.push({ top: row, left: 0, bottom: row, right: last });
    sheet.merge({ top: row, left: 0, bottom: row, right: last });
  };
  frameLine(0, CONSOLIDATION.title(input.region.name, result.plan.plan.title), 'title');
  frameLine(1, CONSOLIDATION.period(result.reportingYear), 'period');
  const titleNotes = [
    ...(result.missing.length > 0 ? [CONSOLIDATION.missingLine(result.missing.map((region) => region.name).join('、'))] : []),
    ...(input.leftOutTexts !== undefined && input.leftOutTexts.length > 0 ? [CONSOLIDATION.leftOut(input.leftOutTexts.join('；'))] : []),
    ...(input.unverifiedTexts ?? []),
  ];
  titleNotes.forEach((note, i) => frameLine(2 + i, note, 'note'));
  const headerRow = 3 + titleNotes.length;
  fixed.forEach((text, col) => sheet.text(headerRow, col, text, 'header'));
  if (result.missing.length > 0) sheet.text(headerRow, 3, CONSOLIDATION.totalMissing(result.missing.map((region) => region.name).join('、')), 'header');
  result.regions.forEach((region, i) => sheet.text(headerRow, firstRegionCol + i, region.name, 'header'));
  if (result.regions.length === 0) sheet.text(headerRow, firstRegionCol, CONSOLIDATION.noRegion, 'header');

  result.rows.forEach((row, i) => {
    const r = headerRow + 1 + i;
    sheet.set(r, 0, { kind: 'number', value: i + 1 }, 'center');
    sheet.text(r, 1, nameWithUnit(row.indicator), row.indicator.parent === undefined ? 'text' : 'sub');
    // A ratio that could not be recomputed is still a ratio: its total says why there is none.
    sheet.text(r, 2, CONSOLIDATION.method[row.ratioWithoutTotal === undefined ? row.method : 'ratio'], 'center');
    const without = [
      ...(row.unverified.length > 0 ? [CONSOLIDATION.withoutUnverified(names(row.unverified))] : []),
      ...(row.notReported.length > 0 ? [CONSOLIDATION.withoutNotReported(names(row.notReported))] : []),
      ...[true, false].flatMap((answer) => {
        const regions = row.answered.filter((code) => row.byRegion[code] === answer);
        return regions.length > 0 ? [CONSOLIDATION.withoutAnswered(names(regions), shown(answer))] : [];
      }),
    ];
    const parts = result.regions.map((region) => row.byRegion[region.code]);
    const decimals = rowShownDecimals(row, parts);
    // A total inside a sentence is text: it keeps its parts' precision, as no format can show more than the text holds.
    const textDecimals = Math.min(MAX_SHOWN_DECIMALS, Math.max(decimals, partsDecimals(parts, row.indicator.unit, row.method !== 'ratio')));
    const number = row.total === null ? '' : totalText(row.total, textDecimals);
    const total = row.ratioWithoutTotal !== undefined
      ? (row.ratioWithoutTotal.length > 0 ? CONSOLIDATION.ratioNoParts(names(row.ratioWithoutTotal)) : CONSOLIDATION.ratioZeroDenominator)
      : without.length === 0 ? number
        : number !== '' ? CONSOLIDATION.totalWithout(number, without.join('；')) : CONSOLIDATION.noTotalWithout(without.join('；'));
    // A county held back because its two accepted returns differ did not fail the checks: its note says what it is.
    const differing = row.unverified.filter((code) => input.flagged?.[code]?.[row.indicator.id]?.code === COPIES_DIFFER);
    const copied = row.unverified.filter((code) => input.flagged?.[code]?.[row.indicator.id]?.code === COPIED_VALUES);
    const failed = row.unverified.filter((code) => !differing.includes(code) && !copied.includes(code));
    const totalNotes = [
      ...(row.notReported.length > 0 ? [CONSOLIDATION.partialNote] : []),
      ...(row.answered.length > 0 ? [CONSOLIDATION.answeredNote] : []),
      ...(failed.length > 0 ? [CONSOLIDATION.unverifiedNote(names(failed))] : []),
      ...(differing.length > 0 ? [CONSOLIDATION.copiesDifferNote(names(differing))] : []),
      ...(copied.length > 0 ? [CONSOLIDATION.copiedNote(names(copied))] : []),
    ];
    const totalNote = totalNotes.length > 0 ? totalNotes.join('\n') : undefined;
    // A total that is only a number is a number cell; one that says what it leaves out stays the sentence it is.
    // The cell holds the total as computed; its format shows it with the row's decimals.
    if (row.total !== null && without.length === 0 && row.unverified.length === 0) sheet.set(r, 3, { kind: 'number', value: row.total }, numberStyleName(decimals), totalNote);
    else sheet.text(r, 3, total, row.unverified.length > 0 ? 'flagged' : 'raw', totalNote);
    result.regions.forEach((region, j) => {
      const flagged = input.flagged?.[region.code]?.[row.indicator.id];
      const reason = flagged === undefined ? undefined : renderFinding(flagged, input.locale ?? 'zh-CN');
      const part = row.byRegion[region.code];
      if (reason === undefined && typeof part === 'number') {
        sheet.set(r, firstRegionCol + j, { kind: 'number', value: part }, numberStyleName(decimals));
        return;
      }
      const value = shown(part);
      // A text typed where a number goes carries no value, but was reported: its cell says 待核实 too, not blank; so
      // does an empty ratio whose parts the checks did not accept (row.flagged: what consolidation held back).
      const text = reason === undefined ? value
        : value !== '' ? CONSOLIDATION.cellUnverified(value) : row.flagged.includes(region.code) ? CONSOLIDATION.unverifiedAlone : '';
      sheet.text(r, firstRegionCol + j, text, reason === undefined ? 'raw' : 'flagged', reason);
    });
  });
  let r = headerRow + 1 + result.rows.length + 1;
  for (const note of [...CONSOLIDATION.notes, ...input.findingTexts]) {
    frameLine(r, note, 'note');
    r += 1;
  }
  // A region's column as wide as its figures, its name (which people and programs find the county's column by, so never
  // broken in the cell) wrapping onto two lines (杭州市 / 上城区): on one line, the names made a city of 13 counties
  // print at half size (decision 0277).
  const fitsWith = (name: ColumnFit, method: ColumnFit): Record<number, ColumnFit> => {
    const fits: Record<number, ColumnFit> = { 0: { min: 6, max: 6 }, 1: name, 2: method, 3: { min: 10, max: 24 } };
    for (let col = firstRegionCol; col <= last; col++) fits[col] = { twoLinesIn: headerRow };
    return fits;
  };
  // Names on one line where the page allows it; wrapped (12 characters a line) before the table prints below 85 %.
  const fitted = [fitsWith({ min: 24, max: 40 }, { min: 10, max: 14 }), fitsWith({ min: 20, max: 28 }, { min: 10, max: 10 })]
    .map((fits) => () => sheet.fitColumns(last + 1, fits));
  const { columns, scale, firstPageLast } = printedPages(sheet, frame, fitted, REPEATED_COLUMNS, LANDSCAPE_MARGINS);
  return printedTableLayout(sheet, {
    name: input.name ?? CONSOLIDATION.sheetName, columns, bodySize: BODY_SIZE, frozen: { rows: headerRow + 1, cols: 2 }, orientation: 'landscape', headerRow, lastRow: r, lastCol: last,
    scale, ...(firstPageLast === null ? {} : { printTitleColumns: `A:${columnLetter(REPEATED_COLUMNS - 1)}` }),
  });
}
