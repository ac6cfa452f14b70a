/**
 * What a file is, from its first bytes: a zip (an .xlsx is one), an OLE2 compound file (a password-protected
 * .xlsx, which Excel wraps in one, or an Excel 97–2003 .xls), or something else that people attach by mistake.
 */
import { fileProblem, type FileProblem } from '../fileProblem';
import { biffEncrypted, compoundStreamHead } from './compoundFile';

export type FileSignature =
  | { kind: 'zip' }
  | { kind: 'compound'; likely: CompoundKind }
  | { kind: 'zeros' }
  | { kind: 'other'; looksLike: string };

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((byte, i) => bytes[i] === byte);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const COMPOUND = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const OTHERS: ReadonlyArray<[readonly number[], string]> = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x52, 0x61, 0x72, 0x21], 'a RAR archive'],
  [[0x37, 0x7a, 0xbc, 0xaf], 'a 7z archive'],
];

/** A UTF-16LE name as a compound file's directory stores it. */
function utf16(text: string): number[] {
  return [...text].flatMap((char) => [char.charCodeAt(0) & 0xff, char.charCodeAt(0) >> 8]);
}

function contains(bytes: Uint8Array, pattern: readonly number[]): boolean {
  const first = pattern[0];
  const last = bytes.byteLength - pattern.length;
  for (let i = bytes.indexOf(first ?? 0); i >= 0 && i <= last; i = bytes.indexOf(first ?? 0, i + 1)) {
    let j = 1;
    while (j < pattern.length && bytes[i + j] === pattern[j]) j++;
    if (j === pattern.length) return true;
  }
  return false;
}

type CompoundKind = 'encrypted_xlsx' | 'xls' | 'encrypted_xls' | 'unknown';

/**
 * The streams a compound file's directory names tell an encrypted .xlsx from an .xls; an .xls whose workbook stream
 * opens with FILEPASS has a password to open, which a Save As to .xlsx keeps (decision 0279).
 */
function compoundKind(bytes: Uint8Array): CompoundKind {
  if (contains(bytes, utf16('EncryptedPackage')) || contains(bytes, utf16('EncryptionInfo'))) return 'encrypted_xlsx';
  if (contains(bytes, utf16('Workbook')) || contains(bytes, utf16('Book'))) {
    const head = compoundStreamHead(bytes, ['Workbook', 'Book'], 64);
    return head !== null && biffEncrypted(head) ? 'encrypted_xls' : 'xls';
  }
  return 'unknown';
}

function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  if (sample.byteLength === 0) return false;
  let control = 0;
  for (const byte of sample) if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control++;
  return control === 0;
}

/**
 * Whether the file begins with nothing but zero bytes: what a copy still under way leaves (Windows and SMB set the
 * size first and fill it in as the bytes come), and what a file system left by a USB stick pulled out mid-write holds.
 */
function zeroFilled(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  return sample.byteLength > 0 && sample.every((byte) => byte === 0);
}

function fileSignature(bytes: Uint8Array): FileSignature {
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) return { kind: 'zip' };
  if (zeroFilled(bytes)) return { kind: 'zeros' };
  if (startsWith(bytes, COMPOUND)) return { kind: 'compound', likely: compoundKind(bytes) };
  const known = OTHERS.find(([prefix]) => startsWith(bytes, prefix));
  if (known !== undefined) return { kind: 'other', looksLike: known[1] };
  if (bytes.byteLength === 0) return { kind: 'other', looksLike: 'an empty file' };
  if (looksLikeText(bytes)) return { kind: 'other', looksLike: 'a text file (CSV, HTML or plain text)' };
  const head = [...bytes.subarray(0, 8)].map((byte) => byte.toString(16).padStart(2, '0')).join(' ');
  return { kind: 'other', looksLike: `an unknown format (first bytes ${head})` };
}

/** Null for a zip; else why the file is no .xlsx (an OLE2 file is an encrypted .xlsx or an old .xls). */
export function signatureProblem(bytes: Uint8Array): FileProblem | null {
  const signature = fileSignature(bytes);
  switch (signature.kind) {
    case 'zip':
      return null;
    case 'compound':
      switch (signature.likely) {
        case 'encrypted_xlsx':
          return fileProblem('file.encrypted', 'OLE2 compound file with an EncryptedPackage stream: a password-protected .xlsx');
        case 'xls':
          return fileProblem('file.encrypted', 'OLE2 compound file with a Workbook stream: an Excel 97–2003 .xls workbook', {}, 'xls');
        case 'encrypted_xls':
          return fileProblem('file.encrypted', 'OLE2 compound file whose Workbook stream opens with FILEPASS: an .xls workbook with a password to open', {}, 'xls_password');
        default:
          return fileProblem('file.encrypted', 'OLE2 compound file: an encrypted workbook or another legacy Office document', {}, 'other');
      }
    case 'zeros':
      // A workbook not yet (or never) written: incomplete, as a zip cut short is — not "a file of another kind, send
      // the .xlsx", which the county did (decision 0279).
      return fileProblem('file.corrupt', 'the file begins with zero bytes only: a copy still under way, or one cut short', {}, 'unwritten');
    default:
      // Nothing at all: a copy or a download cut short, not a file of another kind.
      if (bytes.byteLength === 0) return fileProblem('file.not_xlsx', 'an empty file (0 bytes)', {}, 'empty');
      return fileProblem('file.not_xlsx', `not a zip file: ${signature.looksLike}`);
  }
}
