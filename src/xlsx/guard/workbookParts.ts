/**
 * Which zip entry holds which worksheet, from xl/workbook.xml and its relationships, so that a refusal can
 * name the sheet as people know it ("指标填报") rather than the entry ("xl/worksheets/sheet1.xml").
 */
import { inflateEntry } from '../zip/inflateEntry';
import type { ZipEntry } from '../zip/zipDirectory';

export const WORKBOOK_PART = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
/** The workbook part and its relationships are a few kilobytes; more is not read. */
const SMALL_PART = 4 * 1024 * 1024;

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/gu;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXmlText(text: string): string {
  return text.replace(ENTITY, (whole, hex: string | undefined, decimal: string | undefined, name: string | undefined) => {
    if (name !== undefined) return NAMED[name] ?? whole;
    const code = hex !== undefined ? Number.parseInt(hex, 16) : Number(decimal);
    return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function attributesOf(tag: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const [, name = '', double, single] of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/gu)) values.set(name, decodeXmlText(double ?? single ?? ''));
  return values;
}

async function smallText(bytes: Uint8Array, entry: ZipEntry | undefined): Promise<string> {
  if (entry === undefined) return '';
  const decoder = new TextDecoder('utf-8');
  let text = '';
  await inflateEntry(bytes, entry, (chunk) => {
    text += decoder.decode(chunk, { stream: true });
    return text.length < SMALL_PART;
  });
  return text + decoder.decode();
}

/** Entry name → sheet name. Entries the workbook does not name are left out (the caller falls back to the entry name). */
export async function worksheetNames(bytes: Uint8Array, entries: readonly ZipEntry[]): Promise<Map<string, string>> {
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  const [workbook, rels] = await Promise.all([smallText(bytes, byName.get(WORKBOOK_PART)), smallText(bytes, byName.get(WORKBOOK_RELS))]);
  const targets = new Map<string, string>();
  for (const [tag] of rels.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/gu)) {
    const attributes = attributesOf(tag);
    const id = attributes.get('Id');
    const target = attributes.get('Target');
    if (id === undefined || target === undefined) continue;
    targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const names = new Map<string, string>();
  for (const [tag] of workbook.matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*>/gu)) {
    const attributes = attributesOf(tag);
    const name = attributes.get('name');
    const id = attributes.get('r:id') ?? [...attributes.entries()].find(([key]) => key.endsWith(':id'))?.[1];
    const target = id === undefined ? undefined : targets.get(id);
    if (name !== undefined && target !== undefined) names.set(target, name);
  }
  return names;
}
