/**
 * The findings report (校验结果): the verdict on top, a summary per rule, then one row per finding with a
 * link to its cell. Errors red, warnings amber, in the product's colours.
 */
import { anchorA1, FINDINGS, placeA1, type SheetRef } from '../form';
import { AMBER, BODY_SIZE, FONT, GREEN, type LayoutValue, makeStyle, RED, SheetBuilder, type SheetLayout, sheetStyles, textValue } from '../layout';
import { printedTableLayout } from '../documents';
import { verdictOf, type Verdict } from '../checks';
import { renderFinding, type Locale, type MessageCode, type MessageParams } from '../i18n';

export type FindingSeverity = 'error' | 'warning';

/** What the report needs of a finding (the checks module's Finding has these fields). */
export interface ReportedFinding {
  sheet: string;
  /** The cell or row, or null for the sheet as a whole. */
  ref: SheetRef | null;
  indicatorId: string | null;
  ruleId: string;
  severity: FindingSeverity;
  /** The message code and its params, worded in the report's locale. */
  code: MessageCode;
  params: MessageParams;
  value: string | number | null;
  expected: string | number | null;
  explained: boolean;
  explanation: string | null;
}

export interface FindingsReportInput {
  findings: readonly ReportedFinding[];
  /** Names shown instead of ids, when known. */
  indicatorNames?: Readonly<Record<string, string>>;
  ruleNames?: Readonly<Record<string, string>>;
  /** The checks' own verdict; computed from the findings when absent. */
  verdict?: Verdict;
  /** The language of the messages (default zh-CN); the sheet's labels are the Chinese form's whatever it is. */
  locale?: Locale;
}

/** The verdict of a list of findings, by the checks' one policy. */
function verdictOfFindings(findings: readonly ReportedFinding[]): Verdict {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const unexplainedWarnings = findings.filter((f) => f.severity === 'warning' && !f.explained).length;
  return verdictOf({ errors, warnings, unexplainedWarnings });
}

const COLUMNS = 10;
const COL = { seq: 0, severity: 1, sheet: 2, cell: 3, indicator: 4, rule: 5, message: 6, value: 7, expected: 8, explained: 9 } as const;

function findingsStyles() {
  const base = sheetStyles(FONT.form);
  const swatch = (fill: string, font: string) => makeStyle({ fill, font: { color: font }, alignment: { horizontal: 'center' } }, base.text);
  return {
    ...base,
    error: swatch(RED.fill, RED.font),
    warning: swatch(AMBER.fill, AMBER.font),
    accepted: makeStyle({ font: { name: FONT.heading, size: 14 } }, swatch(GREEN.fill, GREEN.font)),
    accepted_with_explanations: makeStyle({ font: { name: FONT.heading, size: 14 } }, swatch(AMBER.fill, AMBER.font)),
    rejected: makeStyle({ font: { name: FONT.heading, size: 14 } }, swatch(RED.fill, RED.font)),
  };
}

/** The cell a finding links to: its own, or the first cell of its row ('7:7' → A7). */
function linkValue(finding: ReportedFinding): LayoutValue {
  if (finding.ref === null) return textValue('');
  return { kind: 'link', text: placeA1(finding.ref), target: { sheet: finding.sheet, cell: anchorA1(finding.ref) } };
}

const shown = (value: string | number | null) => (value === null ? '' : String(value));

export function findingsReportLayout(input: FindingsReportInput): SheetLayout {
  const styles = findingsStyles();
  const sheet = new SheetBuilder(styles);
  const { findings } = input;
  const verdict = input.verdict ?? verdictOfFindings(findings);
  const ruleName = (id: string) => input.ruleNames?.[id] ?? id;
  const last = COLUMNS - 1;

  sheet.text(0, 0, FINDINGS.title, 'title');
  sheet.merge({ top: 0, left: 0, bottom: 0, right: last });
  sheet.text(1, 0, FINDINGS.verdictLabel, 'frameRight');
  sheet.merge({ top: 1, left: 0, bottom: 1, right: 1 });
  sheet.text(1, 2, FINDINGS.verdict[verdict], verdict);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const explained = findings.filter((f) => f.severity === 'warning' && f.explained).length;
  sheet.text(2, 0, FINDINGS.counts(errors, warnings, explained), 'frame');
  sheet.merge({ top: 2, left: 0, bottom: 2, right: last });

  // Summary per rule, errors first.
  let row = 4;
  const h = FINDINGS.summaryHeader;
  const summaryCols = { seq: 0, severity: 1, rule: 2, ruleEnd: 4, count: 5, explained: 6 };
  sheet.text(row, summaryCols.seq, h.seq, 'header');
  sheet.text(row, summaryCols.severity, h.severity, 'header');
  sheet.text(row, summaryCols.rule, h.rule, 'header');
  sheet.merge({ top: row, left: summaryCols.rule, bottom: row, right: summaryCols.ruleEnd });
  sheet.text(row, summaryCols.count, h.count, 'header');
  sheet.text(row, summaryCols.explained, h.explained, 'header');
  const byRule = new Map<string, { severity: FindingSeverity; count: number; explained: number }>();
  for (const finding of findings) {
    const entry = byRule.get(finding.ruleId) ?? { severity: finding.severity, count: 0, explained: 0 };
    if (finding.severity === 'error') entry.severity = 'error';
    entry.count += 1;
    if (finding.explained) entry.explained += 1;
    byRule.set(finding.ruleId, entry);
  }
  const rules = [...byRule.entries()].sort(([, a], [, b]) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  rules.forEach(([ruleId, entry], i) => {
    row += 1;
    sheet.set(row, summaryCols.seq, { kind: 'number', value: i + 1 }, 'center');
    sheet.text(row, summaryCols.severity, FINDINGS.severity[entry.severity], entry.severity);
    sheet.text(row, summaryCols.rule, ruleName(ruleId), 'text');
    sheet.merge({ top: row, left: summaryCols.rule, bottom: row, right: summaryCols.ruleEnd });
    sheet.set(row, summaryCols.count, { kind: 'number', value: entry.count }, 'center');
    sheet.set(row, summaryCols.explained, { kind: 'number', value: entry.explained }, 'center');
  });

  // The findings, errors first, in the order the checks gave them otherwise.
  row += 2;
  const headerRow = row;
  FINDINGS.header.forEach((text, col) => sheet.text(headerRow, col, text, 'header'));
  const ordered = [...findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  if (ordered.length === 0) {
    sheet.text(headerRow + 1, 0, FINDINGS.none, 'text');
    sheet.merge({ top: headerRow + 1, left: 0, bottom: headerRow + 1, right: last });
  }
  ordered.forEach((finding, i) => {
    const r = headerRow + 1 + i;
    sheet.set(r, COL.seq, { kind: 'number', value: i + 1 }, 'center');
    sheet.text(r, COL.severity, FINDINGS.severity[finding.severity], finding.severity);
    sheet.text(r, COL.sheet, finding.sheet, 'center');
    sheet.set(r, COL.cell, linkValue(finding), 'link');
    const id = finding.indicatorId;
    sheet.text(r, COL.indicator, id === null ? '' : (input.indicatorNames?.[id] ?? id), 'text');
    sheet.text(r, COL.rule, ruleName(finding.ruleId), 'text');
    sheet.text(r, COL.message, renderFinding(finding, input.locale ?? 'zh-CN'), 'text');
    sheet.text(r, COL.value, shown(finding.value), 'center');
    sheet.text(r, COL.expected, shown(finding.expected), 'center');
    const answer = finding.explained ? (finding.explanation ?? FINDINGS.yes) : FINDINGS.no;
    sheet.text(r, COL.explained, answer, 'text');
  });
  const lastRow = headerRow + Math.max(1, ordered.length);

  const columns = sheet.fitColumns(COLUMNS, {
    [COL.seq]: { min: 6, max: 6 },
    [COL.severity]: { min: 10, max: 10 },
    [COL.sheet]: { min: 10, max: 16 },
    [COL.cell]: { min: 8, max: 12 },
    [COL.indicator]: { min: 16, max: 30 },
    [COL.rule]: { min: 12, max: 24 },
    [COL.message]: { min: 30, max: 50 },
    [COL.value]: { min: 8, max: 16 },
    [COL.expected]: { min: 8, max: 16 },
    [COL.explained]: { min: 8, max: 30 },
  });
  return printedTableLayout(sheet, {
    name: FINDINGS.sheetName, columns, bodySize: BODY_SIZE, frozen: null, orientation: 'landscape', headerRow, lastRow, lastCol: last,
  });
}
