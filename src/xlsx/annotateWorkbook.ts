/**
 * A copy of a return with every finding on its cell: a note (rule, message, value, expected, in the chosen
 * language) and a fill (red for errors, amber for warnings). Values, validations and protection stay as they
 * were; formulas and links become the values they show (annotate/valuesOnly.ts), so that nothing a return carries
 * runs on the reviewer's machine; the bytes passed in are not touched. A finding about a whole row goes on the row's name
 * cell, one about the whole sheet on its title cell (A1), so that nothing the checks found is left unseen; a flagged number
 * too wide for its column widens it, instead of printing as ### (annotate/shownWhole.ts).
 */
import type ExcelJS from 'exceljs';
import type { Finding, Severity } from '../core/checks';
import type { Locale } from '../core/i18n';
import { a1, type SheetRef } from '../core/form';
import { overrideConditionalFormats, fillCell } from './annotate/highlight';
import { cellNote } from './annotate/noteText';
import { keepValuesOnly } from './annotate/valuesOnly';
import { enteredCell } from './cellValue';
import { setSizedNote } from './annotate/sizedNote';
import { showNumberWhole } from './annotate/shownWhole';
import { DEFAULT_LIMITS, fileProblem, ReturnFileError } from './fileProblem';
import { guardWorkbookBytes } from './readReturnWorkbook';
import { loadWorkbook } from './loadWorkbook';
import { locateTable } from './read/locateTable';
import { ANNOTATED_KEYWORD } from './toolOutput';
import { readMetadataSheet } from './read/metadataSheet';

const SHEET_CELL = 'A1';

/** Where a finding's note goes: its cell, the name cell of a row, or A1. */
function targetOf(ref: SheetRef | null, nameCol: number): string {
  if (ref === null) return SHEET_CELL;
  return a1(ref.row, ref.column ?? nameCol);
}

function nameColumnOf(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet): number {
  const meta = readMetadataSheet(workbook);
  const block = meta.present ? meta.blocks.find((candidate) => candidate.ok && candidate.metadata.sheet === sheet.name) : undefined;
  const metadata = block?.ok === true ? block.metadata : null;
  const table = locateTable(sheet, { rowIds: metadata?.rowIds ?? [], reportingYear: metadata?.reportingYear ?? null });
  return table?.columns.name ?? 0;
}

/**
 * LibreOffice writes protection as sheet="true", which ExcelJS reads as no flag at all and would then write
 * back as no protection: the copy keeps the protection the original had (the reader's view, see
 * sheetObservations).
 */
function keepProtection(sheet: ExcelJS.Worksheet): void {
  const protection = (sheet as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection;
  if (protection !== null && protection !== undefined && protection.sheet !== true) protection.sheet = true;
}

function annotateSheet(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, findings: readonly Finding[], locale: Locale): void {
  const nameCol = nameColumnOf(workbook, sheet);
  const byCell = new Map<string, Finding[]>();
  for (const finding of findings) {
    const address = targetOf(finding.ref, nameCol);
    byCell.set(address, [...(byCell.get(address) ?? []), finding]);
  }
  const flagged: Record<Severity, string[]> = { error: [], warning: [] };
  for (const [address, onCell] of byCell) {
    const cell = sheet.getCell(address);
    // A note already there (plain or formatted) is kept, ahead of the findings.
    setSizedNote(sheet, cell, cellNote(enteredCell(cell).note, onCell, locale));
    const severity: Severity = onCell.some((finding) => finding.severity === 'error') ? 'error' : 'warning';
    fillCell(cell, severity);
    showNumberWhole(sheet, cell);
    flagged[severity].push(address);
  }
  overrideConditionalFormats(sheet, flagged);
}

/** The annotated copy's bytes. Throws ReturnFileError when the bytes are no readable workbook. */
export async function annotateWorkbook(bytes: Uint8Array, findings: Finding[], locale: 'zh-CN' | 'en-US'): Promise<Uint8Array> {
  const problem = await guardWorkbookBytes(bytes, DEFAULT_LIMITS);
  if (problem !== null) throw new ReturnFileError(problem);
  const loaded = await loadWorkbook(bytes);
  if (!loaded.ok) throw new ReturnFileError(fileProblem('file.corrupt', `ExcelJS: ${loaded.detail}`));
  loaded.workbook.worksheets.forEach(keepProtection);
  keepValuesOnly(loaded.workbook);
  // Marked as a copy: sent back as the return, it is refused as one (toolOutput.ts, decision 0279).
  loaded.workbook.keywords = [loaded.workbook.keywords, ANNOTATED_KEYWORD].filter((word) => word !== undefined && word !== '').join(' ');
  const bySheet = new Map<string, Finding[]>();
  for (const finding of findings) bySheet.set(finding.sheet, [...(bySheet.get(finding.sheet) ?? []), finding]);
  for (const [name, onSheet] of bySheet) {
    const sheet = loaded.workbook.getWorksheet(name);
    if (sheet !== undefined) annotateSheet(loaded.workbook, sheet, onSheet, locale);
  }
  return new Uint8Array(await loaded.workbook.xlsx.writeBuffer());
}
