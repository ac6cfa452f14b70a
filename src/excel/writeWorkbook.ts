/**
 * A WorkbookLayout into the open workbook, so that nothing already there is lost if anything fails:
 * 1. the sheets there and workbook protection, then the existing "_meta" when there is one;
 * 2. every sheet (and the new "_meta") written into NEW worksheets under temporary names, in as few requests
 *    as the 5 MB limit allows (one for a thousand indicators);
 * 3. one commit: protect, hide, delete the sheets replaced, give the new ones their names.
 * A failure before the commit deletes the temporary sheets and leaves the workbook as it was; a failure in the
 * commit finishes what can be finished without losing a sheet (see `recover`).
 */
import { metadataBlocks, withKeptBlocks, type WorkbookLayout } from '../core/layout';
import { ExcelAdapterError } from './errors';
import { chunkBytes, chunkSteps, REQUEST_LIMIT_BYTES, writeStep, type WriteStep } from './requestBudget';
import { hostSupport, requirementStatus, type RequirementCode, type RequirementStatus, type SupportCheck } from './requirements';
import { protectionOptions, sheetSteps, type SheetFeatures } from './sheetSteps';
import { SyncCounter } from './syncCounter';

export interface WriteOptions {
  /**
   * Sheets the new ones replace: deleted once everything is written. A sheet to write whose name is taken by a
   * sheet not listed here is refused (excel.sheet_exists) before anything is written.
   */
  replaceSheets?: string[];
  /** Which requirement sets the host has; default Office.context.requirements. */
  isSupported?: SupportCheck;
  /** Cut requests at this many bytes (estimated); default 4 MB. */
  requestLimitBytes?: number;
}

export interface WriteReport {
  /** The sheets written, by their final names, in order (the metadata sheet last). */
  sheets: string[];
  /** Sheets deleted because new ones replace them. */
  replaced: string[];
  /** context.sync() calls made. */
  syncs: number;
  /** Estimated size of each write request, in bytes. */
  requestBytes: number[];
  largestRequestBytes: number;
  /** What these sheets would carry that this host cannot (message codes, src/core/i18n). */
  skipped: RequirementCode[];
}

interface Target {
  /** The name the sheet gets at the commit. */
  name: string;
  temporary: string;
  proxy: Excel.Worksheet;
  visibility: 'visible' | 'hidden' | 'veryHidden';
  protection: Excel.WorksheetProtectionOptions | null;
  password: string | null;
}

const VISIBILITY = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;

function featuresOf(status: RequirementStatus): SheetFeatures {
  return { indent: status.printSetup, printSetup: status.printSetup, cellNotes: status.notes ? 'notes' : status.comments ? 'comments' : 'none' };
}

function skippedBy(layout: WorkbookLayout, status: RequirementStatus): RequirementCode[] {
  const sheets = [...layout.sheets, layout.metadata];
  const skipped: RequirementCode[] = [];
  const usesIndent = sheets.some((sheet) => sheet.cells.some((cell) => (sheet.styles[cell.style]?.alignment.indent ?? 0) > 0));
  if (!status.printSetup && (usesIndent || sheets.some((sheet) => sheet.print !== null))) skipped.push('excel.requirement.print_setup');
  if (!status.notes && !status.comments && sheets.some((sheet) => sheet.cells.some((cell) => cell.note !== undefined))) skipped.push('excel.requirement.comments');
  return skipped;
}

/** Names no sheet has: "~tmp<time><n>", well under Excel's 31 characters. */
function temporaryNames(count: number, taken: ReadonlySet<string>): string[] {
  const stamp = Date.now().toString(36);
  const names: string[] = [];
  for (let n = 0; names.length < count; n++) {
    const name = `~tmp${stamp}${n}`;
    if (!taken.has(name.toLowerCase())) names.push(name);
  }
  return names;
}

/** Temporary sheets that exist get their final names when those are free, and are deleted otherwise. */
async function recover(context: Excel.RequestContext, counter: SyncCounter, targets: readonly Target[], forward: boolean): Promise<void> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await counter.sync(context);
  const present = new Set(sheets.items.map((sheet) => sheet.name.toLowerCase()));
  for (const target of targets) {
    if (!present.has(target.temporary.toLowerCase())) continue;
    const sheet = sheets.getItem(target.temporary);
    if (forward && !present.has(target.name.toLowerCase())) sheet.name = target.name;
    else sheet.delete();
  }
  await counter.sync(context);
}

export async function writeWorkbookLayout(
  context: Excel.RequestContext,
  layout: WorkbookLayout,
  options: WriteOptions = {},
): Promise<WriteReport> {
  const status = requirementStatus(options.isSupported ?? hostSupport());
  if (!status.canWriteSheets) throw new ExcelAdapterError('excel.unsupported_host');
  const counter = new SyncCounter();
  const sheets = context.workbook.worksheets;

  // 1. What is there; then, when there is one, the existing "_meta" (never read through a null object).
  sheets.load('items/name,items/position,items/visibility');
  const workbookProtection = context.workbook.protection;
  workbookProtection.load('protected');
  await counter.sync(context);
  if (workbookProtection.protected) throw new ExcelAdapterError('excel.workbook_protected');

  const existing = new Map(sheets.items.map((sheet) => [sheet.name.toLowerCase(), sheet]));
  const oldMetaSheet = existing.get(layout.metadata.name.toLowerCase());
  let oldMetaRows: unknown[][] = [];
  if (oldMetaSheet !== undefined) {
    const used = oldMetaSheet.getUsedRangeOrNullObject(true);
    used.load('values');
    await counter.sync(context);
    oldMetaRows = used.isNullObject ? [] : used.values;
  }
  const replace = new Set((options.replaceSheets ?? []).map((name) => name.toLowerCase()).filter((name) => existing.has(name)));
  const writing = new Set(layout.sheets.map((sheet) => sheet.name.toLowerCase()));
  const conflicts = layout.sheets.filter((sheet) => existing.has(sheet.name.toLowerCase()) && !replace.has(sheet.name.toLowerCase()));
  if (conflicts.length > 0) throw new ExcelAdapterError('excel.sheet_exists', { sheets: conflicts.map((sheet) => sheet.name).join('”“') });

  const keptBlocks = metadataBlocks(oldMetaRows).filter((block) => {
    const name = block.sheet?.toLowerCase();
    return name !== undefined && existing.has(name) && !replace.has(name) && !writing.has(name);
  });
  const metadata = withKeptBlocks(layout.metadata, keptBlocks);

  // 2. Everything into new sheets.
  const features = featuresOf(status);
  const toWrite = [...layout.sheets, metadata];
  const temporary = temporaryNames(toWrite.length, new Set(existing.keys()));
  const targets: Target[] = [];
  const steps: WriteStep[] = [];
  toWrite.forEach((sheetLayout, i) => {
    const name = temporary[i] as string;
    // Added at once (the first request carries the additions); a sheet that ends hidden is hidden from the start.
    const proxy = sheets.add(name);
    if (sheetLayout.visibility !== 'visible') proxy.visibility = 'Hidden';
    steps.push(writeStep(() => undefined, 2, name));
    steps.push(...sheetSteps(proxy, sheetLayout, features));
    targets.push({
      name: sheetLayout.name,
      temporary: name,
      proxy,
      visibility: sheetLayout.visibility,
      protection: protectionOptions(sheetLayout),
      password: sheetLayout.protection?.password ?? null,
    });
  });
  const requestBytes: number[] = [];
  try {
    for (const chunk of chunkSteps(steps, options.requestLimitBytes ?? REQUEST_LIMIT_BYTES)) {
      for (const step of chunk) step.run();
      requestBytes.push(chunkBytes(chunk));
      await counter.sync(context);
    }
  } catch (error) {
    await recover(context, counter, targets, false).catch(() => undefined);
    throw error;
  }

  // 3. Commit: the new sheets take the place and names of the old ones.
  const deleted = [...replace].map((name) => existing.get(name)).filter((sheet): sheet is Excel.Worksheet => sheet !== undefined);
  try {
    for (const target of targets) {
      if (target.protection === null) continue;
      if (target.password === null) target.proxy.protection.protect(target.protection);
      else target.proxy.protection.protect(target.protection, target.password);
    }
    // Each new sheet moves to where the sheet it replaces is; every move shifts the later sheets by one.
    const moves = targets.flatMap((target) => {
      const old = replace.has(target.name.toLowerCase()) ? existing.get(target.name.toLowerCase()) : undefined;
      return old === undefined ? [] : [{ target, position: old.position }];
    }).sort((a, b) => a.position - b.position);
    moves.forEach(({ target, position }, shift) => {
      target.proxy.position = position + shift;
    });
    for (const old of oldMetaSheet === undefined ? deleted : [...deleted.filter((sheet) => sheet !== oldMetaSheet), oldMetaSheet]) {
      // A very hidden sheet is made merely hidden first: Excel refuses to delete a very hidden sheet.
      if (old.visibility === 'VeryHidden') old.visibility = 'Hidden';
      old.delete();
    }
    for (const target of targets) {
      target.proxy.name = target.name;
      if (target.visibility !== 'visible') target.proxy.visibility = VISIBILITY[target.visibility];
    }
    targets.find((target) => target.visibility === 'visible')?.proxy.activate();
    await counter.sync(context);
  } catch (error) {
    await recover(context, counter, targets, true).catch(() => undefined);
    throw error;
  }

  return {
    sheets: targets.map((target) => target.name),
    replaced: deleted.filter((sheet) => sheet !== oldMetaSheet).map((sheet) => sheet.name),
    syncs: counter.count,
    requestBytes,
    largestRequestBytes: Math.max(0, ...requestBytes),
    skipped: skippedBy(layout, status),
  };
}
