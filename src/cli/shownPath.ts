import path from 'node:path';

/**
 * A path as the command line echoes it: relative to the working folder when it lies inside it, else absolute.
 * A file outside the working folder is never shown as a climb of "../" (which nobody typed and few can follow).
 */
export function shownPath(file: string, cwd: string): string {
  const full = path.resolve(cwd, file);
  const relative = path.relative(cwd, full);
  if (relative === '') return full;
  return relative.startsWith('..') || path.isAbsolute(relative) ? full : relative;
}

/**
 * A file name as a terminal line may carry it: control characters (a newline would split the file's one line, an
 * escape sequence would clear or rewrite the screen) and bidirectional overrides (which show `x\u202Exslx.exe` as
 * `xexe.xlsx`) are written as \u{…} escapes. A county names the files it sends; the reviewer must see the true name.
 */
const UNPRINTABLE = new Set([0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]);
const unprintable = (code: number) => code < 0x20 || (code >= 0x7f && code <= 0x9f) || UNPRINTABLE.has(code);

export function printable(text: string): string {
  let shown = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    shown += unprintable(code) ? `\\u{${code.toString(16)}}` : char;
  }
  return shown;
}
