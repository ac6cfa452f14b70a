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
