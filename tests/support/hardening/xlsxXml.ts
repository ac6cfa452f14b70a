/**
 * What an .xlsx really holds, read from its XML rather than through ExcelJS: every formula (cell <f>, conditional
 * format and validation <formula>, <formula1>, <formula2>) and every text cell with whether it carries a formula.
 * A text is safe when it is stored as a string (shared or inline) in a cell without <f>.
 */
import { entriesOf } from '../xlsx/zipFixtures';

export interface XlsxCell {
  part: string;
  address: string;
  /** The string the cell holds (shared or inline), or null for a number, boolean or empty cell. */
  text: string | null;
  /** The cell's formula text, when it has one. */
  formula: string | null;
}

export interface XlsxXml {
  cells: XlsxCell[];
  /** Formula texts of cells, conditional formats and data validations, with the part they are in. */
  formulas: Array<{ part: string; text: string }>;
  /** Every string of the workbook that is not inside a formula: shared strings, inline strings, comments. */
  texts: string[];
}

const decode = (xml: string) => xml
  .replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&apos;/gu, "'")
  .replace(/&#x([0-9a-f]+);/giu, (_m, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
  .replace(/&#(\d+);/gu, (_m, dec: string) => String.fromCodePoint(Number(dec)))
  .replace(/&amp;/gu, '&');

/** The text of an <si> or <is>: its <t> runs joined. */
const runsOf = (xml: string) => [...xml.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/gu)].map((match) => decode(match[1] ?? '')).join('');

export async function readXlsxXml(bytes: Uint8Array): Promise<XlsxXml> {
  const entries = await entriesOf(bytes);
  const text = (name: string) => Buffer.from(entries.find((entry) => entry.name === name)?.data ?? new Uint8Array()).toString('utf8');
  const shared = [...text('xl/sharedStrings.xml').matchAll(/<si>(.*?)<\/si>/gsu)].map((match) => runsOf(match[1] ?? ''));
  const cells: XlsxCell[] = [];
  const formulas: XlsxXml['formulas'] = [];
  const texts: string[] = [...shared];
  for (const entry of entries) {
    const xml = Buffer.from(entry.data).toString('utf8');
    if (/^xl\/(comments\d*|threadedComments\/.*)\.xml$/u.test(entry.name)) texts.push(...[...xml.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/gu)].map((m) => decode(m[1] ?? '')));
    if (!/^xl\/worksheets\/sheet\d+\.xml$/u.test(entry.name)) continue;
    for (const match of xml.matchAll(/<c\s([^>]*?)(?:\/>|>(.*?)<\/c>)/gsu)) {
      const attributes = match[1] ?? '';
      const body = match[2] ?? '';
      const address = /\br="([A-Z]+\d+)"/u.exec(attributes)?.[1] ?? '';
      const type = /\bt="([a-zA-Z]+)"/u.exec(attributes)?.[1] ?? 'n';
      const formula = /<f(?:\s[^>]*)?(?:\/>|>(.*?)<\/f>)/su.exec(body);
      const value = /<v>(.*?)<\/v>/su.exec(body)?.[1];
      let cellText: string | null = null;
      if (type === 's' && value !== undefined) cellText = shared[Number(value)] ?? null;
      if (type === 'inlineStr') cellText = runsOf(/<is>(.*?)<\/is>/su.exec(body)?.[1] ?? '');
      if (type === 'str' && value !== undefined) cellText = decode(value);
      if (type === 'inlineStr' && cellText !== null) texts.push(cellText);
      cells.push({ part: entry.name, address, text: cellText, formula: formula === null ? null : decode(formula[1] ?? '') });
      if (formula !== null) formulas.push({ part: entry.name, text: decode(formula[1] ?? '') });
    }
    for (const match of xml.matchAll(/<(formula[12]?)>(.*?)<\/\1>/gsu)) formulas.push({ part: entry.name, text: decode(match[2] ?? '') });
  }
  return { cells, formulas, texts };
}
