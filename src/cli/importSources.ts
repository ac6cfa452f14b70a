import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import mammoth from 'mammoth';
import { htmlTables, tableWithSurroundings, textTableCells } from '../core/import';
import { loadWorkbook, guardWorkbookBytes, sheetCells } from '../xlsx';
import { UsageError } from './args';
import type { CommandIo } from './io';
import { readReason, systemCode } from './systemErrors';

export type ImportFormat = 'text' | 'html' | 'docx' | 'xlsx';
const IMPORT_FORMATS: readonly ImportFormat[] = ['text', 'html', 'docx', 'xlsx'];

/** One table as the recogniser reads it, with where it was found (a sheet, the n-th table of a document). */
export interface SourceTable {
  where: string;
  cells: string[][];
}

const BY_EXTENSION: Record<string, ImportFormat> = {
  '.txt': 'text', '.tsv': 'text', '.md': 'text', '.csv': 'text',
  '.html': 'html', '.htm': 'html', '.docx': 'docx', '.xlsx': 'xlsx', '.et': 'xlsx',
};

/** The format the option names, else the file's extension, else (standard input) HTML when it starts like HTML. */
function formatOf(file: string, option: string | undefined, head: string): ImportFormat {
  if (option !== undefined) {
    if (!(IMPORT_FORMATS as readonly string[]).includes(option)) throw new UsageError('cli.import.format_invalid', { formats: IMPORT_FORMATS.join('|'), value: option });
    return option as ImportFormat;
  }
  const byExtension = BY_EXTENSION[path.extname(file).toLowerCase()];
  if (byExtension !== undefined) return byExtension;
  return /^\s*(?:<!doctype|<html|<table|<meta|<body|<div|<p[\s>])/iu.test(head) ? 'html' : 'text';
}

function htmlSourceTables(html: string): SourceTable[] {
  return htmlTables(html).map((table, index) => ({ where: `表格 ${index + 1}`, cells: tableWithSurroundings(table) }));
}

/** The file named, or a refusal that names it when it is missing, a folder or unreadable (never Node's own words). */
async function fileBytes(file: string, cwd: string): Promise<Buffer> {
  const full = path.resolve(cwd, file);
  if (!existsSync(full)) throw new UsageError('cli.not_found', { file });
  try {
    return await readFile(full);
  } catch (error) {
    throw new UsageError('cli.import.unreadable', { file, problem: { code: 'file.unreadable', params: { detail: readReason(systemCode(error)) } } });
  }
}

/**
 * The tables of a file or of standard input ('-'). Text and HTML come whole; a .docx gives every table of the
 * document with its caption and the notes under it (mammoth's HTML); an .xlsx (or a WPS .et saved as .xlsx)
 * gives each sheet.
 */
export async function readSourceTables(file: string, formatOption: string | undefined, io: CommandIo): Promise<SourceTable[]> {
  const fromStdin = file === '-';
  const bytes = fromStdin ? Buffer.from(await io.readStdin(), 'utf8') : await fileBytes(file, io.cwd);
  const format = formatOf(fromStdin ? '' : file, formatOption, bytes.subarray(0, 200).toString('utf8'));
  switch (format) {
    case 'text':
      return [{ where: fromStdin ? 'stdin' : path.basename(file), cells: textTableCells(bytes.toString('utf8')) }];
    case 'html':
      return htmlSourceTables(bytes.toString('utf8'));
    case 'docx': {
      if (fromStdin) throw new UsageError('cli.import.docx_stdin');
      const html = await mammoth.convertToHtml({ buffer: bytes }).catch(() => null);
      if (html === null) throw new UsageError('cli.import.document_unreadable', { file });
      return htmlSourceTables(html.value);
    }
    case 'xlsx': {
      if (fromStdin) throw new UsageError('cli.import.xlsx_stdin');
      // The file-safety bounds (size, zip bomb, rows, parts, encryption) before ExcelJS inflates anything.
      const problem = await guardWorkbookBytes(new Uint8Array(bytes));
      if (problem !== null) throw new UsageError('cli.import.workbook_unreadable', { file, problem: { code: problem.messageCode, params: problem.params } });
      const loaded = await loadWorkbook(new Uint8Array(bytes));
      if (!loaded.ok) throw new UsageError('cli.import.workbook_unreadable', { file, problem: { code: 'file.corrupt', params: {} } });
      return loaded.workbook.worksheets.map((sheet) => ({ where: sheet.name, cells: sheetCells(sheet) }));
    }
  }
}
