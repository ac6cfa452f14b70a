/**
 * The small parts that say where everything is: relationships, the workbook (sheets, their state, defined
 * names, the 1904 date system), shared strings, styles (number formats and locking per cell style, the looks
 * conditional formats apply) and comments.
 */
import type { DefinedNameFact, WorkbookProtectionFact } from '../../core/returns';
import type { SheetVisibility } from '../../core/layout';
import { attribute, readXml, SPREADSHEET_NAMESPACES, type XmlHandler } from './xmlStream';

export interface Relationship {
  id: string;
  type: string;
  /** The part it points at, resolved against the source part's folder; for an external one, the target as written. */
  target: string;
  external: boolean;
}

/** 'xl/worksheets/sheet1.xml' → 'xl/worksheets/_rels/sheet1.xml.rels'. */
export function relationshipsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function resolvePart(source: string, target: string): string {
  if (target.startsWith('/')) return target.replace(/^\/+/u, '');
  const segments = source.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

export function readRelationships(bytes: Uint8Array | undefined, source: string): Relationship[] {
  if (bytes === undefined) return [];
  const relationships: Relationship[] = [];
  readXml(bytes, {
    open(name, attributes) {
      if (name !== 'Relationship') return;
      const target = attributes['Target'] ?? '';
      const external = (attributes['TargetMode'] ?? '').toLowerCase() === 'external';
      relationships.push({
        id: attributes['Id'] ?? '', type: (attributes['Type'] ?? '').replace(/^.*\//u, ''), external, target: external ? target : resolvePart(source, target),
      });
    },
  });
  return relationships;
}

export interface WorkbookSheet {
  name: string;
  state: SheetVisibility;
  relationshipId: string;
}

export interface WorkbookPart {
  sheets: WorkbookSheet[];
  definedNames: Array<Omit<DefinedNameFact, 'sheet'> & { localSheetId: number | null }>;
  date1904: boolean;
  protection: WorkbookProtectionFact | null;
}

const truthy = (value: string | undefined) => value === '1' || value === 'true';

export function readWorkbookPart(bytes: Uint8Array): WorkbookPart {
  const part: WorkbookPart = { sheets: [], definedNames: [], date1904: false, protection: null };
  let name: { name: string; localSheetId: number | null; hidden: boolean; formula: string } | null = null;
  readXml(bytes, {
    open(element, attributes) {
      if (element === 'sheet') {
        const state = attributes['state'];
        part.sheets.push({
          name: attributes['name'] ?? '',
          state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
          relationshipId: attribute(attributes, 'r:id') ?? '',
        });
      } else if (element === 'workbookPr') {
        part.date1904 = truthy(attributes['date1904']);
      } else if (element === 'workbookProtection') {
        part.protection = {
          lockStructure: truthy(attributes['lockStructure']),
          lockWindows: truthy(attributes['lockWindows']),
          password: ['workbookPassword', 'workbookHashValue', 'workbookAlgorithmName', 'revisionsPassword', 'revisionsHashValue'].some((name) => (attributes[name] ?? '') !== ''),
        };
      } else if (element === 'definedName') {
        const local = attributes['localSheetId'];
        name = { name: attributes['name'] ?? '', localSheetId: local === undefined ? null : Number(local), hidden: truthy(attributes['hidden']), formula: '' };
      }
    },
    text(text) {
      if (name !== null) name.formula += text;
    },
    close(element) {
      if (element === 'definedName' && name !== null) {
        part.definedNames.push(name);
        name = null;
      }
    },
  });
  return part;
}

/** The shared strings as read: each item's text, and the first item holding an element of another namespace. */
export interface SharedStringItems {
  strings: string[];
  /** The index of the first item with an element of another namespace than the spreadsheet's (`<y:t>`), or null. */
  foreign: number | null;
}


/**
 * Reads into `items` the shared strings, each as its text (runs joined; phonetic guides left out, as Excel shows the
 * base text). An element of another namespace is not read (LibreOffice shows nothing of it) and is noted in
 * `items.foreign`; an extension list is not read.
 */
export function sharedStringsReader(items: SharedStringItems): XmlHandler {
  const { strings } = items;
  let current: string | null = null;
  let inText = false;
  let phonetic = 0;
  let extensions = 0;
  return {
    open(name, _attributes, namespace) {
      // An extension list is read by no office suite for text: nothing in it is a string.
      if (name === 'extLst') extensions += 1;
      if (extensions > 0) return;
      if (!SPREADSHEET_NAMESPACES.has(namespace)) {
        items.foreign ??= strings.length;
        return;
      }
      if (name === 'si') current = '';
      else if (name === 'rPh') phonetic += 1;
      else if (name === 't') inText = phonetic === 0;
    },
    text(text) {
      if (inText && current !== null) current += text;
    },
    close(name) {
      if (name === 'extLst') extensions -= 1;
      if (extensions > 0) return;
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic -= 1;
      else if (name === 'si') {
        strings.push(current ?? '');
        current = null;
      }
    },
  };
}

/** Excel's built-in number formats that have one spelling whatever the locale (ids 0–49). */
const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?', 13: '# ??/??',
  14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss',
  22: 'm/d/yy "h":mm', 37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00 ;(#,##0.00)', 40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
};

export interface CellStyleFacts {
  numberFormat: string | undefined;
  locked: boolean;
}

export interface DifferentialLook {
  fill: string | null;
  fontColor: string | null;
  numberFormat: string | null;
}

export interface Styles {
  /** By the cell's s attribute. */
  cells: CellStyleFacts[];
  /** Looks conditional formats apply, by dxfId. */
  looks: DifferentialLook[];
}

const colorOf = (attributes: Readonly<Record<string, string>>) => attributes['rgb'] ?? (attributes['theme'] === undefined ? attributes['indexed'] ?? null : `theme:${attributes['theme']}`);

export const noStyles = (): Styles => ({ cells: [], looks: [] });

/** Reads into `styles` each cell style's number format and locking, and the looks of conditional formats. */
export function stylesReader(styles: Styles): XmlHandler {
  const formats = new Map<number, string>();
  let section: 'cellXfs' | 'dxfs' | null = null;
  let look: DifferentialLook | null = null;
  let inFont = false;
  let inFill = false;
  return {
    open(name, attributes) {
      if (name === 'cellXfs' || name === 'dxfs') section = name;
      else if (name === 'numFmt') {
        const code = attributes['formatCode'] ?? '';
        if (look !== null) look.numberFormat = code;
        else formats.set(Number(attributes['numFmtId']), code);
      } else if (section === 'cellXfs' && name === 'xf') {
        const id = Number(attributes['numFmtId'] ?? 0);
        styles.cells.push({ numberFormat: formats.get(id) ?? BUILT_IN_FORMATS[id], locked: true });
      } else if (section === 'cellXfs' && name === 'protection') {
        const current = styles.cells[styles.cells.length - 1];
        if (current !== undefined) current.locked = !(attributes['locked'] === '0' || attributes['locked'] === 'false');
      } else if (section === 'dxfs' && name === 'dxf') {
        look = { fill: null, fontColor: null, numberFormat: null };
      } else if (look !== null) {
        if (name === 'font') inFont = true;
        else if (name === 'fill') inFill = true;
        else if (name === 'color' && inFont) look.fontColor = colorOf(attributes);
        else if (name === 'bgColor' && inFill) look.fill = colorOf(attributes);
        else if (name === 'fgColor' && inFill) look.fill ??= colorOf(attributes);
      }
    },
    close(name) {
      if (name === 'cellXfs' || name === 'dxfs') section = null;
      else if (name === 'font') inFont = false;
      else if (name === 'fill') inFill = false;
      else if (name === 'dxf' && look !== null) {
        styles.looks.push(look);
        look = null;
      }
    },
  };
}

/** Comments by cell address: their text, runs joined. */
export function readComments(bytes: Uint8Array | undefined): Map<string, string> {
  const notes = new Map<string, string>();
  if (bytes === undefined) return notes;
  let ref: string | null = null;
  let text = '';
  let inText = false;
  let phonetic = 0;
  readXml(bytes, {
    open(name, attributes) {
      if (name === 'comment') {
        ref = attributes['ref'] ?? null;
        text = '';
      } else if (name === 'rPh') phonetic += 1;
      else if (name === 't') inText = phonetic === 0;
    },
    text(value) {
      if (inText && ref !== null) text += value;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic -= 1;
      else if (name === 'comment' && ref !== null) {
        if (text !== '') notes.set(ref, text);
        ref = null;
      }
    },
  });
  return notes;
}
