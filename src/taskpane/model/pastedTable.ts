/**
 * A table pasted into the pane as text (browser mode's 导入): rows by line, cells by tab, as Excel, WPS and
 * Word put a table on the clipboard. A cell holding a line break or a tab comes quoted, quotes doubled.
 */
export function pastedTable(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const source = text.replace(/\r\n?/gu, '\n');
  for (let i = 0; i < source.length; i++) {
    const char = source[i] as string;
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        cell += char;
      }
    } else if (char === '"' && cell === '') {
      quoted = true;
    } else if (char === '\t') {
      row.push(cell);
      cell = '';
    } else if (char === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else {
      cell += char;
    }
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  // Trailing empty lines carry nothing.
  while (rows.length > 0 && (rows.at(-1) as string[]).every((value) => value.trim() === '')) rows.pop();
  return rows;
}
