/**
 * A part's inflated bytes kept for the next file whose entry holds exactly the same deflated bytes and declares the same
 * size: returns filled from one form share most of their parts (styles, theme, workbook, relationships, cover sheet,
 * often the shared strings), byte for byte even compressed — in the benchmark's batch 38 % of the inflated bytes
 * (decision 0266). Inflating is a function of the deflated bytes and the declared size alone, so what is handed on is
 * what inflating them again would give, a refusal or a shortfall included; a size that differs (a directory that lies)
 * is inflated and judged afresh.
 *
 * A PartCache (partCache.ts) keyed by the deflated bytes, the declared size its context: a part is remembered by its
 * fingerprint the first time and its inflated bytes kept from the second, so the parts each file has its own (its
 * figures) are never copied or kept (decision 0265). What is handed on is shared by every file that had those bytes:
 * it is read, never written to.
 */
import { PartCache } from './partCache';

/**
 * Parts declaring more than this, or deflated to more, are inflated each time: a form's parts are some kilobytes to some
 * tens of them (the benchmark's largest, a data sheet, 43 KB). With CAPACITY, what is held is bounded: at most 64
 * inflated parts of 64 KB and their deflated bytes, about 8 MB; for the benchmark's batch some 100 KB.
 */
const MAX_KEPT_BYTES = 64 * 1024;
/** Entries remembered at most: a return has some fifteen parts; a batch a few forms. */
const CAPACITY = 64;

export class RecurringDeflated<R = never> {
  private readonly parts: PartCache<Uint8Array | R>;

  constructor(capacity = CAPACITY) {
    this.parts = new PartCache(capacity);
  }

  /** `inflate(deflated, size)`'s answer, from an earlier entry with the same deflated bytes and declared size when one came twice before. */
  inflated(deflated: Uint8Array, size: number, inflate: (deflated: Uint8Array, size: number) => Uint8Array | R): Uint8Array | R {
    // Both bounded: a deflated stream can be far longer than what it inflates to (empty blocks), and is copied when kept.
    if (size > MAX_KEPT_BYTES || deflated.byteLength > MAX_KEPT_BYTES) return inflate(deflated, size);
    return this.parts.get(deflated, String(size), (bytes) => {
      const made = inflate(bytes, size);
      // A copy of its own length: zlib's output for a small part is a view into a shared pool slab, which a kept part
      // would hold.
      return made instanceof Uint8Array ? new Uint8Array(made) : made;
    });
  }
}
