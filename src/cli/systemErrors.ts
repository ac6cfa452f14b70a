/**
 * Node's error codes (EACCES, ENOENT…) in the words of the locale tables: a person reads why a file could not be read
 * or written, never the code alone. A code nobody meets in practice stays as it is (a log's words, for the
 * administrator), so nothing is hidden.
 */
import type { MessageCode, MessageParam } from '../core/i18n';

const READ_REASONS: Readonly<Record<string, MessageCode>> = {
  EACCES: 'file.unreadable.denied', EPERM: 'file.unreadable.denied', ENOENT: 'file.unreadable.missing', ENOTDIR: 'file.unreadable.missing',
  EBUSY: 'file.unreadable.busy', ETXTBSY: 'file.unreadable.busy', ELOOP: 'file.unreadable.loop', EISDIR: 'file.unreadable.folder',
};

const WRITE_REASONS: Readonly<Record<string, MessageCode>> = {
  EACCES: 'output.reason.denied', EPERM: 'output.reason.denied', EROFS: 'output.reason.read_only',
  ENOSPC: 'output.reason.full', EDQUOT: 'output.reason.full', EBUSY: 'output.reason.busy', ETXTBSY: 'output.reason.busy',
  ENOTDIR: 'output.reason.not_folder', ENOENT: 'output.reason.no_place', EISDIR: 'output.reason.is_folder',
  ENAMETOOLONG: 'output.reason.name_too_long', EINVAL: 'output.reason.bad_name', ELOOP: 'output.reason.loop',
};

/** The error code of a failed system call ('EACCES'), or its message when it has none. */
export function systemCode(error: unknown): string {
  const { code, message } = error as { code?: unknown; message?: unknown };
  return typeof code === 'string' ? code : String(message ?? error);
}

function worded(table: Readonly<Record<string, MessageCode>>, code: string): MessageParam {
  const reason = table[code];
  return reason === undefined ? code : { code: reason, params: {} };
}

/** Why a file or folder could not be read, in words. */
export function readReason(code: string): MessageParam {
  return worded(READ_REASONS, code);
}

/** Why a file could not be written, in words; undefined for a code without words (the message then names the code). */
export function writeReason(code: string): MessageCode | undefined {
  return WRITE_REASONS[code];
}
