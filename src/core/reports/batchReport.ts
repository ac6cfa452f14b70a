/**
 * The report of a batch check (plan-indicators check --report): a summary per file with its verdict, a summary per
 * rule, and every finding with a link into the return it came from. Errors red, warnings amber.
 */
import { anchorA1, BATCH, FINDINGS, placeA1 } from '../form';
import type { Verdict } from '../checks';
import type { ReportedFinding } from './findingsReport';
import { renderFinding, type Locale } from '../i18n';
import { AMBER, BODY_SIZE, FONT, GREEN, type LayoutValue, makeStyle, RED, SheetBuilder, type SheetLayout, sheetStyles, textValue } from '../layout';
import { printedTableLayout } from '../documents';
import { inRegionOrder } from '../regions';

export interface BatchFileResult {
  /** Path of the return relative to the report, used in links. */
  file: string;
  /** Null when the file could not be read; then `problem` says why. */
  verdict: Verdict | null;
  problem: string | null;
  region: string | null;
  reportingYear: number | null;
  plans: string[];
  findings: readonly ReportedFinding[];
}

export interface BatchReportInput {
  files: readonly BatchFileResult[];
  ruleNames?: Readonly<Record<string, string>>;
  indicatorNames?: Readonly<Record<string, string>>;
  /** The language of the messages (default zh-CN); the sheets' labels are the Chinese form's whatever it is. */
  locale?: Locale;
  /** Lines said of the batch as a whole, worded (a county's return given twice…): under the files' table. */
  notes?: readonly string[];
}

function batchStyles() {
  const base = sheetStyles(FONT.form);
  return {
    ...base,
    error: makeStyle({ fill: RED.fill, font: { color: RED.font }, alignment: { horizontal: 'center' } }, base.text),
    warning: makeStyle({ fill: AMBER.fill, font: { color: AMBER.font }, alignment: { horizontal: 'center' } }, base.text),
    accepted: makeStyle({ fill: GREEN.fill, font: { color: GREEN.font }, alignment: { horizontal: 'center' } }, base.text),
    accepted_with_explanations: makeStyle({ fill: GREEN.fill, font: { color: GREEN.font }, alignment: { horizontal: 'center' } }, base.text),
    rejected: makeStyle({ fill: RED.fill, font: { color: RED.font }, alignment: { horizontal: 'center' } }, base.text),
    unreadable: makeStyle({ fill: RED.fill, font: { color: RED.font }, alignment: { horizontal: 'center' } }, base.text),
  };
}

type Styles = ReturnType<typeof batchStyles>;

/**
 * The file as a link target, or null when it could leave the folder of relative links: Excel reads a backslash as a
 * path separator ('\\\\host\\share' and a name holding '\\' become network paths), ':' starts a drive or a URL
 * (file://host), and a leading '/' is absolute.
 */
function relativeLinkTarget(file: string): string | null {
  if (file === '' || /[\\:]/u.test(file) || file.startsWith('/')) return null;
  return file;
}

function linkInto(file: string, finding: ReportedFinding): LayoutValue {
  if (finding.ref === null) return textValue('');
  if (relativeLinkTarget(file) === null) return textValue(placeA1(finding.ref));
  return { kind: 'link', text: placeA1(finding.ref), target: { file, sheet: finding.sheet, cell: anchorA1(finding.ref) } };
}

function sheetOf(name: string, sheet: SheetBuilder, columnCount: number, headerRow: number, lastRow: number,
  fits: Parameters<SheetBuilder['fitColumns']>[1]): SheetLayout {
  const columns = sheet.fitColumns(columnCount, fits);
  return printedTableLayout(sheet, {
    name, columns, bodySize: BODY_SIZE, frozen: { rows: headerRow + 1, cols: 0 }, orientation: 'landscape', headerRow, lastRow, lastCol: columnCount - 1,
  });
}

function filesSheet(input: BatchReportInput, styles: Styles): SheetLayout {
  const sheet = new SheetBuilder(styles);
  const header = BATCH.filesHeader;
  sheet.text(0, 0, BATCH.title, 'title');
  sheet.merge({ top: 0, left: 0, bottom: 0, right: header.length - 1 });
  const counts = { accepted: 0, accepted_with_explanations: 0, rejected: 0, unreadable: 0 };
  for (const file of input.files) counts[file.verdict ?? 'unreadable'] += 1;
  sheet.text(1, 0, BATCH.counts(input.files.length, counts), 'frame');
  sheet.merge({ top: 1, left: 0, bottom: 1, right: header.length - 1 });
  const headerRow = 3;
  header.forEach((text, col) => sheet.text(headerRow, col, text, 'header'));
  input.files.forEach((file, i) => {
    const r = headerRow + 1 + i;
    const errors = file.findings.filter((f) => f.severity === 'error').length;
    const warnings = file.findings.length - errors;
    const unexplained = file.findings.filter((f) => f.severity === 'warning' && !f.explained).length;
    const verdictStyle = file.verdict ?? 'unreadable';
    sheet.set(r, 0, { kind: 'number', value: i + 1 }, 'center');
    const target = relativeLinkTarget(file.file);
    if (target === null) sheet.text(r, 1, file.file, 'text');
    else sheet.set(r, 1, { kind: 'link', text: file.file, target: { file: target, sheet: BATCH.firstSheetGuess, cell: 'A1' } }, 'link');
    sheet.text(r, 2, file.region ?? '', 'text');
    sheet.text(r, 3, file.reportingYear === null ? '' : String(file.reportingYear), 'center');
    sheet.text(r, 4, file.plans.join('\n'), 'text');
    sheet.text(r, 5, file.verdict === null ? BATCH.unreadable : FINDINGS.verdict[file.verdict], verdictStyle);
    sheet.set(r, 6, { kind: 'number', value: errors }, 'center');
    sheet.set(r, 7, { kind: 'number', value: warnings }, 'center');
    sheet.set(r, 8, { kind: 'number', value: unexplained }, 'center');
    sheet.text(r, 9, file.problem ?? '', 'text');
  });
  const tableEnd = headerRow + Math.max(1, input.files.length);
  // What the command printed under its summary travels with the printed report (decision 0268).
  (input.notes ?? []).forEach((note, i) => {
    const r = tableEnd + 2 + i;
    sheet.text(r, 0, note, 'note');
    sheet.merge({ top: r, left: 0, bottom: r, right: header.length - 1 });
  });
  const lastRow = tableEnd + ((input.notes ?? []).length === 0 ? 0 : 1 + (input.notes ?? []).length);
  return sheetOf(BATCH.filesSheet, sheet, header.length, headerRow, lastRow, {
    0: { min: 6, max: 6 }, 1: { min: 16, max: 40 }, 2: { min: 12, max: 20 }, 3: { min: 8, max: 8 }, 4: { min: 20, max: 40 },
    5: { min: 12, max: 12 }, 6: { min: 8, max: 8 }, 7: { min: 8, max: 8 }, 8: { min: 12, max: 12 }, 9: { min: 20, max: 50 },
  });
}

function rulesSheet(input: BatchReportInput, styles: Styles): SheetLayout {
  const sheet = new SheetBuilder(styles);
  const header = BATCH.rulesHeader;
  header.forEach((text, col) => sheet.text(0, col, text, 'header'));
  const byRule = new Map<string, { errors: number; warnings: number; explained: number; files: Set<string> }>();
  for (const file of input.files) {
    for (const finding of file.findings) {
      const entry = byRule.get(finding.ruleId) ?? { errors: 0, warnings: 0, explained: 0, files: new Set<string>() };
      if (finding.severity === 'error') entry.errors += 1;
      else entry.warnings += 1;
      if (finding.explained) entry.explained += 1;
      entry.files.add(file.file);
      byRule.set(finding.ruleId, entry);
    }
  }
  const rules = [...byRule.entries()].sort(([, a], [, b]) => b.errors - a.errors || b.warnings - a.warnings);
  rules.forEach(([ruleId, entry], i) => {
    const r = 1 + i;
    sheet.set(r, 0, { kind: 'number', value: i + 1 }, 'center');
    sheet.text(r, 1, input.ruleNames?.[ruleId] ?? ruleId, 'text');
    sheet.set(r, 2, { kind: 'number', value: entry.errors }, entry.errors > 0 ? 'error' : 'center');
    sheet.set(r, 3, { kind: 'number', value: entry.warnings }, entry.warnings > 0 ? 'warning' : 'center');
    sheet.set(r, 4, { kind: 'number', value: entry.explained }, 'center');
    sheet.set(r, 5, { kind: 'number', value: entry.files.size }, 'center');
  });
  if (rules.length === 0) sheet.text(1, 0, FINDINGS.none, 'text');
  return sheetOf(BATCH.rulesSheet, sheet, header.length, 0, Math.max(1, rules.length), {
    0: { min: 6, max: 6 }, 1: { min: 20, max: 40 }, 2: { min: 8, max: 8 }, 3: { min: 8, max: 8 }, 4: { min: 8, max: 8 }, 5: { min: 12, max: 12 },
  });
}

function findingsSheet(input: BatchReportInput, styles: Styles): SheetLayout {
  const sheet = new SheetBuilder(styles);
  const header = BATCH.findingsHeader;
  header.forEach((text, col) => sheet.text(0, col, text, 'header'));
  let r = 0;
  for (const file of input.files) {
    const ordered = [...file.findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
    for (const finding of ordered) {
      r += 1;
      sheet.set(r, 0, { kind: 'number', value: r }, 'center');
      sheet.text(r, 1, file.file, 'text');
      sheet.text(r, 2, finding.sheet, 'center');
      sheet.set(r, 3, linkInto(file.file, finding), 'link');
      sheet.text(r, 4, FINDINGS.severity[finding.severity], finding.severity);
      const id = finding.indicatorId;
      sheet.text(r, 5, id === null ? '' : (input.indicatorNames?.[id] ?? id), 'text');
      sheet.text(r, 6, input.ruleNames?.[finding.ruleId] ?? finding.ruleId, 'text');
      sheet.text(r, 7, renderFinding(finding, input.locale ?? 'zh-CN'), 'text');
      sheet.text(r, 8, finding.value === null ? '' : String(finding.value), 'center');
      sheet.text(r, 9, finding.expected === null ? '' : String(finding.expected), 'center');
      sheet.text(r, 10, finding.explained ? (finding.explanation ?? FINDINGS.yes) : FINDINGS.no, 'text');
    }
  }
  if (r === 0) sheet.text(1, 0, FINDINGS.none, 'text');
  return sheetOf(BATCH.findingsSheet, sheet, header.length, 0, Math.max(1, r), {
    0: { min: 6, max: 7 }, 1: { min: 14, max: 30 }, 2: { min: 10, max: 16 }, 3: { min: 8, max: 10 }, 4: { min: 10, max: 10 },
    5: { min: 16, max: 30 }, 6: { min: 12, max: 20 }, 7: { min: 30, max: 60 }, 8: { min: 8, max: 14 }, 9: { min: 8, max: 14 }, 10: { min: 8, max: 30 },
  });
}

/** The three sheets of a batch report: files with verdicts, rules, findings with links into the returns. */
export function batchReportLayouts(input: BatchReportInput): SheetLayout[] {
  const styles = batchStyles();
  const ordered = { ...input, files: inRegionOrder(input.files, (file) => file.region) };
  return [filesSheet(ordered, styles), rulesSheet(ordered, styles), findingsSheet(ordered, styles)];
}
