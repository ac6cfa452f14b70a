/**
 * The central directory of a zip file, read from its bytes without inflating anything: names, methods and the
 * sizes each entry declares. An .xlsx is a zip; reading the directory ourselves lets the guard refuse a zip
 * bomb or a truncated file before ExcelJS (which inflates every part into memory) sees it.
 */

export interface ZipEntry {
  /** Path inside the zip, without a leading '/'. */
  name: string;
  /** 0 stored, 8 deflated; anything else is a method an .xlsx never uses. */
  method: number;
  /** General-purpose flag bit 0: the entry is encrypted (zip's own encryption). */
  encrypted: boolean;
  compressedSize: number;
  /** As declared; the guard checks the inflated bytes against it. */
  uncompressedSize: number;
  /** Offset of the entry's local header. */
  localHeaderOffset: number;
}

export type ZipDirectory = { ok: true; entries: ZipEntry[] } | { ok: false; detail: string };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_COMMENT = 0xffff;
const U32_MAX = 0xffffffff;
const U16_MAX = 0xffff;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** A 64-bit little-endian number as a JS number (exact below 2⁵³, far beyond any file we accept). */
function u64(data: DataView, offset: number): number {
  return data.getUint32(offset, true) + data.getUint32(offset + 4, true) * 2 ** 32;
}

function findEndRecord(data: DataView): number {
  const last = data.byteLength - 22;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let offset = last; offset >= first; offset--) {
    if (data.getUint32(offset, true) === EOCD) return offset;
  }
  return -1;
}

interface DirectoryBounds {
  count: number;
  size: number;
  offset: number;
}

function zip64Bounds(data: DataView, endRecord: number): DirectoryBounds | null {
  const locator = endRecord - 20;
  if (locator < 0 || data.getUint32(locator, true) !== ZIP64_LOCATOR) return null;
  const record = u64(data, locator + 8);
  if (record + 56 > data.byteLength || data.getUint32(record, true) !== ZIP64_EOCD) return null;
  return { count: u64(data, record + 32), size: u64(data, record + 40), offset: u64(data, record + 48) };
}

/** Sizes and offset from the zip64 extra field (id 1), for the fields the directory left at 0xFFFFFFFF. */
function applyZip64Extra(data: DataView, start: number, end: number, entry: ZipEntry): void {
  for (let at = start; at + 4 <= end;) {
    const id = data.getUint16(at, true);
    const size = data.getUint16(at + 2, true);
    if (id === 1) {
      let field = at + 4;
      const take = () => {
        const value = field + 8 <= at + 4 + size ? u64(data, field) : null;
        field += 8;
        return value;
      };
      if (entry.uncompressedSize === U32_MAX) entry.uncompressedSize = take() ?? entry.uncompressedSize;
      if (entry.compressedSize === U32_MAX) entry.compressedSize = take() ?? entry.compressedSize;
      if (entry.localHeaderOffset === U32_MAX) entry.localHeaderOffset = take() ?? entry.localHeaderOffset;
      return;
    }
    at += 4 + size;
  }
}

const utf8 = new TextDecoder('utf-8');

/** Reads the directory; a file that is no complete zip gives { ok: false } with what was wrong. */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  if (bytes.byteLength < 22) return { ok: false, detail: 'too short for a zip file' };
  const data = view(bytes);
  const endRecord = findEndRecord(data);
  if (endRecord < 0) return { ok: false, detail: 'no end-of-directory record (the file is truncated or not a zip)' };
  let bounds: DirectoryBounds = {
    count: data.getUint16(endRecord + 10, true),
    size: data.getUint32(endRecord + 12, true),
    offset: data.getUint32(endRecord + 16, true),
  };
  if (bounds.count === U16_MAX || bounds.size === U32_MAX || bounds.offset === U32_MAX) {
    const wide = zip64Bounds(data, endRecord);
    if (wide === null) return { ok: false, detail: 'zip64 directory announced but not found' };
    bounds = wide;
  }
  if (bounds.offset + bounds.size > endRecord) return { ok: false, detail: 'central directory lies outside the file (truncated?)' };

  const entries: ZipEntry[] = [];
  let at = bounds.offset;
  for (let i = 0; i < bounds.count; i++) {
    if (at + 46 > endRecord || data.getUint32(at, true) !== CENTRAL) return { ok: false, detail: `directory entry ${i + 1} is damaged` };
    const nameLength = data.getUint16(at + 28, true);
    const extraLength = data.getUint16(at + 30, true);
    const commentLength = data.getUint16(at + 32, true);
    const nameStart = at + 46;
    if (nameStart + nameLength + extraLength + commentLength > endRecord) return { ok: false, detail: `directory entry ${i + 1} is damaged` };
    const entry: ZipEntry = {
      // ExcelJS reads '/xl/workbook.xml' as 'xl/workbook.xml'; so does the guard.
      name: utf8.decode(bytes.subarray(nameStart, nameStart + nameLength)).replace(/^\/+/u, ''),
      method: data.getUint16(at + 10, true),
      encrypted: (data.getUint16(at + 8, true) & 1) === 1,
      compressedSize: data.getUint32(at + 20, true),
      uncompressedSize: data.getUint32(at + 24, true),
      localHeaderOffset: data.getUint32(at + 42, true),
    };
    applyZip64Extra(data, nameStart + nameLength, nameStart + nameLength + extraLength, entry);
    entries.push(entry);
    at = nameStart + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries };
}

/** The compressed bytes of an entry, found through its local header; null when they lie outside the file. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const data = view(bytes);
  const header = entry.localHeaderOffset;
  if (header + 30 > bytes.byteLength || data.getUint32(header, true) !== LOCAL) return null;
  const start = header + 30 + data.getUint16(header + 26, true) + data.getUint16(header + 28, true);
  const end = start + entry.compressedSize;
  return end > bytes.byteLength ? null : bytes.subarray(start, end);
}
