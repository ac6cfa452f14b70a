/**
 * A part's inflated bytes kept for the next file whose entry holds exactly the same deflated bytes and declares the same
 * size: returns filled from one form share most of their parts (styles, theme, workbook, relationships, cover sheet,
 * often the shared strings), byte for byte even compressed — in the benchmark's batch 38 % of the inflated bytes
 * (decision 0266). Inflating is a function of the deflated bytes and the declared size alone, so what is handed on is
 * what inflating them again would give; a size that differs (a directory that lies) is inflated and judged afresh.
 *
 * As PartCache (partCache.ts) does, an entry is only remembered (its deflated bytes, a copy) the first time, and its
 * inflated bytes kept from the second: the parts each file has its own (its figures) are never kept. What is handed on
 * is shared by every file that had those bytes: it is read, never written to.
 */
import { sameBytes } from './partCache';

/**
 * Parts declaring more than this, or deflated to more, are inflated each time: a form's parts are some kilobytes to some tens of them (the
 * benchmark's largest, a data sheet, 43 KB). With CAPACITY, what is held is bounded: at most 64 inflated parts of
 * 64 KB and their deflated bytes, about 8 MB; for the benchmark's batch some 100 KB.
 */
const MAX_KEPT_BYTES = 64 * 1024;
/** Entries remembered at most: a return has some fifteen parts; a batch a few forms. */
const CAPACITY = 64;

interface Remembered {
  deflated: Uint8Array;
  size: number;
  inflated: Uint8Array | null;
}

export class RecurringDeflated {
  /** Most recently used first. */
  private readonly entries: Remembered[] = [];

  constructor(private readonly capacity = CAPACITY) {}

  /**
   * `inflate(deflated, size)`'s answer, from an earlier entry with the same deflated bytes and declared size when one
   * came twice before. Only a full inflation of the declared size is kept (a refusal or a shortfall is judged again).
   */
  inflated<R>(deflated: Uint8Array, size: number, inflate: (deflated: Uint8Array, size: number) => Uint8Array | R): Uint8Array | R {
    // Both bounded: a deflated stream can be far longer than what it inflates to (empty blocks), and is copied here.
    if (size > MAX_KEPT_BYTES || deflated.byteLength > MAX_KEPT_BYTES) return inflate(deflated, size);
    const at = this.entries.findIndex((entry) => entry.size === size && sameBytes(entry.deflated, deflated));
    const found = this.entries[at];
    if (found !== undefined && found.inflated !== null) {
      this.first(at, found);
      return found.inflated;
    }
    const result = inflate(deflated, size);
    const whole = result instanceof Uint8Array && result.byteLength === size;
    if (found === undefined) {
      // A copy: the entry's bytes are a view into the whole file, which need not stay in memory.
      this.entries.unshift({ deflated: new Uint8Array(deflated), size, inflated: null });
      this.entries.length = Math.min(this.entries.length, this.capacity);
    } else {
      // A copy too: zlib's output for a small part may be a view into a shared pool slab.
      if (whole) found.inflated = new Uint8Array(result);
      this.first(at, found);
    }
    return result;
  }

  private first(at: number, entry: Remembered): void {
    if (at === 0) return;
    this.entries.splice(at, 1);
    this.entries.unshift(entry);
  }
}
