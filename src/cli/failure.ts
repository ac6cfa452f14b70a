/**
 * What the command line says when a command fails other than by a refusal (UsageError): a file that cannot be used
 * (ReturnFileError: its problem), a file the system would not give (Node's errors with a path: its code), and any
 * other error, which is a bug: said in `locale`, with the stack for the maintainers (the stack is for them, as is).
 */
import { renderProblem, translate, type Locale } from '../core/i18n';
import type * as XlsxModule from '../xlsx';
import { readReason } from './systemErrors';

interface SystemError {
  code: string;
  path: string;
}

const isSystemError = (error: unknown): error is SystemError =>
  typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string' && typeof (error as { path?: unknown }).path === 'string';

export function failureText(error: unknown, locale: Locale): string {
  // Loaded here, not at start-up: the reader's module tree is most of what `--help` would otherwise load.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { ReturnFileError } = require('../xlsx') as typeof XlsxModule;
  if (error instanceof ReturnFileError) return `${renderProblem(error.problem, locale)}\n`;
  if (isSystemError(error)) {
    return `${translate(locale, 'cli.failure.file', { file: error.path, problem: { code: 'file.unreadable', params: { detail: readReason(error.code) } } })}\n`;
  }
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return `${translate(locale, 'cli.failure.unexpected')}\n${stack}\n`;
}
