/**
 * The links of a written .xlsx as Excel reads them, from the parts themselves (ExcelJS reads back only the
 * relationship's target and drops a link's `location`): each `<hyperlink>` of each sheet, its relationship's target
 * (a relative URI, decoded to the file it names) and its `location` (the cell in that file).
 */
import { strFromU8, unzipSync } from 'fflate';

export interface WrittenLink {
  /** The sheet part the link is on and the cell it sits in. */
  part: string;
  ref: string;
  /** The file the relationship names, percent-decoded; null for a link into the same workbook. */
  file: string | null;
  /** The relationship's target as written (a URI reference). */
  uri: string | null;
  location: string | null;
}

const unescapeXml = (text: string) => text.replace(/&quot;/gu, '"').replace(/&apos;/gu, "'").replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&amp;/gu, '&');
const attribute = (tag: string, name: string) => {
  const match = new RegExp(`\\s${name}="([^"]*)"`, 'u').exec(tag);
  return match === null ? null : unescapeXml(match[1] ?? '');
};

export function writtenLinks(bytes: Uint8Array): WrittenLink[] {
  const parts = unzipSync(bytes);
  const links: WrittenLink[] = [];
  for (const [name, data] of Object.entries(parts)) {
    const sheet = /^xl\/worksheets\/(sheet\d+\.xml)$/u.exec(name);
    if (sheet === null) continue;
    const relsPart = parts[`xl/worksheets/_rels/${sheet[1] ?? ''}.rels`];
    const rels = new Map<string, string>();
    for (const rel of (relsPart === undefined ? '' : strFromU8(relsPart)).match(/<Relationship\s[^>]*>/gu) ?? []) {
      rels.set(attribute(rel, 'Id') ?? '', attribute(rel, 'Target') ?? '');
    }
    for (const tag of strFromU8(data).match(/<hyperlink\s[^>]*>/gu) ?? []) {
      const id = attribute(tag, 'r:id');
      const uri = id === null ? null : rels.get(id) ?? null;
      links.push({ part: name, ref: attribute(tag, 'ref') ?? '', file: uri === null ? null : decodeURIComponent(uri), uri, location: attribute(tag, 'location') });
    }
  }
  return links;
}

/** A location's sheet and cell ('It''s'!M8 → It's, M8). */
export function placeOf(location: string): { sheet: string; cell: string } | null {
  const match = /^'((?:[^']|'')*)'!([A-Z]+\d+)$/u.exec(location) ?? /^([^'!]+)!([A-Z]+\d+)$/u.exec(location);
  return match === null ? null : { sheet: (match[1] ?? '').replace(/''/gu, "'"), cell: match[2] ?? '' };
}

/** The names of a workbook's sheets, as workbook.xml lists them. */
export function sheetNamesOf(bytes: Uint8Array): string[] {
  const workbook = unzipSync(bytes, { filter: (file) => file.name === 'xl/workbook.xml' })['xl/workbook.xml'];
  return (strFromU8(workbook ?? new Uint8Array()).match(/<sheet\s[^>]*>/gu) ?? []).map((tag) => attribute(tag, 'name') ?? '');
}
