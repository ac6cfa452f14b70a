/**
 * A return's file read in one pass over its zip, without ExcelJS: the bounds first (file size, what the first
 * bytes say, the zip's entry count and directory size, the declared inflated size), then only the parts the
 * checks need inflated (workbook, relationships, shared strings, styles, worksheets, comments) and streamed
 * through an XML parser. The result is the grids core's reader takes and the facts about what a person sees
 * and what travels with the file. Never throws on what the file holds.
 */
import { keptFor } from '../../core/util/kept';
import { METADATA } from '../../core/form';
import type { GridCell, SheetGrid, WorkbookGrids } from '../../core/returns';
import type { ExternalTargetFact, SheetFacts, WorkbookFacts } from '../../core/returns';
import { fileProblem, megabytes, type FileProblem, type ReadLimits } from '../fileProblem';
import { signatureProblem } from './fileSignature';
import { relationshipsPartOf, type Styles } from './packageParts';
import { commentsOf, paletteOf, relationshipsOf, sharedStringsOf, stylesOf, workbookPartOf, worksheetOf } from './cachedParts';
import { MAX_COVERED_CELLS, type SheetSize } from './sheetSize';
import { storedValue } from './storedValue';
import { hidingLook, type CellLooks } from './cellLooks';
import { readDrawingAnchors } from './drawingAnchors';
import { inflateParts, listEntries, type PackageEntry } from './zipPackage';
import { CONTENT_TYPES, partReadElsewhere, unopenedPart } from './officeDocument';
import { DoctypeFound } from './xmlStream';
import { namedTwice } from './namedTwice';
import type { StoredCell, WorksheetPart } from './worksheetPart';
import { cornersOf, formulasOf } from './cellFormulas';

export interface WorkbookPackage {
  grids: WorkbookGrids;
  facts: WorkbookFacts;
  /**
   * Why office suites would not open the package as a workbook (officeDocument.ts), though it reads here; null when
   * they open it. A return is refused for it once it is known to be one (a file of no reporting sheet says so first).
   */
  unopened: FileProblem | null;
}

export type PackageRead = { ok: true; workbook: WorkbookPackage } | { ok: false; problem: FileProblem };

const WORKBOOK = 'xl/workbook.xml';
/** The parts read (the theme: its colours are what theme-coloured fonts show); everything else (images, printer settings…) is listed, never inflated. */
export const READ_PARTS = /^xl\/(?:workbook\.xml|sharedStrings\.xml|styles\.xml|theme\/[^/]+\.xml|drawings\/[^/]+\.xml|worksheets\/[^/]+\.xml|[^/]*comments[^/]*\.xml)$|\.rels$/iu;

/**
 * A zip entry's name as its writer meant it. A name without the zip's UTF-8 flag is read byte for byte (as Latin-1);
 * archives made on Chinese Windows store names so in UTF-8 (7-Zip, WinRAR) or in GBK (Windows' own 发送到 → 压缩文件).
 */
function entryNameAsWritten(name: string): string {
  const codes = [...name].map((char) => char.charCodeAt(0));
  if (codes.some((code) => code > 0xff) || codes.every((code) => code < 0x80)) return name;
  const bytes = Uint8Array.from(codes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** A spreadsheet file packed in a zip archive. */
const SPREADSHEET_INSIDE = /\.(?:xlsx|xlsm|xls|et|ods)$/iu;

/** The OpenDocument manifest: it says which entries are encrypted (a password to open). */
const ODF_MANIFEST = 'META-INF/manifest.xml';

/**
 * Whether an OpenDocument file has a password to open: its manifest gives its entries encryption data. LibreOffice's
 * Save As keeps a document's password unless it is cleared, so the county must be told to clear it (decision 0279).
 */
function openDocumentEncrypted(bytes: Uint8Array, entries: readonly PackageEntry[]): boolean {
  const manifest = entries.find((entry) => entry.name === ODF_MANIFEST);
  if (manifest === undefined || manifest.uncompressedSize > 1024 * 1024) return false;
  const inflated = inflateParts(bytes, new Set([ODF_MANIFEST]), [manifest]);
  const text = inflated.ok ? inflated.parts.get(ODF_MANIFEST) : undefined;
  return text !== undefined && new TextDecoder().decode(text).includes('encryption-data');
}

function directoryProblem(bytes: Uint8Array, entries: readonly PackageEntry[], limits: ReadLimits): FileProblem | null {
  const names = new Set(entries.map((entry) => entry.name));
  if (!names.has(WORKBOOK)) {
    if (names.has('xl/workbook.bin')) return fileProblem('file.not_xlsx', 'a binary workbook (.xlsb)', {}, 'xlsb');
    const detail = names.has('word/document.xml') ? 'a Word document' : 'a zip without xl/workbook.xml';
    // An OpenDocument file (LibreOffice's or WPS's .ods, renamed or not) says what it is in its first entry.
    if (names.has('mimetype') && names.has('content.xml')) {
      if (openDocumentEncrypted(bytes, entries)) return fileProblem('file.encrypted', 'an OpenDocument file with a password to open', {}, 'opendocument');
      return fileProblem('file.not_xlsx', 'an OpenDocument file', {}, 'opendocument');
    }
    // Returns zipped and the archive named .xlsx (a mail client or QQ renaming it, or a county naming it so): said as
    // the archive it is, naming a return inside, not "not a workbook" (decision 0268).
    const packed = [...names].find((name) => SPREADSHEET_INSIDE.test(name) && !/(?:^|\/)(?:__MACOSX\/|\._|~\$)/u.test(name));
    if (packed !== undefined) {
      const name = entryNameAsWritten(packed.slice(packed.lastIndexOf('/') + 1));
      return fileProblem('file.not_xlsx', `a zip archive holding ${packed}`, { name }, 'archive');
    }
    return fileProblem('file.not_xlsx', detail);
  }
  const declared = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (declared > limits.maxUncompressedBytes) {
    return fileProblem('file.zip_bomb', `entries declare ${declared} bytes inflated`, { limit: megabytes(limits.maxUncompressedBytes) });
  }
  const odd = entries.find((entry) => READ_PARTS.test(entry.name) && entry.method !== 0 && entry.method !== 8);
  if (odd !== undefined) return fileProblem('file.corrupt', `${odd.name}: compression method ${odd.method} is not used by .xlsx files`);
  return null;
}

function sizeProblem(size: SheetSize, excess: string, sheet: string, limits: ReadLimits): FileProblem {
  const { dimensionRows, rowElements, highestRow, coveredBottom, coveredCells } = size.extent;
  const rows = Math.max(dimensionRows ?? 0, rowElements, highestRow, coveredBottom);
  if (rows <= limits.maxRows && coveredCells > MAX_COVERED_CELLS) {
    return fileProblem('file.too_many_rows', `sheet ${sheet}: ${excess}`, { sheet, cells: coveredCells, limit: MAX_COVERED_CELLS }, 'cells');
  }
  return fileProblem('file.too_many_rows', `sheet ${sheet}: ${excess}`, { sheet, rows, limit: limits.maxRows });
}

interface SheetContext {
  strings: readonly string[];
  styles: Styles;
  notes: ReadonlyMap<string, string>;
  date1904: boolean;
}

/**
 * A cell's key in a set of places: a number, so that looking up every cell of a sheet makes no string; one key per
 * place (a string past the sizes a sheet can have: a damaged file may give cells any row and column).
 */
const PLACE_SPAN = 2 ** 26;
const placeKey = (row: number, col: number): number | string => (
  Number.isInteger(row) && Number.isInteger(col) && row >= -1 && row < PLACE_SPAN && col >= 0 && col < PLACE_SPAN ? (row + 1) * PLACE_SPAN + col : `${row}:${col}`
);

/** Cells inside a merge other than its top-left one (by placeKey): Excel shows the merge's value there once. */
function mergedAway(merges: readonly string[]): Set<number | string> {
  const covered = new Set<number | string>();
  for (const ref of merges) {
    const corners = cornersOf(ref);
    if (corners === null) continue;
    const { start, end } = corners;
    if ((end.row - start.row + 1) * (end.col - start.col + 1) > MAX_COVERED_CELLS) continue;
    for (let row = start.row; row <= end.row; row++) {
      for (let col = start.col; col <= end.col; col++) if (row !== start.row || col !== start.col) covered.add(placeKey(row, col));
    }
  }
  return covered;
}


const addressOf = (row: number, col: number) => {
  let letters = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row + 1}`;
};


/** What the grid and the facts of a sheet both read: the cells merges cover and each cell's formula, worked out once. */
interface Spelled {
  away: ReadonlySet<number | string>;
  formulas: ReadonlyMap<StoredCell, string>;
  /** The first cell marked as a formula whose formula cannot be spelled out (cellFormulas.ts). */
  unspelled: StoredCell | null;
}

/** By part: a part kept for the files that have the same bytes (cachedParts.ts) is spelled out once. */
const SPELLED = new WeakMap<WorksheetPart, Spelled>();

function spelled(part: WorksheetPart): Spelled {
  return keptFor(SPELLED, part, (kept) => ({ away: mergedAway(kept.merges), ...formulasOf(kept.cells) }));
}

function sheetGrid(name: string, part: WorksheetPart, context: SheetContext, { away, formulas }: Spelled): SheetGrid {
  const rows: Array<Array<GridCell | undefined> | undefined> = [];
  const place = (row: number, col: number, cell: GridCell) => {
    const cells = rows[row] ?? [];
    rows[row] = cells;
    cells[col] = cell;
  };
  for (const stored of part.cells) {
    if (away.has(placeKey(stored.row, stored.col))) continue;
    const style = context.styles.cells[stored.style];
    const format = style?.numberFormat;
    const formula = formulas.get(stored);
    const note = context.notes.size === 0 ? undefined : context.notes.get(addressOf(stored.row, stored.col));
    const value = storedValue(stored.type, stored.value, context.strings, format, context.date1904, formula !== undefined || stored.formula !== undefined);
    const numberFormat = format !== undefined && format !== 'General' ? format : undefined;
    if (value.type === 'empty' && numberFormat === undefined && formula === undefined && note === undefined) continue;
    // Built up in place (not spread from small objects): one per cell of every sheet.
    const cell: GridCell = { value };
    if (numberFormat !== undefined) cell.numberFormat = numberFormat;
    if (formula !== undefined) cell.formula = formula;
    if (note !== undefined) cell.note = note;
    place(stored.row, stored.col, cell);
  }
  return { name, rows, merges: [...part.merges], protected: part.protection !== null && part.protection.sheet };
}

function formulasUnderMerges({ away, formulas }: Spelled): Array<{ address: string; formula: string }> {
  return [...formulas].filter(([cell]) => away.has(placeKey(cell.row, cell.col))).map(([cell, formula]) => ({ address: addressOf(cell.row, cell.col), formula }));
}

/** Cells with a value their style hides (cellLooks.ts). */
function hiddenByStyle(part: WorksheetPart, looks: CellLooks, strings: readonly string[]): NonNullable<SheetFacts['hiddenByStyle']> {
  const hidden: NonNullable<SheetFacts['hiddenByStyle']> = [];
  for (const cell of part.cells) {
    if (cell.value === undefined || cell.value === '') continue;
    const shared = cell.type === 's' ? Number(cell.value) : null;
    const reason = hidingLook(looks, cell.style, shared, cell.runs);
    if (reason !== null) hidden.push({ address: addressOf(cell.row, cell.col), found: (shared === null ? cell.value : (strings[shared] ?? '')).slice(0, 200), reason });
  }
  return hidden;
}

function sheetFacts(name: string, state: SheetFacts['state'], part: WorksheetPart, spelledOut: Spelled, styles: Styles, looks: CellLooks, strings: readonly string[]): SheetFacts {
  const underMerges = formulasUnderMerges(spelledOut);
  const hidden = hiddenByStyle(part, looks, strings);
  return {
    ...(underMerges.length === 0 ? {} : { formulasUnderMerges: underMerges }),
    ...(hidden.length === 0 ? {} : { hiddenByStyle: hidden }),
    ...(part.zerosHidden ? { zerosHidden: true } : {}),
    name,
    state,
    hiddenRows: [...part.hiddenRows],
    hiddenColumns: [...part.hiddenColumns],
    protection: part.protection === null ? null : { ...part.protection },
    // Field by field (an object rest per rule cost more than the rest of the copy).
    conditionalFormats: part.conditionalFormats.map((rule) => {
      const applied = rule.look === null ? undefined : styles.looks[rule.look];
      return {
        ref: rule.ref, type: rule.type, operator: rule.operator, formulas: [...rule.formulas], priority: rule.priority, stopIfTrue: rule.stopIfTrue,
        fill: applied?.fill ?? null, fontColor: applied?.fontColor ?? null, numberFormat: applied?.numberFormat ?? null,
      };
    }),
    validations: part.validations.map((validation) => ({ ...validation, formulae: [...validation.formulae] })),
    unlockedCells: part.cells.filter((cell) => styles.cells[cell.style]?.locked === false).map((cell) => addressOf(cell.row, cell.col)),
    oleObjects: [...part.oleObjects],
  };
}

/**
 * A hyperlink to a cell of this workbook written as a relationship: `#'指标填报'!K8`. ExcelJS writes every hyperlink
 * so (TargetMode External, even with a location), and Excel follows it within the workbook, as it does a location:
 * it leads nowhere outside. A workbook name, a path or a URL after the '#' is not this form and stays a finding.
 */
const IN_WORKBOOK_LINK = /^#(?:'(?:[^'[\]\\/:?*]|'')+'|[^'!#[\]\\/:?*\s]+)!\$?[A-Z]{1,3}\$?\d{1,7}(?::\$?[A-Z]{1,3}\$?\d{1,7})?$/iu;

/** The cell a worksheet's `<hyperlink r:id="…">` names, by relationship id (read only for a sheet that links out). */
function hyperlinkCells(sheetXml: Uint8Array | undefined): Map<string, string> {
  const cells = new Map<string, string>();
  if (sheetXml === undefined) return cells;
  for (const element of new TextDecoder().decode(sheetXml).matchAll(/<(?:[\w.-]+:)?hyperlink\s[^>]*>/gu)) {
    const ref = /\sref="([^"]+)"/u.exec(element[0])?.[1];
    const id = /\s[\w.-]+:id="([^"]+)"/u.exec(element[0])?.[1];
    if (ref !== undefined && id !== undefined) cells.set(id, ref);
  }
  return cells;
}

/** Relationships out of the package; a worksheet's hyperlink with its cell (`sheets`: worksheet part → sheet name). */
function externalTargets(parts: ReadonlyMap<string, Uint8Array>, sheets: ReadonlyMap<string, string>): ExternalTargetFact[] {
  const found: ExternalTargetFact[] = [];
  for (const [name, bytes] of parts) {
    if (!name.endsWith('.rels')) continue;
    const source = name.replace(/_rels\/([^/]+)\.rels$/u, '$1');
    let cells: Map<string, string> | undefined;
    for (const relationship of relationshipsOf(bytes, source)) {
      if (!relationship.external || (relationship.type === 'hyperlink' && IN_WORKBOOK_LINK.test(relationship.target))) continue;
      const sheet = relationship.type === 'hyperlink' ? sheets.get(source) : undefined;
      if (sheet !== undefined) cells ??= hyperlinkCells(parts.get(source));
      const cell = cells?.get(relationship.id);
      found.push({ part: source, type: relationship.type, target: relationship.target, ...(sheet === undefined || cell === undefined ? {} : { place: `${sheet}!${cell}` }) });
    }
  }
  return found;
}

/** Relationship kinds (the last segment of the type) whose part is code, a connection, a link or an embedded object. */
const RELATED_KINDS = new Set([
  'vbaProject', 'vbaProjectSignature', 'xlMacrosheet', 'xlIntlMacrosheet', 'dialogsheet', 'connections', 'queryTable', 'externalLink',
  'oleObject', 'package', 'control', 'activeXControl', 'activeXControlBinary', 'extensibility',
]);

/** The parts inside the package that a relationship of such a kind points at, whatever they are named. */
function relatedParts(parts: ReadonlyMap<string, Uint8Array>): ExternalTargetFact[] {
  const found: ExternalTargetFact[] = [];
  for (const [name, bytes] of parts) {
    if (!name.endsWith('.rels')) continue;
    const source = name === relationshipsPartOf('') ? '' : name.replace(/_rels\/([^/]+)\.rels$/u, '$1');
    for (const relationship of relationshipsOf(bytes, source)) {
      if (!relationship.external && RELATED_KINDS.has(relationship.type)) found.push({ part: source, type: relationship.type, target: relationship.target });
    }
  }
  return found;
}

function readPackage(bytes: Uint8Array, limits: ReadLimits): PackageRead {
  if (bytes.byteLength > limits.maxFileBytes) {
    return { ok: false, problem: fileProblem('file.too_large', `${bytes.byteLength} bytes`, { size: megabytes(bytes.byteLength), limit: megabytes(limits.maxFileBytes) }) };
  }
  const signature = signatureProblem(bytes);
  if (signature !== null) return { ok: false, problem: signature };
  const listing = listEntries(bytes, limits);
  if (!listing.ok) return listing;
  const declared = directoryProblem(bytes, listing.entries, limits);
  if (declared !== null) return { ok: false, problem: declared };
  const inflated = inflateParts(bytes, new Set(listing.entries.map((entry) => entry.name).filter((name) => READ_PARTS.test(name) || name === CONTENT_TYPES)), listing.entries);
  if (!inflated.ok) return inflated;
  const parts = inflated.parts;
  // Part names are compared without case in a package (Excel and LibreOffice open a relationship to SHEET2.xml with
  // sheet2.xml); the directory has no two names equal but for case (zipPackage.ts), so this finds one part or none.
  const named = new Map([...parts.keys()].map((name) => [name.toLowerCase(), name]));
  const part = (name: string): Uint8Array | undefined => parts.get(name) ?? parts.get(named.get(name.toLowerCase()) ?? '');
  const workbookPart = workbookPartOf(parts.get(WORKBOOK) ?? new Uint8Array());
  const workbookRels = new Map(relationshipsOf(parts.get(relationshipsPartOf(WORKBOOK)), WORKBOOK).map((relationship) => [relationship.id, relationship]));
  const elsewhere = partReadElsewhere([...workbookRels.values()], (name) => parts.has(name));
  if (elsewhere !== null) return { ok: false, problem: fileProblem('file.corrupt', `styles or shared strings taken from ${elsewhere}`, { part: elsewhere }, 'part_elsewhere') };
  // Each part is parsed once, by every reader that needs it (and not again when another file had the same bytes).
  const { strings, runs, foreign } = sharedStringsOf(parts.get('xl/sharedStrings.xml'));
  if (foreign !== null) return { ok: false, problem: fileProblem('file.corrupt', `shared string ${foreign} holds an element of another namespace`, { part: 'xl/sharedStrings.xml' }, 'foreign_text') };
  const { styles, xfs } = stylesOf(parts.get('xl/styles.xml'));
  // The theme the workbook's relationships name: its colours are what a theme-coloured font or fill shows.
  const themePart = [...workbookRels.values()].find((relationship) => relationship.type === 'theme' && !relationship.external)?.target;
  const looks: CellLooks = { xfs, runs, palette: paletteOf(themePart === undefined ? undefined : part(themePart)) };

  // A sheet name given twice (Excel compares names without case): which sheet is the return's cannot be told.
  const twice = namedTwice(workbookPart.sheets.map((sheet) => sheet.name), (name) => name.toUpperCase());
  if (twice !== null) return { ok: false, problem: fileProblem('file.corrupt', `two sheets named ${twice}`, { sheet: twice }, 'sheet_twice') };

  const grids: SheetGrid[] = [];
  const facts: SheetFacts[] = [];
  const sheetNames: string[] = [];
  const sheetOfPart = new Map<string, string>();
  let metadata: SheetGrid | null = null;
  for (const sheet of workbookPart.sheets) {
    const target = workbookRels.get(sheet.relationshipId)?.target;
    const xml = target === undefined ? undefined : part(target);
    // A chart sheet, or a sheet whose part is gone, has no cells to read.
    if (target === undefined || xml === undefined || !/^xl\/worksheets\//iu.test(target)) continue;
    sheetOfPart.set(target, sheet.name);
    const read = worksheetOf(xml, limits.maxRows);
    if (!read.ok) return { ok: false, problem: sizeProblem(read.size, read.excess, sheet.name, limits) };
    const storedTwice = read.part.storedTwice;
    if (storedTwice !== null) {
      const cell = addressOf(storedTwice.row, storedTwice.col);
      return { ok: false, problem: fileProblem('file.corrupt', `sheet ${sheet.name}: ${cell} stored more than once`, { sheet: sheet.name, cell }, 'cell_twice') };
    }
    const foreignCell = read.part.foreign;
    if (foreignCell !== null) {
      const cell = addressOf(foreignCell.row, foreignCell.col);
      return { ok: false, problem: fileProblem('file.corrupt', `sheet ${sheet.name}: an element of another namespace at ${cell}`, { sheet: sheet.name, cell }, 'foreign_cell') };
    }
    const sheetRels = relationshipsOf(part(relationshipsPartOf(target)), target);
    const commentsPart = sheetRels.find((relationship) => relationship.type === 'comments' && !relationship.external)?.target;
    const notes = commentsOf(commentsPart === undefined ? undefined : part(commentsPart));
    const spelledOut = spelled(read.part);
    if (spelledOut.unspelled !== null) {
      const cell = addressOf(spelledOut.unspelled.row, spelledOut.unspelled.col);
      return { ok: false, problem: fileProblem('file.corrupt', `sheet ${sheet.name}: ${cell} is marked as a formula without one`, { sheet: sheet.name, cell }, 'formula_missing') };
    }
    const grid = sheetGrid(sheet.name, read.part, { strings, styles, notes, date1904: workbookPart.date1904 }, spelledOut);
    sheetNames.push(sheet.name);
    // Pictures, shapes and text boxes over the sheet: the form has none, so any may cover what a cell shows.
    const drawingPart = sheetRels.find((relationship) => relationship.type === 'drawing' && !relationship.external)?.target;
    const drawingBytes = drawingPart === undefined ? undefined : part(drawingPart);
    const drawings = drawingBytes === undefined ? [] : readDrawingAnchors(drawingBytes);
    facts.push({ ...sheetFacts(sheet.name, sheet.state, read.part, spelledOut, styles, looks, strings), ...(drawings.length === 0 ? {} : { drawings }) });
    if (sheet.name === METADATA.sheetName) metadata = grid;
    else grids.push(grid);
  }
  const definedNames = workbookPart.definedNames.map(({ localSheetId, ...name }) => ({
    ...name, sheet: localSheetId === null ? null : (workbookPart.sheets[localSheetId]?.name ?? null),
  }));
  const rootPart = parts.get(relationshipsPartOf(''));
  const rootRelationships = rootPart === undefined ? null : relationshipsOf(rootPart, '');
  const unopened = unopenedPart(WORKBOOK, rootRelationships, parts.get(CONTENT_TYPES));
  const related = relatedParts(parts);
  return {
    ok: true,
    workbook: {
      unopened: unopened === null ? null : fileProblem('file.corrupt', `office suites do not open it as a workbook: ${unopened}`, { part: unopened }, 'unopened'),
      grids: { sheetNames, sheets: grids, metadata },
      facts: { parts: listing.entries.map((entry) => entry.name), workbookProtection: workbookPart.protection === null ? null : { ...workbookPart.protection }, definedNames, sheets: facts, externalTargets: externalTargets(parts, sheetOfPart), ...(related.length === 0 ? {} : { relatedParts: related }) },
    },
  };
}

export function readWorkbookPackage(bytes: Uint8Array, limits: ReadLimits): PackageRead {
  try {
    return readPackage(bytes, limits);
  } catch (error) {
    if (error instanceof DoctypeFound) return { ok: false, problem: fileProblem('file.corrupt', 'a part declares a document type (entities)', {}, 'doctype') };
    // XML that is not well formed, or a reader bug: the file is reported as unreadable with what went wrong.
    return { ok: false, problem: fileProblem('file.corrupt', `XML not well formed: ${error instanceof Error ? error.message : String(error)}`) };
  }
}
