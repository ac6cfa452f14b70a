/**
 * Reading what a reviewer was handed: only regular files, and never more bytes than the limit, counted as they are
 * read (a size from stat says nothing about a device or a file that grows). A named pipe is opened without waiting
 * for a writer and refused, as are devices (a link to /dev/zero), sockets and folders: `check` over a folder never
 * hangs or fills memory because of what lies in it.
 */
import fs from 'node:fs';

export type RegularRead =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: 'not_regular'; kind: FileKind }
  | { ok: false; reason: 'too_large'; size: number }
  | { ok: false; reason: 'unreadable'; detail: string };

const CHUNK = 1 << 20;
const PROBE = 1 << 10;

/** What a file is when it is not a regular file; worded by the locale tables (file.kind.*). */
export type FileKind = 'fifo' | 'device' | 'socket' | 'directory' | 'other';

function fileKind(stats: fs.Stats): FileKind {
  if (stats.isFIFO()) return 'fifo';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'device';
  if (stats.isSocket()) return 'socket';
  if (stats.isDirectory()) return 'directory';
  return 'other';
}

export function readRegularFile(file: string, maxBytes: number): RegularRead {
  let fd: number | null = null;
  try {
    // stat first: opening a socket fails with a code nobody reads, and a FIFO is better refused before it is opened.
    const before = fs.statSync(file);
    if (!before.isFile()) return { ok: false, reason: 'not_regular', kind: fileKind(before) };
    if (before.size > maxBytes) return { ok: false, reason: 'too_large', size: before.size };
    // O_NONBLOCK: had the file been swapped for a FIFO since, opening it does not wait for a writer.
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    const stats = fs.fstatSync(fd);
    if (!stats.isFile()) return { ok: false, reason: 'not_regular', kind: fileKind(stats) };
    const chunks: Buffer[] = [];
    let total = 0;
    // The first read asks for the size stat gave and a byte more, a read after a short one for a little (the end, or
    // what was added since), others a megabyte: a return of 30 KB is not read through megabyte buffers.
    for (let want = Math.min(stats.size + 1, CHUNK); ;) {
      const chunk = Buffer.allocUnsafe(Math.min(want, maxBytes + 1 - total));
      const read = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      total += read;
      if (total > maxBytes) return { ok: false, reason: 'too_large', size: Math.max(total, stats.size) };
      chunks.push(chunk.subarray(0, read));
      want = read < chunk.length ? PROBE : CHUNK;
    }
    const bytes = new Uint8Array(total);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    return { ok: true, bytes };
  } catch (error) {
    return { ok: false, reason: 'unreadable', detail: (error as NodeJS.ErrnoException).code ?? (error as Error).message };
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}
