/**
 * The city's consolidation of county returns (汇总表): one row per indicator, the city figure and each county's
 * value side by side, and under the table every county that is missing or reported something else.
 */
import type { ConsolidationResult } from '../consolidation';
import { formatNumber } from '../i18n';
import { CONSOLIDATION } from '../form';
import { findUnit } from '../units';
import { AMBER, BODY_SIZE, FONT, makeStyle, SheetBuilder, type SheetLayout, sheetStyles } from '../layout';
import { nameWithUnit, printedTableLayout } from '../documents';

export interface ConsolidationSheetInput {
  result: ConsolidationResult;
  /** The consolidating region (the city), for the title. */
  region: { name: string; code: string };
  /** Findings already worded (the caller translates codes). */
  findingTexts: readonly string[];
  /**
   * Values the checks did not accept (an error, or a warning nobody explained), by region code then row id, with the
   * worded reason: the county's cell and the total are marked, so that nobody takes a 万/亿 slip for a figure.
   */
  flagged?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** A total rounded as its unit is shown (2 decimals for shares and 亿元), never to more than 4. */
function totalText(total: number, unit: string): string {
  const decimals = Math.min(4, findUnit(unit)?.decimals ?? 2);
  return formatNumber(Number(total.toFixed(decimals)));
}

const shown = (value: number | boolean | null | undefined): string =>
  value === null || value === undefined ? '' : typeof value === 'boolean' ? (value ? '是' : '否') : formatNumber(value);

export function consolidationSheetLayout(input: ConsolidationSheetInput): SheetLayout {
  const { result } = input;
  const base = sheetStyles(FONT.form);
  const styles = { ...base, flagged: makeStyle({ fill: AMBER.fill, font: { color: AMBER.font } }, base.raw) };
  const sheet = new SheetBuilder(styles);
  const fixed = CONSOLIDATION.header;
  const firstRegionCol = fixed.length;
  const last = firstRegionCol + Math.max(1, result.regions.length) - 1;

  sheet.text(0, 0, CONSOLIDATION.title(input.region.name, result.plan.plan.title), 'title');
  sheet.merge({ top: 0, left: 0, bottom: 0, right: last });
  sheet.text(1, 0, CONSOLIDATION.period(result.reportingYear), 'period');
  sheet.merge({ top: 1, left: 0, bottom: 1, right: last });
  const headerRow = 3;
  fixed.forEach((text, col) => sheet.text(headerRow, col, text, 'header'));
  result.regions.forEach((region, i) => sheet.text(headerRow, firstRegionCol + i, region.name, 'header'));
  if (result.regions.length === 0) sheet.text(headerRow, firstRegionCol, CONSOLIDATION.noRegion, 'header');

  result.rows.forEach((row, i) => {
    const r = headerRow + 1 + i;
    sheet.set(r, 0, { kind: 'number', value: i + 1 }, 'center');
    sheet.text(r, 1, nameWithUnit(row.indicator), row.indicator.parent === undefined ? 'text' : 'sub');
    sheet.text(r, 2, CONSOLIDATION.method[row.method], 'center');
    const total = row.total === null ? '' : totalText(row.total, row.indicator.unit);
    const flags = result.regions.flatMap((region) => {
      const reason = input.flagged?.[region.code]?.[row.indicator.id];
      return reason === undefined ? [] : [{ region, reason }];
    });
    const totalNotes = [
      ...(row.partial ? [CONSOLIDATION.partialNote] : []),
      ...(flags.length > 0 && row.total !== null ? [CONSOLIDATION.flaggedTotal(flags.map((flag) => flag.region.name).join('、'))] : []),
    ];
    sheet.text(r, 3, total, flags.length > 0 && row.total !== null ? 'flagged' : 'raw', totalNotes.length > 0 ? totalNotes.join('\n') : undefined);
    result.regions.forEach((region, j) => {
      const reason = input.flagged?.[region.code]?.[row.indicator.id];
      sheet.text(r, firstRegionCol + j, shown(row.byRegion[region.code]), reason === undefined ? 'raw' : 'flagged', reason);
    });
  });
  let r = headerRow + 1 + result.rows.length + 1;
  for (const note of [...CONSOLIDATION.notes, ...input.findingTexts]) {
    sheet.text(r, 0, note, 'note');
    sheet.merge({ top: r, left: 0, bottom: r, right: last });
    r += 1;
  }
  const columns = sheet.fitColumns(last + 1, { 0: { min: 6, max: 6 }, 1: { min: 24, max: 40 }, 2: { min: 10, max: 14 }, 3: { min: 10, max: 16 } });
  return printedTableLayout(sheet, {
    name: CONSOLIDATION.sheetName, columns, bodySize: BODY_SIZE, frozen: { rows: headerRow + 1, cols: 2 }, orientation: 'landscape', headerRow, lastRow: r, lastCol: last,
  });
}
