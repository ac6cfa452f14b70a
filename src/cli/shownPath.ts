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
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, (char) => `\\u{${(char.codePointAt(0) ?? 0).toString(16)}}`);
}
