/**
 * FNV-1a (32 bit) over the code points of `text`, continuing from `hash`: the fingerprint of catalog texts. Reads
 * UTF-16 units by index and joins surrogate pairs itself, giving what iterating the string's code points gives
 * (a lone surrogate counts as itself) at a fraction of the cost: the catalog is some 300 KB of text.
 */
export const FNV_OFFSET = 0x811c9dc5;

export function fnv1a(hash: number, text: string): number {
  let h = hash;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    h = Math.imul(h ^ code, 0x01000193) >>> 0;
  }
  return h;
}
