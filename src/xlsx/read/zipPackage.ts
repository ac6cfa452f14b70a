/**
 * The zip of an .xlsx: its directory listed through fflate without inflating anything, each entry's local header
 * found where the directory says (zipPackage's own walk, which also compares the names), then the parts the reader
 * needs inflated from there (inflateRaw: Node's zlib, fflate in the pane), each to at most the size its directory
 * entry declares. Bounded before anything is inflated: the number of entries and the size of the central directory
 * (read from the end record), and the sum of declared sizes. An entry that inflates past what it declared, or falls
 * short of it, is damage.
 */
import { unzipSync } from 'fflate';
import { fileProblem, megabytes, type FileProblem, type ReadLimits } from '../fileProblem';
import { namedTwice } from './namedTwice';
import { inflateRaw } from './inflateRaw';
import { RecurringDeflated } from './recurringDeflated';

export interface PackageEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  method: number;
  /** Where the entry's data begins (after its local header), the bytes fflate would inflate; -1 until the headers are read. */
  dataAt: number;
}

export type Listing = { ok: true; entries: PackageEntry[] } | { ok: false; problem: FileProblem };

const END_RECORD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;

/** Entries, directory size and offset the end record announces (zip64's when the classic fields overflow); null when none. */
function announced(bytes: Uint8Array): { entries: number; directoryBytes: number; directoryAt: number } | null {
  const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = bytes.byteLength - 22; at >= 0 && at >= bytes.byteLength - 22 - 0xffff; at--) {
    if (data.getUint32(at, true) !== END_RECORD) continue;
    let entries = data.getUint16(at + 10, true);
    let directoryBytes = data.getUint32(at + 12, true);
    let directoryAt = data.getUint32(at + 16, true);
    const locator = at - 20;
    if (locator >= 0 && data.getUint32(locator, true) === ZIP64_LOCATOR) {
      const record = Number(data.getBigUint64(locator + 8, true));
      if (record + 56 <= bytes.byteLength) {
        entries = Math.max(entries, Number(data.getBigUint64(record + 32, true)));
        directoryBytes = Math.max(directoryBytes, Number(data.getBigUint64(record + 40, true)));
        if (directoryAt === 0xffffffff) directoryAt = Number(data.getBigUint64(record + 48, true));
      }
    }
    return { entries, directoryBytes, directoryAt };
  }
  return null;
}

class TooManyEntries extends Error {}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The directory: every entry's name (a leading '/' removed, as Excel and ExcelJS read it) and sizes. */
export function listEntries(bytes: Uint8Array, limits: ReadLimits): Listing {
  const end = announced(bytes);
  if (end === null) return { ok: false, problem: fileProblem('file.corrupt', 'no end-of-directory record (the file is truncated or not a zip)') };
  if (end.entries > limits.maxEntries || end.directoryBytes > limits.maxDirectoryBytes) {
    return { ok: false, problem: tooManyParts(end.entries, end.directoryBytes, limits) };
  }
  const entries: PackageEntry[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        if (entries.length >= limits.maxEntries) throw new TooManyEntries();
        entries.push({ name: file.name.replace(/^\/+/u, ''), compressedSize: file.size, uncompressedSize: file.originalSize, method: file.compression, dataAt: -1 });
        return false;
      },
    });
  } catch (error) {
    if (error instanceof TooManyEntries) return { ok: false, problem: tooManyParts(entries.length + 1, end.directoryBytes, limits) };
    return { ok: false, problem: fileProblem('file.corrupt', `zip directory: ${message(error)}`) };
  }
  // Given twice, or twice but for case (part names are compared without case in a package): Excel, LibreOffice and
  // this reader would each take one of them, not necessarily the same one.
  const twice = namedTwice(entries.map((entry) => entry.name), (name) => name.toLowerCase());
  if (twice !== null) return { ok: false, problem: fileProblem('file.corrupt', `two zip entries named ${twice}`, { part: twice }, 'part_twice') };
  const renamed = entryHeaderProblem(bytes, end.directoryAt, entries);
  if (renamed !== null) {
    const { central, local, encrypted } = renamed;
    // A zip whose entries are encrypted (a password on the zip itself): Excel and LibreOffice open none of it.
    if (encrypted === true) return { ok: false, problem: fileProblem('file.encrypted', `zip entry ${central} is encrypted`) };
    if (local === null) return { ok: false, problem: fileProblem('file.corrupt', `zip entry ${central} has no local header`) };
    return { ok: false, problem: fileProblem('file.corrupt', `zip entry ${central} is ${local} in its local header`, { part: central, other: local }, 'part_named_twice') };
  }
  return { ok: true, entries };
}

const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/**
 * The first entry marked encrypted (bit 0 of its flags, in the directory or its local header: fflate inflates it as if
 * it were not, office suites refuse the file), or whose local header gives another name than the directory (local
 * null: no local header there). fflate,
 * Excel and LibreOffice name a part by the directory; JSZip (ExcelJS) by the local header: such a part reads as one
 * part here and another there. Only the headers' fixed fields and names are read: fflate has listed the directory.
 * A zip64 offset (0xffffffff) is read from the entry's zip64 extra field. Each entry's `dataAt` is set on the way
 * (the offset fflate reads its data from: after the local header's fixed fields, name and extra field).
 */
function entryHeaderProblem(bytes: Uint8Array, directoryAt: number, entries: PackageEntry[]): { central: string; local: string | null; encrypted?: true } | null {
  const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decoder = new TextDecoder();
  let at = directoryAt;
  for (const entry of entries) {
    if (at + 46 > bytes.byteLength || data.getUint32(at, true) !== CENTRAL_HEADER) return null; // fflate read this directory: unreachable
    const nameLength = data.getUint16(at + 28, true);
    const extraLength = data.getUint16(at + 30, true);
    const name = bytes.subarray(at + 46, at + 46 + nameLength);
    const central = decoder.decode(name);
    const local = localHeaderAt(data, at, nameLength, extraLength);
    if (local === null || local + 30 > bytes.byteLength || data.getUint32(local, true) !== LOCAL_HEADER) return { central, local: null };
    const localName = bytes.subarray(local + 30, local + 30 + data.getUint16(local + 26, true));
    const flags = data.getUint16(at + 8, true) | data.getUint16(local + 6, true);
    if ((flags & 1) !== 0) return { central, local: central, encrypted: true };
    if (localName.byteLength !== name.byteLength || localName.some((byte, i) => byte !== name[i])) return { central, local: decoder.decode(localName) };
    entry.dataAt = local + 30 + data.getUint16(local + 26, true) + data.getUint16(local + 28, true);
    at += 46 + nameLength + extraLength + data.getUint16(at + 32, true);
  }
  return null;
}

/** Where a directory entry's local header is: its offset field, or the zip64 extra field's when that is 0xffffffff. */
function localHeaderAt(data: DataView, at: number, nameLength: number, extraLength: number): number | null {
  const offset = data.getUint32(at + 42, true);
  if (offset !== 0xffffffff) return offset;
  // The zip64 extra field holds, in order, only the fields that overflowed: uncompressed size, compressed size, offset.
  const skipped = (data.getUint32(at + 24, true) === 0xffffffff ? 8 : 0) + (data.getUint32(at + 20, true) === 0xffffffff ? 8 : 0);
  for (let field = at + 46 + nameLength; field + 4 <= at + 46 + nameLength + extraLength;) {
    const size = data.getUint16(field + 2, true);
    if (data.getUint16(field, true) === 1 && field + 4 + skipped + 8 <= data.byteLength) return Number(data.getBigUint64(field + 4 + skipped, true));
    field += 4 + size;
  }
  return null;
}

function tooManyParts(entries: number, directoryBytes: number, limits: ReadLimits): FileProblem {
  return fileProblem('file.too_many_parts', `${entries} zip entries, central directory of ${directoryBytes} bytes`, {
    entries, limit: limits.maxEntries, directory: megabytes(directoryBytes), directoryLimit: megabytes(limits.maxDirectoryBytes),
  });
}

export type Inflated = { ok: true; parts: Map<string, Uint8Array> } | { ok: false; problem: FileProblem };

/** Entries whose deflated bytes recur from file to file are inflated once (recurringDeflated.ts). */
const recurring = new RecurringDeflated<'longer'>();

/**
 * The named parts, inflated (names as listEntries gives them) from the bytes the directory and local header point at;
 * a part that inflates past or short of its declared size is damage. The parts are read, never written to: one whose
 * deflated bytes recur is the same bytes for every file that has it.
 */
export function inflateParts(bytes: Uint8Array, wanted: ReadonlySet<string>, entries: readonly PackageEntry[]): Inflated {
  const parts = new Map<string, Uint8Array>();
  for (const { name, method, dataAt, compressedSize, uncompressedSize: size } of entries) {
    if (!wanted.has(name) || (method !== 0 && method !== 8)) continue;
    // The walk of the directory stopped before this entry (a record that is no directory record): where its data is cannot be told.
    if (dataAt < 0) return { ok: false, problem: fileProblem('file.corrupt', `zip entry ${name}: no directory record where the directory says`) };
    const stored = bytes.subarray(dataAt, dataAt + compressedSize);
    let data: Uint8Array | 'longer';
    try {
      // A stored part copied (a Node Buffer's slice() would be a view, keeping the whole file alive with the part).
      data = method === 0 ? new Uint8Array(stored) : recurring.inflated(stored, size, inflateRaw);
    } catch (error) {
      return { ok: false, problem: fileProblem('file.corrupt', `inflating: ${message(error)}`) };
    }
    if (data === 'longer') return { ok: false, problem: fileProblem('file.corrupt', `${name} inflates to more than the ${size} bytes it declares`) };
    if (data.byteLength !== size) {
      return { ok: false, problem: fileProblem('file.corrupt', `${name} inflates to ${data.byteLength} bytes, not the ${size} it declares`) };
    }
    parts.set(name, data);
  }
  return { ok: true, parts };
}
