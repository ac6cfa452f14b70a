/**
 * The reviewer's summary to send back with a return: which return, the verdict, the counts, then every finding
 * with its cell, in the pane's language, as plain text to paste into a message.
 */
import type { Locale } from '../../core/i18n';
import { renderFinding, translate, type MessageCode } from '../../core/i18n';
import type { SettingValue } from '../ports/workbookPort';
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
}

export function reviewRecord(check: WorkbookCheck, now: Date): ReviewRecord {
  return { status: 'accepted', verdict: check.verdict, at: now.toISOString(), errors: check.errors.length, warnings: check.warnings.length };
}

export function reviewRecordOf(value: SettingValue): ReviewRecord | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { status, verdict, at, errors, warnings } = value;
  if (status !== 'accepted' || typeof verdict !== 'string' || typeof at !== 'string' || typeof errors !== 'number' || typeof warnings !== 'number') return null;
  return { status, verdict, at, errors, warnings };
}
