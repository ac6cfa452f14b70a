/**
 * Whether an office suite opens the package as a workbook at all, and reads the parts the checks read: its root relationships (_rels/.rels) name
 * xl/workbook.xml as the office document, and [Content_Types].xml declares that part a spreadsheet. Excel, WPS and
 * LibreOffice refuse a package without them ("general input/output error"), although every part the checks read is
 * there: such a file would pass here and open nowhere, so no reviewer could look at what was checked.
 */
import { strFromU8 } from 'fflate';
import type { Relationship } from './packageParts';

export const CONTENT_TYPES = '[Content_Types].xml';
const ROOT_RELATIONSHIPS = '_rels/.rels';

/** xlsx, xlsm, xltx and xltm main parts: each opens as a workbook (macros are findings of their own). */
const WORKBOOK_TYPE = /^application\/vnd\.ms-excel\.(?:sheet|template)\.macroEnabled\.main\+xml$|^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.(?:sheet|template)\.main\+xml$/u;

function attributeOf(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'u').exec(tag)?.slice(1).find((value) => value !== undefined);
}

/** The content type [Content_Types].xml gives `part` (an Override for it, else the Default for its extension). */
function contentTypeOf(contentTypes: string, part: string): string | undefined {
  const tags = contentTypes.match(/<(?:\w+:)?(?:Override|Default)\b[^>]*>/gu) ?? [];
  const override = tags.find((tag) => /^<(?:\w+:)?Override\b/u.test(tag) && (attributeOf(tag, 'PartName') ?? '').toLowerCase() === `/${part}`.toLowerCase());
  if (override !== undefined) return attributeOf(override, 'ContentType');
  const extension = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
  const fallback = tags.find((tag) => /^<(?:\w+:)?Default\b/u.test(tag) && (attributeOf(tag, 'Extension') ?? '').toLowerCase() === extension);
  return fallback === undefined ? undefined : attributeOf(fallback, 'ContentType');
}

/**
 * The part that keeps office suites from opening the package as the workbook `workbook` (what is missing or says
 * otherwise), or null when they open it.
 */
export function unopenedPart(workbook: string, rootRelationships: readonly Relationship[] | null, contentTypes: Uint8Array | undefined): string | null {
  if (rootRelationships === null) return ROOT_RELATIONSHIPS;
  const document = rootRelationships.find((relationship) => relationship.type === 'officeDocument' && !relationship.external);
  if (document?.target !== workbook) return ROOT_RELATIONSHIPS;
  if (contentTypes === undefined) return CONTENT_TYPES;
  const type = contentTypeOf(strFromU8(contentTypes), workbook);
  return type !== undefined && WORKBOOK_TYPE.test(type.trim()) ? null : CONTENT_TYPES;
}

/** The workbook's parts the checks read by their usual names, by the type of relationship office suites find them by. */
const READ_BY_NAME: ReadonlyArray<{ type: string; part: string }> = [
  { type: 'styles', part: 'xl/styles.xml' },
  { type: 'sharedStrings', part: 'xl/sharedStrings.xml' },
];

/**
 * A part office suites take the styles or shared strings from other than the one the checks read (the workbook's
 * relationship names another part, or none while the usual part is there), or null. Every suite writes them under
 * these names; a county that points the workbook at a second styles part could show formats or labels the checks
 * never saw.
 */
export function partReadElsewhere(workbookRelationships: readonly Relationship[], has: (part: string) => boolean): string | null {
  for (const { type, part } of READ_BY_NAME) {
    const target = workbookRelationships.find((relationship) => relationship.type === type && !relationship.external)?.target;
    if (target === undefined ? has(part) : target.toLowerCase() !== part.toLowerCase()) return target ?? part;
  }
  return null;
}
