/**
 * Excel on the web rejects a request over 5 MB. Writes are planned as steps that know roughly what they send;
 * steps are queued in order and a sync is made only when the next step would take the queued request past
 * the limit, so a sheet of any size takes a few syncs, never one per row.
 */

/** Where a request is cut: under 5 MB with room for what the estimate misses. */
export const REQUEST_LIMIT_BYTES = 4_000_000;

/** What one queued action costs besides its arguments: the action record, object path and ids. */
export const ACTION_OVERHEAD_BYTES = 120;

/**
 * Bytes `value` takes as JSON. Non-ASCII characters count 6 bytes, as a \uXXXX escape: an upper bound whatever
 * way the request is encoded.
 */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? '';
  let bytes = json.length;
  for (let i = 0; i < json.length; i++) if (json.charCodeAt(i) > 0x7f) bytes += 5;
  return bytes;
}

export interface WriteStep {
  /** Estimated size in the request. */
  bytes: number;
  /** Queues the step's actions (no sync). */
  run(): void;
}

/** A step of `actions` queued actions sending `payload` (the arguments, measured as JSON). */
export function writeStep(run: () => void, actions: number, ...payload: unknown[]): WriteStep {
  return { run, bytes: actions * ACTION_OVERHEAD_BYTES + payload.reduce<number>((sum, item) => sum + jsonBytes(item), 0) };
}

/** Steps in order, cut into requests of at most `limit` bytes (a single larger step goes alone). */
export function chunkSteps(steps: readonly WriteStep[], limit = REQUEST_LIMIT_BYTES): WriteStep[][] {
  const chunks: WriteStep[][] = [];
  let current: WriteStep[] = [];
  let size = 0;
  for (const step of steps) {
    if (current.length > 0 && size + step.bytes > limit) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(step);
    size += step.bytes;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

export function chunkBytes(chunk: readonly WriteStep[]): number {
  return chunk.reduce((sum, step) => sum + step.bytes, 0);
}
