/**
 * A sheet of the form saved as CSV (Excel's 另存为 CSV, WPS, LibreOffice) and sent instead of the return. A CSV is no
 * return — it keeps neither the form's other sheets, its formulas nor its generation record — and decision 0066 leaves
 * CSV files out of a folder walk, since folders of returns often hold unrelated ones. But one made from the form
 * stands for a county's return: left out, the county was only "没有报送" in consolidate, and the reviewer never learnt
 * that something had come (decision 0268). Such a file is known by the form's own column headers, 指标名称 and the id
 * column's 指标ID, or by the cover's title and its 填报单位 label (the cover is the sheet a return opens on, and a CSV
 * holds the sheet shown when it was saved: decision 0279), in UTF-8 (with or without a byte-order mark) or GBK (what
 * Excel's plain CSV is on Chinese Windows).
 */
import fs from 'node:fs';
import { COVER, REPORTING } from '../core/form';

export const CSV_SUFFIX = /\.csv$/iu;

/** The beginning of the file read: the header row is within the first few lines. */
const HEAD_BYTES = 64 * 1024;

function textOf(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** Whether `file` (a regular file) begins like a reporting sheet saved as CSV. Anything that cannot be read is not. */
export function isFormExport(file: string): boolean {
  let fd: number | null = null;
  try {
    if (!fs.statSync(file).isFile()) return false;
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    const head = Buffer.alloc(HEAD_BYTES);
    const read = fs.readSync(fd, head, 0, head.length, 0);
    // A multi-byte character cut at the end of the head would make valid UTF-8 look invalid: the last bytes are dropped.
    const text = textOf(head.subarray(0, read === HEAD_BYTES ? read - 4 : read));
    return (text.includes(REPORTING.header.name) && text.includes(REPORTING.header.id)) || (text.includes(COVER.title) && text.includes(COVER.region));
  } catch {
    return false;
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}
