/**
 * The package's parts as their readers give them, each through a PartCache (partCache.ts): a part whose bytes are
 * exactly those of a part read earlier in this process is not parsed again. Shared strings and styles are read
 * together with the looks that hide text (cellLooks.ts), as one parse each.
 */
import { noLooks, richRunLooksReader, styleLooksReader, type CellLooks } from './cellLooks';
import { noStyles, readComments, readRelationships, readWorkbookPart, sharedStringsReader, stylesReader, type Relationship, type SharedStringItems, type Styles, type WorkbookPart } from './packageParts';
import { PartCache } from './partCache';
import { DEFAULT_PALETTE, themeReader, type Palette } from './themeColours';
import { readWorksheetPart, type WorksheetRead } from './worksheetPart';
import { readXml } from './xmlStream';

export interface SharedStrings {
  strings: readonly string[];
  runs: CellLooks['runs'];
  /** The first item holding an element of another namespace (packageParts.ts), or null. */
  foreign: number | null;
}

export interface StylesRead {
  styles: Styles;
  xfs: CellLooks['xfs'];
}

function readSharedStrings(bytes: Uint8Array): SharedStrings {
  const items: SharedStringItems = { strings: [], foreign: null };
  const looks = noLooks();
  readXml(bytes, sharedStringsReader(items), richRunLooksReader(looks));
  return { strings: items.strings, runs: looks.runs, foreign: items.foreign };
}

function readStyles(bytes: Uint8Array): StylesRead {
  const styles = noStyles();
  const looks = noLooks();
  readXml(bytes, stylesReader(styles), styleLooksReader(looks));
  return { styles, xfs: looks.xfs };
}

// Sized for a batch of returns from a few forms: each form's styles, cover, workbook and relationships, and the
// sheets and strings that recur (a sheet kept costs its bytes and its cells, some hundreds of kilobytes at most).
const workbooks = new PartCache<WorkbookPart>(8);
const relationships = new PartCache<Relationship[]>(32);
const sharedStrings = new PartCache<SharedStrings>(8);
const stylesParts = new PartCache<StylesRead>(8);
const worksheets = new PartCache<WorksheetRead>(16);
const comments = new PartCache<Map<string, string>>(8);
const themes = new PartCache<Palette>(8);

/**
 * The colours of the workbook's theme part; Office's default theme without one, or with one that does not parse (the
 * theme decides no value: a damaged one is not a damaged return, as ExcelJS, which never reads it, agrees).
 */
export function paletteOf(bytes: Uint8Array | undefined): Palette {
  return bytes === undefined ? DEFAULT_PALETTE : themes.get(bytes, '', (part) => {
    const palette = [...DEFAULT_PALETTE];
    try {
      readXml(part, themeReader(palette));
    } catch {
      return DEFAULT_PALETTE;
    }
    return palette;
  });
}

export const workbookPartOf = (bytes: Uint8Array): WorkbookPart => workbooks.get(bytes, '', readWorkbookPart);

export function relationshipsOf(bytes: Uint8Array | undefined, source: string): readonly Relationship[] {
  return bytes === undefined ? [] : relationships.get(bytes, source, (part) => readRelationships(part, source));
}

export function sharedStringsOf(bytes: Uint8Array | undefined): SharedStrings {
  return bytes === undefined ? { strings: [], runs: new Map(), foreign: null } : sharedStrings.get(bytes, '', readSharedStrings);
}

export function stylesOf(bytes: Uint8Array | undefined): StylesRead {
  return bytes === undefined ? { styles: noStyles(), xfs: [] } : stylesParts.get(bytes, '', readStyles);
}

export const worksheetOf = (bytes: Uint8Array, maxRows: number): WorksheetRead => worksheets.get(bytes, String(maxRows), (part) => readWorksheetPart(part, maxRows));

export function commentsOf(bytes: Uint8Array | undefined): ReadonlyMap<string, string> {
  return bytes === undefined ? new Map() : comments.get(bytes, '', (part) => readComments(part));
}
