/**
 * The pane's inflateRaw (webpack.config.js maps inflateRaw.ts here): fflate, which needs no Node module. It writes
 * into the buffer given and stops growing there, so one byte past `size` tells an entry that inflates past it.
 */
import { inflateSync } from 'fflate';

export function inflateRaw(deflated: Uint8Array, size: number): Uint8Array | 'longer' {
  const inflated = inflateSync(deflated, { out: new Uint8Array(size + 1) });
  return inflated.byteLength > size ? 'longer' : inflated;
}
