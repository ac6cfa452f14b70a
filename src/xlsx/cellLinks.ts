/**
 * Links to a cell, written as Excel writes them: a link into this workbook is a `location` alone ('Sheet'!M8), a link
 * into another workbook a relationship to the file (a relative URI: '#', '%', spaces… percent-encoded) plus the
 * `location` of the cell. ExcelJS 4.4.0 keeps one string per link and writes it whole both as the relationship's target
 * and, when it looks internal to it, as the location too: LibreOffice then joins them into `yc.xlsx#'S'!M8#yc.xlsx#…`,
 * a link to no cell, and a file named `yc #1.xlsx` ended its path at the '#'. The cell keeps ExcelJS's string
 * (`file#'sheet'!cell`, what ExcelJS reads back); `canonicalLinks` rewrites the parts from it when they are written.
 */
import type { LinkTarget } from '../core/layout';

/** The string a cell's hyperlink holds for `target`: the file (with '/' separators), '#', the quoted sheet, '!', the cell. */
export function linkText(target: LinkTarget): string {
  return `${target.file === undefined ? '' : target.file.replace(/\\/gu, '/')}#'${target.sheet.replace(/'/gu, "''")}'!${target.cell}`;
}

/** A relative path as a URI reference: characters a URI gives a meaning to, or cannot hold, percent-encoded; others kept. */
function fileUri(file: string): string {
  // eslint-disable-next-line no-control-regex -- control characters cannot stand in a URI either
  return file.replace(/[\u0000-\u0020"#%<>?[\\\]^`{|}\u007f]/gu, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** The place linkText puts last: '#', the quoted sheet ('' for a quote inside), '!', a cell. */
const PLACE = /^(.*)#('(?:[^']|'')*'!\$?[A-Z]{1,3}\$?\d+)$/su;

/** A link string split into its file and its place ('file#location'; a file may hold '#' itself); no place: a file alone. */
function splitLink(text: string): { file: string; location: string | null } {
  const match = PLACE.exec(text);
  return match === null ? { file: text, location: null } : { file: match[1] ?? '', location: match[2] ?? null };
}

const escapeAttribute = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

interface Relationship { Id: string; Target: string; TargetMode?: string }
interface Hyperlink { address: string; target: string; rId?: string }
interface WorksheetModel { id: number; hyperlinks?: Hyperlink[]; rels?: Relationship[] }

/**
 * After ExcelJS prepared its model (prepareModel): each sheet's link relationships made relative file URIs (removed for
 * links inside the workbook), and the `<hyperlinks>` element each sheet part is to carry, by part name.
 */
export function canonicalLinks(model: unknown): Map<string, string> {
  const elements = new Map<string, string>();
  const worksheets = (model as { worksheets?: WorksheetModel[] }).worksheets ?? [];
  for (const sheet of worksheets) {
    const links = sheet.hyperlinks ?? [];
    if (links.length === 0) continue;
    const rels = sheet.rels ?? [];
    const items = links.map((link) => {
      const { file, location } = splitLink(link.target);
      const index = rels.findIndex((rel) => rel.Id === link.rId);
      const rel = rels[index];
      if (file === '' && index >= 0) rels.splice(index, 1);
      else if (rel !== undefined) rel.Target = fileUri(file);
      const id = file === '' || rel === undefined ? '' : ` r:id="${escapeAttribute(rel.Id)}"`;
      const at = location === null ? '' : ` location="${escapeAttribute(location)}"`;
      return `<hyperlink ref="${escapeAttribute(link.address)}"${id}${at}/>`;
    });
    elements.set(`xl/worksheets/sheet${sheet.id}.xml`, `<hyperlinks>${items.join('')}</hyperlinks>`);
  }
  return elements;
}

/** A sheet part with its `<hyperlinks>` element replaced by `element`. */
export function withLinks(part: string, element: string): string {
  return part.replace(/<hyperlinks>[\s\S]*?<\/hyperlinks>/u, () => element);
}
