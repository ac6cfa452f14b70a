/**
 * The review notes the task pane puts on a return's cells, as plain data: the findings grouped per sheet and cell,
 * the text of each cell's note, and how an earlier annotation is told from the user's own words in the same note.
 * One home for both ways of writing them: office-js in Excel (src/excel/annotate.ts) and the workbook held in
 * browser mode (src/xlsx/annotate/reviewNotes.ts), so a note written by one is replaced, not repeated, by the other.
 */
import type { Finding } from '../checks';
import { anchorA1, type SheetRef } from '../form';
import { renderFinding, translate, type Locale } from '../i18n';

const NOTE_HEADING_CODE = 'excel.note.heading';

/** The cell a finding is marked on: its cell, the first cell of its row (row 7 → 'A7'), or none. */
export function markedCell(ref: SheetRef | null): string | null {
  return ref === null ? null : anchorA1(ref);
}

export interface CellFindings {
  cell: string;
  findings: Finding[];
  /** Any error among them. */
  error: boolean;
}

/** Findings by sheet, then cell (in the order first met); findings without a cell are left out. */
export function groupFindings(findings: readonly Finding[]): Map<string, CellFindings[]> {
  const bySheet = new Map<string, Map<string, CellFindings>>();
  for (const finding of findings) {
    const cell = markedCell(finding.ref);
    if (cell === null) continue;
    const cells = bySheet.get(finding.sheet) ?? new Map<string, CellFindings>();
    bySheet.set(finding.sheet, cells);
    const entry = cells.get(cell) ?? { cell, findings: [], error: false };
    cells.set(cell, entry);
    entry.findings.push(finding);
    entry.error ||= finding.severity === 'error';
  }
  return new Map([...bySheet].map(([sheet, cells]) => [sheet, [...cells.values()]]));
}

export function noteText(entry: CellFindings, locale: Locale): string {
  return [translate(locale, NOTE_HEADING_CODE), ...entry.findings.map((finding) => `• ${renderFinding(finding, locale)}`)].join('\n');
}

const HEADINGS = (['zh-CN', 'en-US'] as const).map((locale) => translate(locale, NOTE_HEADING_CODE));

/** A note's text without an earlier annotation (everything from its heading on); '' when nothing else is left. */
export function withoutAnnotation(content: string): string {
  const starts = HEADINGS.map((heading) => content.indexOf(heading)).filter((index) => index >= 0);
  return starts.length === 0 ? content : content.slice(0, Math.min(...starts)).trimEnd();
}

export function hasAnnotation(content: string): boolean {
  return HEADINGS.some((heading) => content.includes(heading));
}

/** The note a cell gets: the user's own text kept above the annotation. */
export function mergedNote(existing: string, annotation: string): string {
  const own = withoutAnnotation(existing);
  return own === '' ? annotation : `${own}\n\n${annotation}`;
}
