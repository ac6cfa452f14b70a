/**
 * macOS's companion files ("AppleDouble"): on a drive or share that is not a Mac's (a USB stick, a Windows share) and in
 * the zip archives Finder makes, macOS keeps each file's extended attributes in `._<name>` beside it (in a zip, under
 * `__MACOSX/`). `._越城区.xlsx` is neither a return nor a damaged one; listed as 无法读取, it turned every folder copied
 * from a Mac into a batch with unreadable files (exit 3). Known by the format's magic number, not by name alone, so that
 * a workbook merely named so is still read or refused like any other (decision 0268).
 */
import fs from 'node:fs';
import path from 'node:path';

const MAGIC = Buffer.from([0x00, 0x05, 0x16, 0x07]);

/** Whether `file` is named `._…` and holds an AppleDouble header. Anything that cannot be read is not one. */
export function isAppleDouble(file: string): boolean {
  if (!path.basename(file).startsWith('._')) return false;
  let fd: number | null = null;
  try {
    if (!fs.statSync(file).isFile()) return false;
    // O_NONBLOCK: a FIFO put there since is not waited on (it is then listed and refused as not a regular file).
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    const head = Buffer.alloc(MAGIC.length);
    return fs.readSync(fd, head, 0, head.length, 0) === head.length && head.equals(MAGIC);
  } catch {
    return false;
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}
