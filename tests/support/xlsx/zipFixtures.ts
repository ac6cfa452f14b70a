/**
 * Files that break readers, built cheaply: a zip written entry by entry (so that its declared sizes can lie), the
 * one zip writer of the tests (PackageEdit's edited returns too), an xlsx with one part replaced, the header of an
 * OLE2 compound file. Nothing here inflates what it builds.
 */
import { createHash } from 'node:crypto';
import zlib from 'node:zlib';
import JSZip from 'jszip';

export interface FixtureEntry {
  name: string;
  data: Uint8Array;
  /** What the directory says the entry inflates to (default: the truth). */
  declaredSize?: number;
  /**
   * The name's bytes as stored, without the UTF-8 flag, e.g. GBK as Windows' own zip writer stores it (default:
   * `name` in UTF-8, flagged so when it is not ASCII, as Excel, 7-Zip and fflate write it).
   */
  nameBytes?: Uint8Array;
}

/**
 * Each data's deflated bytes and CRC, made once: by identity (the bomb tests zip the same 210 MB twice) and, for a
 * part of up to a megabyte, by content (SHA-1 and length: an edited return's unchanged parts, and an edit made again
 * by another test, decision 0273). Level 9 for ordinary parts; a part of megabytes (zeros, spaces) compresses to the
 * same size at level 6 in a third of the time.
 */
const MB = 1024 * 1024;
const deflated = new WeakMap<Uint8Array, { compressed: Buffer; crc: number }>();
const deflatedByContent = new Map<string, { compressed: Buffer; crc: number }>();

/** A part's bytes named by their content: its length and SHA-1 (what keeps a deflate, or an unzipped part, by content). */
export function contentKey(data: Uint8Array): string {
  return `${data.byteLength}:${createHash('sha1').update(data).digest('base64')}`;
}

function deflatedOf(data: Uint8Array): { compressed: Buffer; crc: number } {
  let known = deflated.get(data);
  if (known !== undefined) return known;
  const key = data.byteLength > MB ? undefined : contentKey(data);
  known = key === undefined ? undefined : deflatedByContent.get(key);
  if (known === undefined) {
    known = { compressed: zlib.deflateRawSync(data, { level: data.byteLength > MB ? 6 : 9 }), crc: zlib.crc32(data) };
    if (key !== undefined) deflatedByContent.set(key, known);
  }
  deflated.set(data, known);
  return known;
}

/** A zip of deflated entries, with the sizes each entry declares in its local header and in the directory. */
export function zipOf(entries: readonly FixtureEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = entry.nameBytes === undefined ? Buffer.from(entry.name, 'utf8') : Buffer.from(entry.nameBytes);
    const flags = entry.nameBytes === undefined && name.byteLength !== entry.name.length ? 0x800 : 0;
    const { compressed, crc } = deflatedOf(entry.data);
    const size = entry.declaredSize ?? entry.data.byteLength;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.byteLength, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.byteLength, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.byteLength, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.byteLength, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.byteLength + name.byteLength + compressed.byteLength;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.byteLength, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** The entries of an xlsx, inflated (small files only: the generated templates). */
export async function entriesOf(bytes: Uint8Array): Promise<FixtureEntry[]> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((name) => !zip.files[name]?.dir);
  return Promise.all(names.map(async (name) => ({ name, data: await (zip.file(name) as JSZip.JSZipObject).async('uint8array') })));
}

/** The xlsx with some parts replaced (or added), re-zipped. */
export async function withParts(bytes: Uint8Array, parts: Readonly<Record<string, string | Uint8Array>>, declared: Readonly<Record<string, number>> = {}): Promise<Uint8Array> {
  const entries = await entriesOf(bytes);
  const replaced = new Map<string, FixtureEntry>(entries.map((entry) => [entry.name, entry]));
  for (const [name, data] of Object.entries(parts)) replaced.set(name, { name, data: typeof data === 'string' ? new Uint8Array(Buffer.from(data, 'utf8')) : data });
  return zipOf([...replaced.values()].map((entry) => (declared[entry.name] === undefined ? entry : { ...entry, declaredSize: declared[entry.name] as number })));
}

/** The text of one part of an xlsx. */
export async function partText(bytes: Uint8Array, name: string): Promise<string> {
  const file = (await JSZip.loadAsync(bytes)).file(name);
  if (file === null) throw new Error(`no part ${name}`);
  return file.async('string');
}

/** The first sector of an OLE2 compound file, with directory names (UTF-16LE) as Excel writes them. */
export function compoundFile(streamNames: readonly string[]): Uint8Array {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  const directory = Buffer.alloc(128 * Math.max(1, streamNames.length));
  streamNames.forEach((name, i) => Buffer.from(name, 'utf16le').copy(directory, i * 128));
  return new Uint8Array(Buffer.concat([header, directory, Buffer.alloc(1024)]));
}
