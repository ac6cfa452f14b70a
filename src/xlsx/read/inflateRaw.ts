/**
 * A zip entry's deflated bytes inflated, to at most `size` bytes: Node's zlib (native, about four times fflate's speed
 * on a return's parts, decision 0262). The pane's build takes inflateRaw.browser.ts instead (webpack.config.js).
 * 'longer' when the data inflates past `size`: nothing more than that is ever made.
 */
import { inflateRawSync } from 'node:zlib';

export function inflateRaw(deflated: Uint8Array, size: number): Uint8Array | 'longer' {
  try {
    // One output buffer of the declared size and a byte (zlib's default is 16 KB pieces, copied into one at the end):
    // the part is made once, and a part that fills it is not given a second buffer to find its end.
    const inflated = inflateRawSync(deflated, { maxOutputLength: Math.max(size, 1), chunkSize: Math.max(size + 1, 64) });
    return inflated.byteLength > size ? 'longer' : inflated;
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') return 'longer';
    throw error;
  }
}
