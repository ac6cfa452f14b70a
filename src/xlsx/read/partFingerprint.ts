/**
 * A part's fingerprint: what PartCache remembers of a part seen once (partCache.ts), instead of a copy of its bytes.
 * Node's zlib CRC-32 (native, about the cost of copying the bytes), where it has one (Node 20.15 on); otherwise the
 * pane's (partFingerprint.browser.ts). Two parts with the same fingerprint are not taken for the same part: a kept
 * result is still matched byte for byte.
 */
import zlib from 'node:zlib';
import { partFingerprint as inJavaScript } from './partFingerprint.browser';

const crc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

export const partFingerprint: (bytes: Uint8Array) => number = crc32 === undefined ? inJavaScript : (bytes) => crc32(bytes);
