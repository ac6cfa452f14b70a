/**
 * The wording of a note on an offending cell: the rule and severity, the finding's message, the value as
 * found and what was expected, all in the reviewer's language. Several findings on one cell share a note.
 */
import type { Finding } from '../../core/checks';
import { isMessageCode, renderFinding, translate, type Locale, type MessageCode } from '../../core/i18n';

function ruleName(ruleId: string, locale: Locale): string {
  const code = `rule.${ruleId}`;
  // A rule the tables do not name (a caller's own rule) is shown by its id.
  return isMessageCode(code) ? translate(locale, code) : ruleId;
}

function headingCode(finding: Finding): MessageCode {
  if (finding.severity === 'error') return 'annotate.error';
  return finding.explained ? 'annotate.warning_explained' : 'annotate.warning';
}

export function findingNote(finding: Finding, locale: Locale): string {
  const lines = [
    translate(locale, headingCode(finding), { rule: ruleName(finding.ruleId, locale) }),
    renderFinding(finding, locale),
  ];
  if (finding.value !== null) lines.push(translate(locale, 'annotate.value', { value: finding.value }));
  if (finding.expected !== null) lines.push(translate(locale, 'annotate.expected', { expected: finding.expected }));
  return lines.join('\n');
}

/** The note of a cell: what was there before, then each finding, errors first. */
export function cellNote(existing: string | undefined, findings: readonly Finding[], locale: Locale): string {
  const ordered = [...findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  const parts = ordered.map((finding) => findingNote(finding, locale));
  return [...(existing === undefined || existing === '' ? [] : [existing]), ...parts].join('\n\n');
}
