/**
 * The first name given a second time, compared as `fold` gives it (without case: zip part names in lower case, sheet
 * names in upper case as Excel compares them), or null: the package's parts and the workbook's sheets alike.
 */
export function namedTwice(names: Iterable<string>, fold: (name: string) => string): string | null {
  const seen = new Set<string>();
  for (const name of names) {
    const key = fold(name);
    if (seen.has(key)) return name;
    seen.add(key);
  }
  return null;
}
