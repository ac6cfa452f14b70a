/**
 * Windows shortcuts (.lnk, MS-SHLLINK) to a return: a county that put 柯桥区.xlsx - 快捷方式.lnk into the shared folder
 * instead of the file (Explorer hides the .lnk suffix and shows the shortcut like the file) thinks it has sent its
 * return. A folder walk took only spreadsheet suffixes, so the shortcut was left out without a word (decision 0279).
 * A shortcut holds where the file was on the county's computer, never the file: it is listed and refused, naming that
 * place. Known by the format's header, not by name alone.
 */
import fs from 'node:fs';

/** HeaderSize 0x4C and the LinkCLSID 00021401-0000-0000-C000-000000000046, as every shell link begins. */
const HEADER = Buffer.from('4c0000000114020000000000c000000000000046', 'hex');
/** A shortcut is small; a larger file is no shortcut. */
const MAX_BYTES = 64 * 1024;

const HAS_ID_LIST = 0x1;
const HAS_LINK_INFO = 0x2;

/** The NUL-terminated string at `at`: UTF-16LE, or the system's code page (GBK on Chinese Windows). */
function stringAt(bytes: Buffer, at: number, wide: boolean): string {
  if (wide) {
    let end = at;
    while (end + 1 < bytes.length && (bytes[end] !== 0 || bytes[end + 1] !== 0)) end += 2;
    return bytes.subarray(at, end).toString('utf16le');
  }
  const end = bytes.indexOf(0, at);
  return new TextDecoder('gb18030').decode(bytes.subarray(at, end < 0 ? bytes.length : end));
}

/** Where the shortcut points (LinkInfo's local base path, Unicode when it has one), or '' when it does not say. */
function targetOf(bytes: Buffer): string {
  const flags = bytes.readUInt32LE(0x14);
  let at = 0x4c;
  if ((flags & HAS_ID_LIST) !== 0) at += 2 + bytes.readUInt16LE(at);
  if ((flags & HAS_LINK_INFO) === 0 || at + 0x1c > bytes.length) return '';
  const headerSize = bytes.readUInt32LE(at + 4);
  const localOffset = bytes.readUInt32LE(at + 0x10);
  const unicodeOffset = headerSize >= 0x24 && at + 0x20 <= bytes.length ? bytes.readUInt32LE(at + 0x1c) : 0;
  if (unicodeOffset > 0 && at + unicodeOffset < bytes.length) return stringAt(bytes, at + unicodeOffset, true);
  return localOffset > 0 && at + localOffset < bytes.length ? stringAt(bytes, at + localOffset, false) : '';
}

/**
 * For a regular file that holds a shell link: where it points ('' when it does not say); null for anything else
 * (another file under such a name is read, and refused, as any other).
 */
export function shortcutTarget(file: string): string | null {
  try {
    const stats = fs.statSync(file);
    if (!stats.isFile() || stats.size > MAX_BYTES || stats.size < HEADER.length) return null;
    const bytes = fs.readFileSync(file);
    if (!bytes.subarray(0, HEADER.length).equals(HEADER)) return null;
    try {
      return targetOf(bytes);
    } catch {
      return '';
    }
  } catch {
    return null;
  }
}
