import { findUnit } from '../units';
import type { ProblemLog } from './problems';
import type { ImportColumn, ImportedIndicator } from './types';
import { valueChangeOf } from './valueChange';

/**
 * Targets read in one of two ways a reader might take them, told to the user with the reading taken
 * (docs/attainment-method.md; decision 0241):
 * - a change in % in a row in % (下降0.5% in a row of a share): a relative change of the baseline (50 → 49.75), as
 *   the plans write it — a plan means points only when it says 个百分点;
 * - words of a trend in a row that has a unit (保持稳定, 稳中有升, 持续提高 in a row of %): a qualitative target,
 *   answered 是 or 否 — not a figure; words of a state (设区市国家高新区全覆盖) are plainly that and are not told;
 * - a figure whose annotation names another year than its column's (2.5（2024年） under 2025年; decision 0257).
 */
const TREND_WORDS = /稳定|稳中|持续|逐年|逐步|稳步|不断|有所|明显|显著/u;
/** An annotation naming the year a figure is of: 2.5（2024年）, 86（2019）, 3.1（2022年数据）. */
const YEAR_ANNOTATION = /^((?:19|20)\d{2})年?(?:数据|底|末|年底|年末)?$/u;

/** The year a value's annotation says its figure is of, when it is not its column's (2.5（2024年） under 2025年). */
function otherYearOf(annotations: readonly string[] | undefined, columnYear: number): number | undefined {
  for (const annotation of annotations ?? []) {
    const year = YEAR_ANNOTATION.exec(annotation.trim())?.[1];
    if (year !== undefined && Number(year) !== columnYear) return Number(year);
  }
  return undefined;
}

export function reportAmbiguousReadings(indicators: readonly ImportedIndicator[], columns: readonly ImportColumn[], problems: ProblemLog): void {
  const headerOf = (column: number): string => columns.find((c) => c.column === column)?.header ?? '';
  for (const indicator of indicators) {
    const inPercent = findUnit(indicator.unit)?.dimension === 'percent';
    for (const value of indicator.values) {
      if (value.parsed === null) continue;
      const header = headerOf(value.column);
      const params = { name: indicator.name, header, text: value.raw };
      // A figure of another year printed in a column (the latest known, 2.5（2024年） under 2025年): taken as the
      // column's, as the plan prints it, and told — never silently a figure of a year it is not.
      const otherYear = otherYearOf(value.parsed.annotations, value.year);
      if (otherYear !== undefined) problems.at('import.value_of_other_year', indicator.sourceRow, value.column, { ...params, year: String(otherYear), columnYear: String(value.year) });
      if (value.role !== 'target') continue;
      if (inPercent && valueChangeOf(value, indicator, header)?.unit === '%') {
        problems.at('import.percent_change_of_share', indicator.sourceRow, value.column, { ...params, points: value.raw.replace(/[%％]/gu, '个百分点') });
      } else if (value.parsed.kind === 'qualitative' && indicator.unit !== '' && TREND_WORDS.test(value.raw)) {
        problems.at('import.qualitative_target', indicator.sourceRow, value.column, params);
      }
    }
  }
}
