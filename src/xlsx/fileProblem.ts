/**
 * Why a file cannot be read as a return at all (as opposed to a return that reads and fails its checks).
 * The code is stable for programs; the message is worded from the locale tables for people; the detail is
 * technical, for logs.
 */
import type { MessageCode, MessageParams } from '../core/i18n';

export type FileProblemCode =
  | 'file.not_xlsx'
  | 'file.encrypted'
  | 'file.corrupt'
  | 'file.too_large'
  | 'file.zip_bomb'
  | 'file.too_many_rows'
  | 'file.too_many_parts'
  | 'file.no_reporting_sheet'
  /** An annotated copy check wrote, sent back as the return (decision 0279). */
  | 'file.annotated_copy';

/**
 * A problem with a return's file as a whole; FileProblem and regeneration's problems are ones. It carries codes, not
 * wording: whatever shows it words it (renderProblem).
 */
export interface ReturnProblem<Code extends MessageCode = MessageCode> {
  code: Code;
  /** Technical detail (English), e.g. which zip entry broke. */
  detail: string;
  /** The message code worded: `code`, or a variant of it ('file.encrypted.xls'). */
  messageCode: MessageCode;
  params: MessageParams;
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

/** The variants the tables word for `Code`: 'xls' for 'file.encrypted' when 'file.encrypted.xls' is a message code. */
type VariantOf<Code extends string> = MessageCode extends infer Each ? (Each extends `${Code}.${infer Variant}` ? Variant : never) : never;

export function returnProblem<Code extends MessageCode>(code: Code, detail: string, params: MessageParams = {}, variant?: VariantOf<Code>): ReturnProblem<Code> {
  // A variant is one the tables word (VariantOf), so code.variant is a message code.
  const messageCode = variant === undefined ? code : (`${code}.${variant}` as MessageCode);
  return { code, detail, messageCode, params };
}

export function fileProblem<Code extends FileProblemCode>(code: Code, detail: string, params: MessageParams = {}, variant?: VariantOf<Code>): FileProblem {
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
