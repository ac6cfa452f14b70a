/**
 * The reviewer's summary to send back with a return: which return, the verdict, the counts, then every finding
 * with its cell, in the pane's language, as plain text to paste into a message.
 */
import type { Locale } from '../../core/i18n';
import { renderFinding, translate, type MessageCode } from '../../core/i18n';
import type { SettingValue } from '../ports/workbookPort';
import type { EnteredCell, ReturnSheet } from '../../core/returns';
import type { WorkbookCheck } from './sheetChecks';
import { placeLabel } from '../../core/form';

export const REVIEW_SETTING = 'planIndicators.review';

function returnName(check: WorkbookCheck, locale: Locale): string {
  const meta = check.sheets.map((sheet) => sheet.sheet.metadata).find((candidate) => candidate !== null);
  if (meta === undefined || meta === null) return translate(locale, 'pane.review.this_return');
  return translate(locale, 'pane.review.return_name', { region: meta.region.name, year: meta.reportingYear });
}

export function reviewSummary(check: WorkbookCheck, locale: Locale): string {
  const t = (code: MessageCode, params?: Record<string, string | number>) => translate(locale, code, params);
  const findings = [...check.errors, ...check.warnings];
  const lines = [
    t('pane.review.summary_head', { name: returnName(check, locale), verdict: t(`pane.verdict.${check.verdict}`) }),
    t('pane.review.summary_counts', { errors: check.errors.length, warnings: check.warnings.length, unexplained: check.unexplainedWarnings }),
    ...findings.map((finding, i) => t('pane.review.summary_line', {
      n: i + 1,
      severity: t(finding.severity === 'error' ? 'pane.review.error' : finding.explained ? 'pane.review.warning_explained' : 'pane.review.warning'),
      where: placeLabel(finding.sheet, finding.ref),
      message: renderFinding(finding, locale),
    })),
    t(check.verdict === 'rejected' ? 'pane.review.summary_rejected' : 'pane.review.summary_accepted'),
  ];
  return lines.join('\n');
}

export interface ReviewRecord {
  status: 'accepted';
  verdict: string;
  /** ISO date and time of the acceptance. */
  at: string;
  errors: number;
  warnings: number;
  /** What was accepted: returnFingerprint of the reporting sheets then (absent in records written before it was kept). */
  fingerprint?: string;
}

export function reviewRecord(check: WorkbookCheck, now: Date, sheets: readonly ReturnSheet[]): ReviewRecord {
  return { status: 'accepted', verdict: check.verdict, at: now.toISOString(), errors: check.errors.length, warnings: check.warnings.length, fingerprint: returnFingerprint(sheets) };
}

export function reviewRecordOf(value: SettingValue): ReviewRecord | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { status, verdict, at, errors, warnings, fingerprint } = value;
  if (status !== 'accepted' || typeof verdict !== 'string' || typeof at !== 'string' || typeof errors !== 'number' || typeof warnings !== 'number') return null;
  return { status, verdict, at, errors, warnings, ...(typeof fingerprint === 'string' ? { fingerprint } : {}) };
}

/**
 * What a person typed into the reporting sheets, as one short text: each sheet's metadata, and every entry's address,
 * value and formula (notes left out: the reviewer's own marks go there). Not a seal — anyone can recompute it — but it
 * tells a record of acceptance from a workbook changed since (a value typed after it was accepted).
 */
export function returnFingerprint(sheets: readonly ReturnSheet[]): string {
  const entry = (cell: EnteredCell) => [cell.address, cell.value, cell.formula ?? null];
  const text = JSON.stringify(sheets.map((sheet) => [
    sheet.sheet, sheet.metadata,
    sheet.rows.map((row) => [row.indicatorId, Object.entries(row.actuals).map(([year, cell]) => [year, ...entry(cell)]), entry(row.explanation)]),
    (sheet.footer ?? []).map((foot) => [foot.label, ...entry(foot.entry)]),
  ]));
  // FNV-1a, 32 bits, over the UTF-16 units: the record stays short, and a change anywhere changes it.
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return `${text.length.toString(36)}-${hash.toString(36)}`;
}

/** Whether `record` is of the workbook as its sheets now are. */
export function recordHolds(record: ReviewRecord, sheets: readonly ReturnSheet[]): boolean {
  return record.fingerprint !== undefined && record.fingerprint === returnFingerprint(sheets);
}
