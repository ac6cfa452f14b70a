/**
 * A part's fingerprint in the pane (webpack.config.js maps partFingerprint.ts here), and in a Node without zlib's
 * crc32 (before 20.15): FNV-1a over its bytes. What PartCache remembers of a part seen once (partCache.ts).
 */
export function partFingerprint(bytes: Uint8Array): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < bytes.length; index += 1) hash = Math.imul(hash ^ (bytes[index] ?? 0), 0x01000193);
  return hash >>> 0;
}
