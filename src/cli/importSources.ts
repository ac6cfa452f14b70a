import { readFile } from 'node:fs/promises';
import path from 'node:path';
import mammoth from 'mammoth';
import { htmlTables, tableWithSurroundings, textTableCells } from '../core/import';
import { loadWorkbook, guardWorkbookBytes, sheetCells } from '../xlsx';
import { renderProblem, translate, type Locale, type MessageCode, type MessageParams } from '../core/i18n';
import { UsageError } from './args';
import type { CommandIo } from './io';

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
    if (!(IMPORT_FORMATS as readonly string[]).includes(option)) throw refused('cli.import.format_invalid', { formats: IMPORT_FORMATS.join('|'), value: option });
    return option as ImportFormat;
  }
  const byExtension = BY_EXTENSION[path.extname(file).toLowerCase()];
  if (byExtension !== undefined) return byExtension;
  return /^\s*(?:<!doctype|<html|<table|<meta|<body|<div|<p[\s>])/iu.test(head) ? 'html' : 'text';
}

function htmlSourceTables(html: string): SourceTable[] {
  return htmlTables(html).map((table, index) => ({ where: `表格 ${index + 1}`, cells: tableWithSurroundings(table) }));
}

/** A refusal of the command line, in Chinese then English, as the usage is (the file may be refused before --lang is read). */
function refused(code: MessageCode, params: MessageParams = {}, localized: (locale: Locale) => MessageParams = () => ({})): UsageError {
  const worded = (locale: Locale) => translate(locale, code, { ...params, ...localized(locale) });
  return new UsageError(`${worded('zh-CN')}\n${worded('en-US')}`);
}

/**
 * The tables of a file or of standard input ('-'). Text and HTML come whole; a .docx gives every table of the
 * document with its caption and the notes under it (mammoth's HTML); an .xlsx (or a WPS .et saved as .xlsx)
 * gives each sheet.
 */
export async function readSourceTables(file: string, formatOption: string | undefined, io: CommandIo): Promise<SourceTable[]> {
  const fromStdin = file === '-';
  const bytes = fromStdin ? Buffer.from(await io.readStdin(), 'utf8') : await readFile(path.resolve(io.cwd, file));
  const format = formatOf(fromStdin ? '' : file, formatOption, bytes.subarray(0, 200).toString('utf8'));
  switch (format) {
    case 'text':
      return [{ where: fromStdin ? 'stdin' : path.basename(file), cells: textTableCells(bytes.toString('utf8')) }];
    case 'html':
      return htmlSourceTables(bytes.toString('utf8'));
    case 'docx': {
      if (fromStdin) throw refused('cli.import.docx_stdin');
      const { value } = await mammoth.convertToHtml({ buffer: bytes });
      return htmlSourceTables(value);
    }
    case 'xlsx': {
      if (fromStdin) throw refused('cli.import.xlsx_stdin');
      // The file-safety bounds (size, zip bomb, rows, parts, encryption) before ExcelJS inflates anything.
      const problem = await guardWorkbookBytes(new Uint8Array(bytes));
      if (problem !== null) throw refused('cli.import.workbook_unreadable', { file }, (locale) => ({ problem: renderProblem(problem, locale) }));
      const loaded = await loadWorkbook(new Uint8Array(bytes));
      if (!loaded.ok) throw refused('cli.import.workbook_unreadable', { file, problem: loaded.detail });
      return loaded.workbook.worksheets.map((sheet) => ({ where: sheet.name, cells: sheetCells(sheet) }));
    }
  }
}
