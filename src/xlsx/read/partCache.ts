/**
 * What a reader made of a part, kept for the next file whose part holds exactly the same bytes: returns filled
 * from one form share their styles, cover sheet, workbook part and often their shared strings, and a batch
 * reads hundreds of them. A kept result is matched by its part's whole inflated bytes (byte for byte), never by a
 * name, a size or a CRC, so an edited part is always read afresh. A kept result is shared by every file that had
 * those bytes: the package reader only reads it, and copies what it hands on (readWorkbookPackage.ts).
 *
 * A result is kept only once its bytes come a second time: the parts each file has its own (its figures) are
 * never kept, so they neither push out the ones that recur nor live on for the garbage collector to move. A part
 * seen once is remembered by its fingerprint (partFingerprint.ts), not a copy of its bytes: the copies of a batch's
 * own parts lived some files, long enough to be moved to the old generation, where they were the largest part of
 * what a full collection found dead (decision 0265). A fingerprint met again only says that the part is worth
 * keeping: it is read afresh then, and kept with a copy of its bytes, which is what later parts are compared with.
 */
import { partFingerprint } from './partFingerprint';

/**
 * Parts larger than this are read each time and never copied or kept: a form's parts are some kilobytes to some tens
 * of kilobytes, and a batch of large files must not hold copies of them (the peak memory is held under 200 MB).
 */
const MAX_KEPT_BYTES = 256 * 1024;

interface Seen {
  fingerprint: number;
  byteLength: number;
  context: string;
}

interface Kept<T> {
  bytes: Uint8Array;
  context: string;
  value: T;
}

/** Node's Buffer when there is one (its comparison is the C library's); the pane runs in a browser, which has none. */
const nodeBuffer = (globalThis as { Buffer?: typeof Buffer }).Buffer;

/** Whether two byte arrays hold the same bytes. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  if (nodeBuffer !== undefined) return nodeBuffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
  for (let index = 0; index < a.length; index += 1) if (a[index] !== b[index]) return false;
  return true;
}

/** The index of the entry holding these bytes in this context, or -1. */
function indexOf<T>(entries: ReadonlyArray<Kept<T>>, bytes: Uint8Array, context: string): number {
  return entries.findIndex((entry) => entry.bytes.byteLength === bytes.byteLength && entry.context === context && sameBytes(entry.bytes, bytes));
}

/** Puts `entry` first (most recently used), dropping the last past `capacity`. */
function putFirst<E>(entries: E[], entry: E, capacity: number): void {
  entries.unshift(entry);
  entries.length = Math.min(entries.length, capacity);
}

export class PartCache<T> {
  /** Most recently used first. */
  private readonly kept: Array<Kept<T>> = [];
  /** Parts read once and not kept, most recent first: their fingerprints only. */
  private readonly seen: Seen[] = [];

  /** `capacity` results kept at most, and as many parts remembered as seen once. */
  constructor(private readonly capacity: number) {}

  /**
   * The result of `read` for these bytes, read in `context` (what else the result depends on: the part's
   * name, a limit), from an earlier file when one had the same bytes in the same context.
   */
  get(bytes: Uint8Array, context: string, read: (bytes: Uint8Array) => T): T {
    if (bytes.byteLength > MAX_KEPT_BYTES) return read(bytes);
    const at = indexOf(this.kept, bytes, context);
    const found = this.kept[at];
    if (found !== undefined) {
      if (at > 0) {
        this.kept.splice(at, 1);
        this.kept.unshift(found);
      }
      return found.value;
    }
    const value = read(bytes);
    const fingerprint = partFingerprint(bytes);
    const before = this.seen.findIndex((entry) => entry.fingerprint === fingerprint && entry.byteLength === bytes.byteLength && entry.context === context);
    if (before < 0) {
      putFirst(this.seen, { fingerprint, byteLength: bytes.byteLength, context }, this.capacity);
    } else {
      this.seen.splice(before, 1);
      // A copy: the part's bytes may be a view into the whole file, which need not stay in memory. Made by the
      // Uint8Array constructor: a Node Buffer's slice() (zlib's output is one) is a view, not a copy.
      putFirst(this.kept, { bytes: new Uint8Array(bytes), context, value }, this.capacity);
    }
    return value;
  }
}
