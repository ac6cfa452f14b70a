/**
 * The targets a plan states in prose ("到2025年，…达到650家以上"), laid out like the plans' own indicator
 * tables: 序号 / 指标名称（单位） / one column per year (baseline, target or planned amount as printed) / 原文 /
 * 出处. Values are the raw text; the 原文 column quotes the sentence as a reader of the plan reads it (without the
 * extraction's [footnoteRef:N] and [bookmark: …] marks), 出处 names its chapter and section; the catalog keeps the line.
 * A target the text gives on a table's indicator that the table does not print (嵊州's 2027 R&D share 3.2%左右 beside
 * the table's 3.1) is listed too, quoted from its own phrase, so that every target the plan states is printed
 * (decision 0278).
 */
import type { Indicator, IndicatorValue, PlanCatalog, ValueRole } from '../catalog';
import type { AnnexOptions } from './documentSheet';
import { valuesTablePrints } from './tableColumns';
import { documentSheet, documentStyles, FIRST_BODY_ROW, nameWithUnit, planSheetName } from './documentSheet';
import { ANNEX } from '../form';
import { SheetBuilder, type ColumnFit } from '../layout';
import type { SheetLayout } from '../layout';

/** Roles a year column of prose targets shows, in order of preference. */
const ROLES: readonly ValueRole[] = ['target', 'planned', 'baseline'];

/** The quote without the marks the text extraction left in it: a footnote's number and a bookmark print as nothing. */
const printedQuote = (quote: string): string => quote.replace(/\[(?:footnoteRef|bookmark):[^\]]*\]/gu, '');

const isGoal = (value: IndicatorValue) => value.role === 'target' || value.role === 'planned';

/** A row of the sheet: an indicator with the values it shows, the phrase quoted and where the text prints it. */
interface ProseRow {
  indicator: Indicator;
  values: IndicatorValue[];
  line: number;
  quote: string;
  section: string;
  /** A table's indicator, listed for a target the text gives that its table does not print. */
  besideTable: boolean;
}

/** Prose (and footnote) indicators that state a target or a planned amount, with what their year columns show. */
function proseRows(catalog: PlanCatalog): ProseRow[] {
  return catalog.indicators.filter((indicator) => indicator.source.kind !== 'table' && indicator.values.some(isGoal))
    .map((indicator) => ({
      indicator, values: indicator.values.filter((value) => ROLES.includes(value.role)), line: indicator.source.line,
      quote: indicator.source.quote ?? '', section: indicator.source.section ?? '', besideTable: false,
    }));
}

/** The targets the text gives on a table's indicators that their table does not print: a row per phrase. */
function besideTableRows(catalog: PlanCatalog): ProseRow[] {
  return catalog.indicators.filter((indicator) => indicator.source.kind === 'table').flatMap((indicator) => {
    const printed = valuesTablePrints(catalog, indicator);
    const rows = new Map<string, ProseRow>();
    for (const value of indicator.values.filter((candidate) => isGoal(candidate) && candidate.raw !== '' && !printed.has(candidate))) {
      const line = value.line ?? indicator.source.line;
      const key = `${line}|${value.quote ?? ''}`;
      const row = rows.get(key) ?? { indicator, values: [], line, quote: value.quote ?? '', section: value.section ?? '', besideTable: true };
      row.values.push(value);
      rows.set(key, row);
    }
    return [...rows.values()];
  });
}

/**
 * Every row, in the order the text prints them (by their line; those of one line in the catalog's order): the catalog
 * lists some by theme (越城's 进入全国50强 after the goals printed below it), and a plan office reads the list against
 * the text.
 */
function rowsInTextOrder(catalog: PlanCatalog): ProseRow[] {
  const order = new Map(catalog.indicators.map((indicator, i) => [indicator, i]));
  return [...proseRows(catalog), ...besideTableRows(catalog)]
    .sort((a, b) => a.line - b.line || (order.get(a.indicator) ?? 0) - (order.get(b.indicator) ?? 0));
}

export function proseTargetsLayout(catalog: PlanCatalog, options: AnnexOptions = {}): SheetLayout | null {
  const rows = rowsInTextOrder(catalog);
  if (rows.length === 0) return null;
  const years = [...new Set(rows.flatMap((row) => row.values.map((value) => value.year)))].sort((a, b) => a - b);
  const h = ANNEX.proseHeader;
  const headers = [h.seq, h.name, ...years.map(h.year), h.quote, h.source];
  const quoteCol = 2 + years.length;
  const sheet = new SheetBuilder(documentStyles());
  let seq = 0;
  rows.forEach((row, i) => {
    const r = FIRST_BODY_ROW + i;
    const sub = row.indicator.parent !== undefined;
    if (!sub) seq += 1;
    sheet.text(r, 0, sub ? '' : String(seq), 'raw');
    sheet.text(r, 1, nameWithUnit(row.indicator), sub ? 'sub' : 'text');
    years.forEach((year, j) => {
      // Every value of the year's role, as printed: 嵊州's 2030 output is both 突破1100亿元 and 超1000亿.
      const values = ROLES.map((role) => row.values.filter((v) => v.year === year && v.role === role)).find((found) => found.length > 0) ?? [];
      sheet.text(r, 2 + j, values.map((value) => value.raw).join(ANNEX.valueSeparator), 'raw');
    });
    sheet.text(r, quoteCol, printedQuote(row.quote), 'text');
    sheet.text(r, quoteCol + 1, row.section, 'text');
  });
  const fits: Record<number, ColumnFit> = { 0: { min: 5, max: 6 }, 1: { min: 20, max: 36 }, [quoteCol]: { min: 24, max: 40 }, [quoteCol + 1]: { min: 12, max: 20 } };
  years.forEach((_, j) => (fits[2 + j] = { min: 8, max: 16 }));
  return documentSheet(
    {
      name: planSheetName(catalog.plan.title, ANNEX.proseCaption, options.takenNames),
      caption: ANNEX.proseCaption(catalog.plan.title),
      headers,
      notes: rows.some((row) => row.besideTable) ? [ANNEX.proseNote, ANNEX.proseBesideTableNote] : [ANNEX.proseNote],
      fits,
    },
    sheet,
    rows.length,
  );
}
