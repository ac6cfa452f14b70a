/**
 * Inflates one zip entry as a stream, handing each piece to a consumer that may stop early: the guard reads a
 * sheet until it has seen enough rows, and refuses an entry that expands beyond what it declared, without
 * ever holding the inflated whole. Uses the platform's DecompressionStream (Node ≥ 18, every current browser)
 * so that the same code runs in the command line and in the task pane.
 */
import { entryData, type ZipEntry } from './zipDirectory';

export type InflateResult = { ok: true; stopped: boolean } | { ok: false; detail: string };

/** Compressed bytes are fed in slices of this size, so inflated output arrives in pieces too. */
const SLICE = 64 * 1024;

/** False when the platform cannot inflate as a stream; the guard then relies on the declared sizes alone. */
export function canInflate(): boolean {
  if (typeof DecompressionStream !== 'function') return false;
  try {
    new DecompressionStream('deflate-raw');
    return true;
  } catch {
    return false;
  }
}

async function feed(writer: WritableStreamDefaultWriter<BufferSource>, data: Uint8Array): Promise<void> {
  for (let start = 0; start < data.byteLength; start += SLICE) {
    await writer.ready;
    // The file's bytes are never in a SharedArrayBuffer; the DOM type only admits ArrayBuffer-backed views.
    await writer.write(data.subarray(start, start + SLICE) as Uint8Array<ArrayBuffer>);
  }
  await writer.close();
}

/**
 * Inflates `entry`, calling `onChunk` with each inflated piece; `onChunk` returns false to stop. Damaged data
 * gives { ok: false }; nothing throws.
 */
export async function inflateEntry(bytes: Uint8Array, entry: ZipEntry, onChunk: (chunk: Uint8Array) => boolean): Promise<InflateResult> {
  const data = entryData(bytes, entry);
  if (data === null) return { ok: false, detail: `${entry.name}: data lies outside the file (truncated?)` };
  if (entry.method === 0) {
    for (let start = 0; start < data.byteLength; start += SLICE) {
      if (!onChunk(data.subarray(start, start + SLICE))) return { ok: true, stopped: true };
    }
    return { ok: true, stopped: false };
  }
  if (entry.method !== 8) return { ok: false, detail: `${entry.name}: compression method ${entry.method} is not used by .xlsx files` };

  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  // Errors of the feeding side surface on the reading side too; this only keeps them from going unhandled.
  const feeding = feed(writer, data).catch(() => undefined);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!onChunk(value)) {
        await reader.cancel().catch(() => undefined);
        await feeding;
        return { ok: true, stopped: true };
      }
    }
    await feeding;
    return { ok: true, stopped: false };
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    await feeding;
    return { ok: false, detail: `${entry.name}: ${error instanceof Error ? error.message : String(error)}` };
  }
}
