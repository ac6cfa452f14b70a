/**
 * Why a file cannot be read as a return at all (as opposed to a return that reads and fails its checks).
 * The code is stable for programs; the message is worded from the locale tables for people; the detail is
 * technical, for logs.
 */
import { translateCarried, type LocalizedText, type MessageParams } from '../core/i18n';

export type FileProblemCode =
  | 'file.not_xlsx'
  | 'file.encrypted'
  | 'file.corrupt'
  | 'file.too_large'
  | 'file.zip_bomb'
  | 'file.too_many_rows'
  | 'file.too_many_parts'
  | 'file.no_reporting_sheet';

/** A problem with a return's file as a whole, worded for people; FileProblem and regeneration's problems are ones. */
export interface ReturnProblem<Code extends string = string> {
  code: Code;
  /** Technical detail (English), e.g. which zip entry broke. */
  detail: string;
  /** The message code worded: `code`, or a variant of it ('file.encrypted.xls'). */
  messageCode: string;
  params: MessageParams;
  /** Worded from the locale tables (translate(locale, messageCode, params)). */
  message: LocalizedText;
}

export type FileProblem = ReturnProblem<FileProblemCode>;

export interface ReadLimits {
  /** The file itself. */
  maxFileBytes: number;
  /** The declared (and, while guarding, the actual) inflated size of all zip entries together. */
  maxUncompressedBytes: number;
  /** Rows of any one worksheet (declared dimension, row elements, merged or validated areas). */
  maxRows: number;
  /** Entries of the zip (a return has a few dozen). */
  maxEntries: number;
  /** Bytes of the zip's central directory. */
  maxDirectoryBytes: number;
}

const MB = 1024 * 1024;

/** A return is some tens of kilobytes; these bounds leave room for pasted material while refusing abuse. */
export const DEFAULT_LIMITS: ReadLimits = {
  maxFileBytes: 50 * MB, maxUncompressedBytes: 200 * MB, maxRows: 100_000, maxEntries: 10_000, maxDirectoryBytes: 4 * MB,
};

/** Bytes as megabytes with one decimal, for messages. */
export function megabytes(bytes: number): number {
  return Math.round((bytes / MB) * 10) / 10;
}

export function returnProblem<Code extends string>(code: Code, detail: string, params: MessageParams = {}, variant?: string): ReturnProblem<Code> {
  const messageCode = variant === undefined ? code : `${code}.${variant}`;
  return {
    code,
    detail,
    messageCode,
    params,
    message: { zh: translateCarried('zh-CN', messageCode, params), en: translateCarried('en-US', messageCode, params) },
  };
}

export function fileProblem(code: FileProblemCode, detail: string, params: MessageParams = {}, variant?: string): FileProblem {
  return returnProblem(code, detail, params, variant);
}

/**
 * Thrown by the functions that write a return (annotate, regenerate) when its file cannot be used; reading
 * (readReturnWorkbook) returns the problem instead.
 */
export class ReturnFileError extends Error {
  constructor(readonly problem: ReturnProblem) {
    super(`${problem.code}: ${problem.detail}`);
    this.name = 'ReturnFileError';
  }
}
