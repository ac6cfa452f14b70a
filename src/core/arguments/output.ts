import { accepted, refused, type Resolved } from './problem';

/** The workbook a command writes must be an .xlsx: another ending would be opened by the wrong program or not at all. */
export function checkXlsxOutput(file: string): Resolved<string> {
  return /\.xlsx$/iu.test(file.trim()) ? accepted(file) : refused('argument.output_not_xlsx', { file });
}
