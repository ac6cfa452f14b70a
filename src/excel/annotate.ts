/**
 * Findings marked on the cells they concern, for a reviewer reading the sheet itself: a note (ExcelApi 1.18),
 * else a threaded comment (1.10), else a coloured cell. Running it again replaces the earlier annotation (the
 * user's own note text is kept) and removes it from cells that no longer have a finding, on every sheet that
 * has one (a sheet whose findings were all corrected too). Three round trips whatever the number of findings: what is there, where it is, the writes.
 *
 * Reporting sheets are protected without a password: the sheets are unprotected before any write and protected
 * again with the options they had. A sheet that refuses (a password added by the county) stops the batch before
 * anything is written: the sheets already unprotected are protected again and the refusal names the sheet, so a
 * reviewer never gets some sheets marked and others not (excel.sheet_locked). Colours in the table come from conditional formats, which win over a cell's
 * own fill, so the colour-only mark is a thick border in the finding's colour as well (conditional formats here
 * set no borders); what the cell had is kept in Workbook.settings and put back next time.
 */
import type { Finding } from '../core/checks';
import type { Locale } from '../core/i18n';
import { NOT_A_NUMBER, STATUS_SWATCH } from '../core/layout';
import { ExcelAdapterError } from './errors';
import { groupFindings, hasAnnotation, mergedNote, noteText, withoutAnnotation, type CellFindings } from '../core/reports';
import { splitAddress } from './annotationText';
import { hostSupport, requirementStatus, type AnnotationMode, type SupportCheck } from './requirements';
import type { SettingValue } from './settings';
import { SyncCounter } from './syncCounter';

export const ANNOTATION_SETTING = 'planIndicators.annotatedCells';

const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;
type Edge = (typeof EDGES)[number];

interface BorderLook {
  style: string;
  color: string;
  weight: string;
}

/** What a cell looked like before it was coloured, kept to put it back. */
interface CellLook {
  cell: string;
  fill: string | null;
  borders: Partial<Record<Edge, BorderLook>>;
}

/** Looks kept per sheet, in Workbook.settings. */
type KeptLooks = Record<string, CellLook[]>;

export interface AnnotateOptions {
  /** Sheets to refresh even when no finding names them (their earlier annotations are removed). */
  sheets?: string[];
  isSupported?: SupportCheck;
}

export interface AnnotationReport {
  mode: AnnotationMode;
  /** Cells annotated. */
  cells: number;
  syncs: number;
}

type Item = Excel.Note | Excel.Comment;

function itemsOf(context: Excel.RequestContext, mode: AnnotationMode): Excel.NoteCollection | Excel.CommentCollection | null {
  if (mode === 'notes') return context.workbook.notes;
  if (mode === 'comments') return context.workbook.comments;
  return null;
}

function swatch(entry: CellFindings) {
  return entry.error ? NOT_A_NUMBER : STATUS_SWATCH.behind;
}

function asRecord(value: unknown): KeptLooks {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as KeptLooks) : {};
}

export async function annotateFindings(
  context: Excel.RequestContext,
  findings: readonly Finding[],
  locale: Locale,
  options: AnnotateOptions = {},
): Promise<AnnotationReport> {
  const mode = requirementStatus(options.isSupported ?? hostSupport()).annotation;
  const counter = new SyncCounter();
  const grouped = groupFindings(findings);
  const worksheets = context.workbook.worksheets;

  // 1. What is there: sheets, existing notes or comments, the looks kept by an earlier colour-only run.
  worksheets.load('items/name');
  const items = itemsOf(context, mode);
  items?.load('items/content');
  const kept = mode === 'fill' ? context.workbook.settings.getItemOrNullObject(ANNOTATION_SETTING) : null;
  kept?.load('value');
  await counter.sync(context);

  const present = new Map(worksheets.items.map((sheet) => [sheet.name, sheet]));
  const record = kept === null || kept.isNullObject ? {} : asRecord(kept.value);
  const scope = [...new Set([...grouped.keys(), ...(options.sheets ?? []), ...Object.keys(record)])].filter((name) => present.has(name));

  // 2. Where: protection of each sheet, the cell of each note, the look of each cell to colour. An earlier annotation
  // may be on any sheet (a sheet with no finding left): then every sheet's protection is read.
  const earlier = (items?.items ?? []).some((item: Item) => hasAnnotation(item.content));
  const protections = new Map((earlier ? [...present.keys()] : scope).map((name) => {
    const protection = (present.get(name) as Excel.Worksheet).protection;
    protection.load('protected,options');
    return [name, protection];
  }));
  const annotated: Array<{ item: Item; location: Excel.Range }> = (items?.items ?? []).map((item: Item) => {
    const location = item.getLocation();
    location.load('address');
    return { item, location };
  });
  const looks = new Map<string, { fill: Excel.RangeFill; borders: Map<Edge, Excel.RangeBorder> }>();
  if (mode === 'fill') {
    for (const sheet of scope) {
      for (const entry of grouped.get(sheet) ?? []) {
        const format = (present.get(sheet) as Excel.Worksheet).getRange(entry.cell).format;
        format.fill.load('color');
        const borders = new Map(EDGES.map((edge) => {
          const border = format.borders.getItem(edge);
          border.load('style,color,weight');
          return [edge, border] as const;
        }));
        looks.set(`${sheet}!${entry.cell}`, { fill: format.fill, borders });
      }
    }
  }
  if (scope.length > 0 || earlier) await counter.sync(context);

  // 3. Every protected sheet unprotected first, then the writes, then the protections back: a refused unprotect
  // (a password) stops the batch before the first write.
  const byCell = new Map<string, { sheet: string; cell: string; item: Item }>();
  for (const { item, location } of annotated) {
    const at = splitAddress(location.address);
    if (at !== null) byCell.set(`${at.sheet}!${at.cell}`, { ...at, item });
  }
  const sheets = [...new Set([...scope, ...[...byCell.values()].filter(({ sheet, item }) => present.has(sheet) && hasAnnotation(item.content)).map(({ sheet }) => sheet)])];
  const unprotected = sheets.filter((name) => protections.get(name)?.protected === true);
  for (const name of unprotected) protections.get(name)?.unprotect();
  let cells = 0;
  const newRecord: KeptLooks = { ...record };
  for (const sheetName of sheets) {
    const sheet = present.get(sheetName) as Excel.Worksheet;
    const entries = grouped.get(sheetName) ?? [];
    const targets = new Set(entries.map((entry) => entry.cell));
    if (mode === 'fill') {
      const before = new Map((record[sheetName] ?? []).map((look) => [look.cell, look]));
      for (const look of before.values()) restore(sheet.getRange(look.cell), look);
      newRecord[sheetName] = entries.map((entry) => {
        const loaded = looks.get(`${sheetName}!${entry.cell}`);
        const original = before.get(entry.cell) ?? lookOf(entry.cell, loaded);
        mark(sheet.getRange(entry.cell), entry);
        return original;
      });
      if (newRecord[sheetName]?.length === 0) delete newRecord[sheetName];
    } else {
      for (const { sheet: itemSheet, cell, item } of byCell.values()) {
        if (itemSheet !== sheetName || targets.has(cell) || !hasAnnotation(item.content)) continue;
        const own = withoutAnnotation(item.content);
        if (own === '') item.delete();
        else item.content = own;
      }
      for (const entry of entries) {
        const text = noteText(entry, locale);
        const existing = byCell.get(`${sheetName}!${entry.cell}`)?.item;
        if (existing !== undefined) existing.content = mergedNote(existing.content, text);
        else if (mode === 'notes') context.workbook.notes.add(sheet.getRange(entry.cell), text);
        else context.workbook.comments.add(sheet.getRange(entry.cell), text, 'Plain');
      }
    }
    cells += entries.length;
  }
  for (const name of unprotected) {
    const protection = protections.get(name);
    protection?.protect(protection.options);
  }
  if (mode === 'fill') context.workbook.settings.add(ANNOTATION_SETTING, newRecord as unknown as SettingValue);
  if (sheets.length > 0 || mode === 'fill') {
    try {
      await counter.sync(context);
    } catch (error) {
      throw await afterRefusal(context, counter, present, protections, unprotected, error);
    }
  }
  return { mode, cells, syncs: counter.count };
}

/**
 * After a failed write batch: the sheets it unprotected are protected again with their own options, and a sheet
 * still protected (the unprotect it refused stopped the batch before any write) is named. Any other failure passes.
 */
async function afterRefusal(
  context: Excel.RequestContext, counter: SyncCounter, present: ReadonlyMap<string, Excel.Worksheet>,
  protections: ReadonlyMap<string, Excel.WorksheetProtection>, unprotected: readonly string[], error: unknown,
): Promise<unknown> {
  if (unprotected.length === 0) return error;
  const now = new Map(unprotected.map((name) => {
    const protection = (present.get(name) as Excel.Worksheet).protection;
    protection.load('protected');
    return [name, protection];
  }));
  await counter.sync(context);
  const locked = unprotected.find((name) => now.get(name)?.protected === true);
  for (const name of unprotected) {
    if (now.get(name)?.protected === true) continue;
    const protection = protections.get(name);
    (present.get(name) as Excel.Worksheet).protection.protect(protection?.options);
  }
  await counter.sync(context);
  return locked === undefined ? error : new ExcelAdapterError('excel.sheet_locked', { sheet: locked });
}

function lookOf(cell: string, loaded: { fill: Excel.RangeFill; borders: Map<Edge, Excel.RangeBorder> } | undefined): CellLook {
  // A cell without fill reads as white; our sheets hide grid lines, so clearing it looks the same.
  const color = loaded?.fill.color ?? null;
  const borders: Partial<Record<Edge, BorderLook>> = {};
  for (const [edge, border] of loaded?.borders ?? []) borders[edge] = { style: border.style, color: border.color, weight: border.weight };
  return { cell, fill: color === null || color.toUpperCase() === '#FFFFFF' ? null : color, borders };
}

function restore(range: Excel.Range, look: CellLook): void {
  if (look.fill === null) range.format.fill.clear();
  else range.format.fill.color = look.fill;
  for (const edge of EDGES) {
    const was = look.borders[edge];
    const border = range.format.borders.getItem(edge);
    if (was === undefined || was.style === 'None') {
      border.style = 'None';
      continue;
    }
    border.style = was.style as Excel.RangeBorder['style'];
    border.color = was.color;
    border.weight = was.weight as Excel.RangeBorder['weight'];
  }
}

function mark(range: Excel.Range, entry: CellFindings): void {
  const colours = swatch(entry);
  range.format.fill.color = colours.fill;
  for (const edge of EDGES) {
    const border = range.format.borders.getItem(edge);
    border.style = 'Continuous';
    border.weight = 'Thick';
    border.color = colours.font;
  }
}
