import type { AttainmentStatus } from './types';

/**
 * The status as a generated sheet shows it. These are sheet values, not UI wording: the status formula
 * yields them and the sheet's conditional formats (and whoever reads a sheet back) match on them.
 */
export const SHEET_STATUS_LABELS: Readonly<Record<AttainmentStatus, string>> = {
  met: '已达标',
  on_track: '符合序时进度',
  behind: '滞后',
  regressing: '倒退',
  not_met: '未达标',
  no_value: '未填报',
  monitoring: '仅监测',
};

/** The answers a reporting sheet offers for a qualitative target. */
export const QUALITATIVE_ANSWERS = { yes: '是', no: '否' } as const;

/** The status a sheet label stands for, or null for any other text. */
export function statusFromSheetLabel(label: string): AttainmentStatus | null {
  const found = (Object.entries(SHEET_STATUS_LABELS) as Array<[AttainmentStatus, string]>).find(([, text]) => text === label.trim());
  return found ? found[0] : null;
}
