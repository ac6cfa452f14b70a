import type { Indicator } from '../../catalog';
import type { MessageParams } from '../../i18n';
import { placeOfAddress, rowPlace, type SheetPlace } from '../../form';
import type { EnteredCell, ReturnRow } from '../../returns';
import { findUnit } from '../../units';
import type { CellSubject } from '../rule';

/** The params every message about a cell starts from: the indicator's names, the year, the unit. */
export function subjectParams(subject: CellSubject): MessageParams {
  return { ...nameParams(subject.indicator), year: subject.year, unit: subject.indicator.unit };
}

/** An indicator's names as message params: `{ name, nameEn }`, or under another prefix (`parentName`, `parentNameEn`). */
export function nameParams(indicator: Indicator, prefix = 'name'): MessageParams {
  return { [prefix]: indicator.name, [`${prefix}En`]: indicator.nameEn ?? indicator.name };
}

/** Percentages and percentage points compare by difference, everything else by ratio. */
export function isPercentLike(unit: string): boolean {
  const dimension = findUnit(unit)?.dimension;
  return dimension === 'percent' || dimension === 'percentage_points';
}

/** A derived number rounded for people (ratios, bounds): four significant digits. */
export function rounded(value: number): number {
  return Number(value.toPrecision(4));
}

/** The whole row, for problems of a row rather than a cell. */
export function rowReference(row: ReturnRow): SheetPlace {
  return rowPlace(row.row);
}

/** The place of an entered cell, from the address its reader gave. */
export function enteredPlace(cell: EnteredCell | null | undefined): SheetPlace | null {
  return cell === null || cell === undefined ? null : placeOfAddress(cell.address);
}
