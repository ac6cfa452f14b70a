import { changeUnitReading, type ValueChange } from '../catalog';
import { findUnit } from '../units';
import type { ImportedValue } from './types';

/**
 * A name that itself names a change (地区生产总值增长, 单位GDP能耗降低, 研发经费增速): its values are levels of that
 * change, and the county reports the change itself. 增加值 (value added) is a level.
 */
const NAMES_CHANGE = /增长|增速|增幅|提高|提升|下降|降低|减少|降幅|上升|增加(?!值)|新增|净增/u;

export function namesChange(name: string): boolean {
  return NAMES_CHANGE.test(name);
}

/** A 年均 column whose header says its figures are growth (年均增长(%), 年均增速), not the year's level (年均/累计). */
const HEADER_NAMES_GROWTH = /增长|增速/u;

/** The unit a 年均 column's header prints for its figures (年均提高（个百分点）), when a cell prints none. */
function headerRateUnit(header: string): string {
  return /百分点/u.test(header) ? '个百分点' : '%';
}

/**
 * Whether an imported cell is a change from the baseline rather than the year's level, and of what: 下降15% and
 * 提高2个百分点 in a row that names a level (单位GDP能耗, 森林覆盖率), 年均增长10% or a figure of a 年均 column.
 * Null for a level (a bare figure of a 年均 column in a row of a rate is the rate's yearly level, unless the header
 * names growth and the figure is exact), for a change in a row that names the change itself (单位GDP能耗降低（%） | 下降15%: the row's
 * level is the reduction), and for a change whose unit cannot be turned into the row's level (a bare 增长5 in a 亿元
 * row, 个百分点 in a row that is not a %): the catalog file leaves those out and names them in the note.
 */
export function valueChangeOf(value: ImportedValue, indicator: { name: string; unit: string }, header: string): ValueChange | null {
  const { parsed } = value;
  if (parsed === null || parsed.periodTotal === true || value.measure === 'cumulative') return null;
  if (parsed.kind === 'relative' || parsed.kind === 'qualitative' || parsed.kind === 'blank') return null;
  const average = value.measure === 'average_growth' || parsed.averageGrowth === true;
  if (!average && parsed.increase !== true && parsed.decrease !== true) return null;
  if (namesChange(indicator.name)) return null;
  const printedVerb = parsed.averageGrowth === true || parsed.increase === true || parsed.decrease === true;
  // A bare figure of a 年均 column in a row of a rate (城镇调查失业率（%） | <5.5) is the rate's yearly level —
  // unless the header names growth and the figure is exact (年均增长(%) | 1 in a row of a share: 17.6 → 18.5).
  const growthOfRate = average && HEADER_NAMES_GROWTH.test(header) && parsed.kind === 'exact';
  if (!printedVerb && !growthOfRate && findUnit(indicator.unit)?.dimension === 'percent') return null;
  const unit = parsed.unit ?? (average ? headerRateUnit(header) : null);
  if (unit === null) return null;
  const change: ValueChange = average
    ? { of: 'average_growth', ...(parsed.decrease === true ? { direction: 'decrease' as const } : {}), unit }
    : { of: parsed.decrease === true ? 'decrease' : 'increase', unit, ...(parsed.perYear === true ? { perYear: true as const } : {}) };
  return changeUnitReading(change, indicator.unit) === null ? null : change;
}
