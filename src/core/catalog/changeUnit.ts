import { findUnit, sameDimension } from '../units';
import type { ValueChange } from './types';

/**
 * How the number of a change counts: 'percent' of the baseline (下降15%), 'points' added to a % row
 * (提高2个百分点), an 'amount' in a unit of the row's own dimension (增加50万人 in a 万人 row). Null when the unit fits
 * none of these (个百分点 in a row that is not a %, 亿元 in a 家 row): the change cannot be turned into a level.
 */
export function changeUnitReading(change: Pick<ValueChange, 'unit'>, indicatorUnit: string): 'percent' | 'points' | 'amount' | null {
  const printed = findUnit(change.unit);
  if (printed?.dimension === 'percentage_points') return findUnit(indicatorUnit)?.dimension === 'percent' ? 'points' : null;
  if (printed?.dimension === 'percent') return 'percent';
  if (indicatorUnit !== '' && (change.unit === indicatorUnit || sameDimension(change.unit, indicatorUnit))) return 'amount';
  return null;
}
