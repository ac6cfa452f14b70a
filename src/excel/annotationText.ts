/** Where a note or comment sits, as office-js gives it (the notes' own text is core/reports' reviewNotes). */

/** "'My sheet'!$J$7" → { sheet: 'My sheet', cell: 'J7' }. */
export function splitAddress(address: string): { sheet: string; cell: string } | null {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return null;
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/gu, "'");
  const cell = address.slice(bang + 1).replace(/\$/gu, '').split(':')[0] ?? '';
  return { sheet, cell };
}
