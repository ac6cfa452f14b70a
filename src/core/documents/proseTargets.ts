/**
 * The targets a plan states in prose ("到2025年，…达到650家以上"), laid out like the plans' own indicator
 * tables: 序号 / 指标名称（单位） / one column per year (baseline, target or planned amount as printed) / 原文 /
 * 出处. Values are the raw text; the 原文 column quotes the sentence as a reader of the plan reads it (without the
 * extraction's [footnoteRef:N] and [bookmark: …] marks), 出处 names its chapter and section; the catalog keeps the line.
 */
import type { Indicator, PlanCatalog, ValueRole } from '../catalog';
import type { AnnexOptions } from './documentSheet';
import { documentSheet, documentStyles, FIRST_BODY_ROW, nameWithUnit, planSheetName } from './documentSheet';
import { ANNEX } from '../form';
import { SheetBuilder, type ColumnFit } from '../layout';
import type { SheetLayout } from '../layout';

/** Roles a year column of prose targets shows, in order of preference. */
const ROLES: readonly ValueRole[] = ['target', 'planned', 'baseline'];

/** The quote without the marks the text extraction left in it: a footnote's number and a bookmark print as nothing. */
const printedQuote = (quote: string): string => quote.replace(/\[(?:footnoteRef|bookmark):[^\]]*\]/gu, '');

const shownValues = (indicator: Indicator) => indicator.values.filter((value) => ROLES.includes(value.role));

/**
 * Prose (and footnote) indicators that state a target or a planned amount, in the order the text prints them (by
 * their line; those of one line in the catalog's order): the catalog lists some by theme (越城's 进入全国50强 after
 * the goals printed below it), and a plan office reads the list against the text.
 */
function proseIndicators(catalog: PlanCatalog): Indicator[] {
  return catalog.indicators.filter((indicator) => indicator.source.kind !== 'table'
    && indicator.values.some((value) => value.role === 'target' || value.role === 'planned'))
    .sort((a, b) => a.source.line - b.source.line);
}

export function proseTargetsLayout(catalog: PlanCatalog, options: AnnexOptions = {}): SheetLayout | null {
  const indicators = proseIndicators(catalog);
  if (indicators.length === 0) return null;
  const years = [...new Set(indicators.flatMap((i) => shownValues(i).map((value) => value.year)))].sort((a, b) => a - b);
  const h = ANNEX.proseHeader;
  const headers = [h.seq, h.name, ...years.map(h.year), h.quote, h.source];
  const quoteCol = 2 + years.length;
  const sheet = new SheetBuilder(documentStyles());
  let seq = 0;
  indicators.forEach((indicator, i) => {
    const r = FIRST_BODY_ROW + i;
    const sub = indicator.parent !== undefined;
    if (!sub) seq += 1;
    sheet.text(r, 0, sub ? '' : String(seq), 'raw');
    sheet.text(r, 1, nameWithUnit(indicator), sub ? 'sub' : 'text');
    years.forEach((year, j) => {
      // Every value of the year's role, as printed: 嵊州's 2030 output is both 突破1100亿元 and 超1000亿.
      const values = ROLES.map((role) => indicator.values.filter((v) => v.year === year && v.role === role)).find((found) => found.length > 0) ?? [];
      sheet.text(r, 2 + j, values.map((value) => value.raw).join(ANNEX.valueSeparator), 'raw');
    });
    sheet.text(r, quoteCol, printedQuote(indicator.source.quote ?? ''), 'text');
    sheet.text(r, quoteCol + 1, indicator.source.section ?? '', 'text');
  });
  const fits: Record<number, ColumnFit> = { 0: { min: 5, max: 6 }, 1: { min: 20, max: 36 }, [quoteCol]: { min: 24, max: 40 }, [quoteCol + 1]: { min: 12, max: 20 } };
  years.forEach((_, j) => (fits[2 + j] = { min: 8, max: 16 }));
  return documentSheet(
    {
      name: planSheetName(catalog.plan.title, ANNEX.proseCaption, options.takenNames),
      caption: ANNEX.proseCaption(catalog.plan.title),
      headers,
      notes: [ANNEX.proseNote],
      fits,
    },
    sheet,
    indicators.length,
  );
}
