/**
 * What the document-style sheets (annex tables, prose targets, completion tables) share: a caption over
 * the table, 黑体 header, 仿宋 body, thin borders, 注 lines under it, A4 portrait.
 */
import type { Indicator } from '../catalog';
import { printedTableLayout } from './printedTable';
import type { ColumnFit, SheetBuilder } from '../layout';
import { FONT, sheetStyles } from '../layout';
import type { SheetLayout } from '../layout';

/** Options of the annex documents (annex tables, prose targets, completion tables). */
export interface AnnexOptions {
  /** Names already used in the workbook, so that this sheet's name is new. */
  takenNames?: ReadonlySet<string>;
}


const DOCUMENT_BODY_SIZE = 11;
const CAPTION_ROW = 0;
export const HEADER_ROW = 1;
export const FIRST_BODY_ROW = 2;

export function documentStyles() {
  return sheetStyles(FONT.document);
}

/** "名称（单位）*": the name, its unit in brackets when it has one, and its marks, as the tables print it. */
export function nameWithUnit(indicator: Indicator): string {
  const unit = indicator.unit === '' ? '' : `（${indicator.unit}）`;
  return indicator.name + unit + indicator.marks.join('');
}

/** Excel's longest sheet name. */
const SHEET_NAME_LENGTH = 31;

/** `wanted` without the characters Excel refuses in a sheet's name ([]:*?/\ and an apostrophe at either end). */
const accepted = (wanted: string): string => wanted.replace(/[[\]:*?/\\]/gu, '').replace(/^'+|'+$/gu, '').trim() || 'Sheet';

/** A name Excel accepts for a sheet: none of []:*?/\ and at most 31 characters, distinct from `taken`. */
export function sheetName(wanted: string, taken: ReadonlySet<string> = new Set()): string {
  const clean = [...accepted(wanted)];
  const base = clean.slice(0, SHEET_NAME_LENGTH).join('');
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `(${n})`;
    const candidate = clean.slice(0, SHEET_NAME_LENGTH - suffix.length).join('') + suffix;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * A plan's title shortened for a sheet's name, each shorter than the one before: without its issuer, its 关于 and the
 * 的 before its kind (浙江省人民政府关于全面加快科技创新推动高质量发展的若干意见 → 全面加快科技创新推动高质量发展若干意见);
 * from its quoted name on (关于加快…推进“116X”产业集群建设行动方案 → “116X”产业集群建设行动方案).
 */
function shorterTitles(title: string): string[] {
  const withoutIssuer = title.replace(/^[^“”《》]*?关于/u, '').replace(/的(?=(?:若干|实施)?意见$|(?:行动)?方案$|通知$|决定$)/u, '');
  const named = /“[^“”]+”.*$/u.exec(withoutIssuer)?.[0];
  return [withoutIssuer, ...(named === undefined ? [] : [named])].filter((candidate) => candidate !== title && candidate !== '');
}

/**
 * The name of a sheet named after a plan, `label(title)` (…主要目标), within Excel's 31 characters without cutting a
 * word off: with the plan's title as it is when that fits, else shortened (shorterTitles), cut only when even the
 * shortest does not fit; distinct from `taken` (sheetName). A cut name (…若干意见主要) read as a different document.
 */
export function planSheetName(title: string, label: (title: string) => string, taken: ReadonlySet<string> = new Set()): string {
  const fits = [title, ...shorterTitles(title)].map(label).find((name) => [...accepted(name)].length <= SHEET_NAME_LENGTH);
  return sheetName(fits ?? label(title), taken);
}

export interface DocumentTable {
  name: string;
  caption: string;
  headers: string[];
  /** Notes printed under the table, verbatim. */
  notes: string[];
  fits: Record<number, ColumnFit>;
}

/** Writes caption, header and notes around a body of `bodyRows` rows already written from FIRST_BODY_ROW, and sizes the sheet. */
export function documentSheet(table: DocumentTable, sheet: SheetBuilder, bodyRows: number): SheetLayout {
  const last = Math.max(0, table.headers.length - 1);
  sheet.text(CAPTION_ROW, 0, table.caption, 'caption');
  sheet.merge({ top: CAPTION_ROW, left: 0, bottom: CAPTION_ROW, right: last });
  table.headers.forEach((text, col) => sheet.text(HEADER_ROW, col, text, 'header'));
  const notesRow = FIRST_BODY_ROW + bodyRows;
  table.notes.forEach((note, i) => {
    sheet.text(notesRow + i, 0, note, 'note');
    sheet.merge({ top: notesRow + i, left: 0, bottom: notesRow + i, right: last });
  });
  const lastRow = notesRow + table.notes.length - 1;
  const columns = sheet.fitColumns(table.headers.length, table.fits);
  return printedTableLayout(sheet, {
    name: table.name, columns, bodySize: DOCUMENT_BODY_SIZE, frozen: null, orientation: 'portrait',
    headerRow: HEADER_ROW, lastRow, lastCol: last,
    margins: { left: 0.6, right: 0.6, top: 0.8, bottom: 0.8, header: 0.3, footer: 0.3 },
  });
}
