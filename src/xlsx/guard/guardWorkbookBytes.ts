/**
 * Refuses a file that is no .xlsx, or one that would stall or exhaust the reader, before ExcelJS loads it
 * (ExcelJS inflates every part into memory and builds an object per row and per merged or validated cell).
 * Cheapest checks first: the size, the first bytes, the zip directory's declared sizes; then one streaming
 * pass over the entries that stops at the first excess.
 */
import { fileProblem, megabytes, type FileProblem, type ReadLimits } from '../fileProblem';
import { canInflate, inflateEntry } from '../zip/inflateEntry';
import { readZipDirectory, type ZipEntry } from '../zip/zipDirectory';
import { fileSignature } from '../read/fileSignature';
import { WORKBOOK_PART, worksheetNames } from './workbookParts';
import { MAX_COVERED_CELLS, WorksheetScan } from './worksheetScan';

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/u;

/** The most a deflate stream expands (258-byte matches from 2-bit codes: RFC 1951), stored entries 1. */
const MAX_DEFLATE_RATIO = 1032;

function signatureProblem(bytes: Uint8Array): FileProblem | null {
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
        default:
          return fileProblem('file.encrypted', 'OLE2 compound file: an encrypted workbook or another legacy Office document', {}, 'other');
      }
    default:
      return fileProblem('file.not_xlsx', `not a zip file: ${signature.looksLike}`);
  }
}

function directoryProblem(entries: readonly ZipEntry[], limits: ReadLimits): FileProblem | null {
  const names = new Set(entries.map((entry) => entry.name));
  if (!names.has(WORKBOOK_PART)) {
    const detail = names.has('xl/workbook.bin') ? 'a binary workbook (.xlsb)' : names.has('word/document.xml') ? 'a Word document' : 'a zip without xl/workbook.xml';
    return fileProblem('file.not_xlsx', detail);
  }
  if (entries.some((entry) => entry.encrypted)) return fileProblem('file.encrypted', 'zip entries are encrypted');
  const declared = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (declared > limits.maxUncompressedBytes) {
    return fileProblem('file.zip_bomb', `entries declare ${declared} bytes inflated`, { limit: megabytes(limits.maxUncompressedBytes) });
  }
  return null;
}

interface Pass {
  inflatedTotal: number;
}

/**
 * Inflates one entry as a stream, holding nothing: refuses the file once the inflated total passes the limit
 * (an entry that lies about its size is a zip bomb only if it really is that large; a few bytes more or less
 * than declared is damage), and scans a worksheet for its size as it passes.
 */
async function streamProblem(bytes: Uint8Array, entry: ZipEntry, limits: ReadLimits, pass: Pass, sheetName: string | undefined): Promise<FileProblem | null> {
  const scan = sheetName === undefined ? null : new WorksheetScan();
  let inflated = 0;
  // Set inside the callback; a holder, as TypeScript does not follow assignments made in callbacks.
  const found: { problem: FileProblem | null } = { problem: null };
  const result = await inflateEntry(bytes, entry, (chunk) => {
    inflated += chunk.byteLength;
    pass.inflatedTotal += chunk.byteLength;
    if (pass.inflatedTotal > limits.maxUncompressedBytes) {
      const detail = `${entry.name} inflates past the limit of ${limits.maxUncompressedBytes} bytes (it declares ${entry.uncompressedSize})`;
      found.problem = fileProblem('file.zip_bomb', detail, { limit: megabytes(limits.maxUncompressedBytes) });
      return false;
    }
    if (scan === null) return true;
    scan.push(chunk);
    const excess = scan.excess(limits.maxRows);
    if (excess === null) return true;
    found.problem = sheetProblem(scan, excess, sheetName ?? entry.name, limits);
    return false;
  });
  if (found.problem !== null) return found.problem;
  if (!result.ok) return fileProblem('file.corrupt', result.detail);
  if (inflated !== entry.uncompressedSize) return fileProblem('file.corrupt', `${entry.name} inflates to ${inflated} bytes, not the ${entry.uncompressedSize} it declares`);
  if (scan === null) return null;
  scan.end();
  const excess = scan.excess(limits.maxRows);
  return excess === null ? null : sheetProblem(scan, excess, sheetName ?? entry.name, limits);
}

function sheetProblem(scan: WorksheetScan, excess: string, sheet: string, limits: ReadLimits): FileProblem {
  const { dimensionRows, rowElements, highestRow, coveredBottom, coveredCells } = scan.facts;
  const rows = Math.max(dimensionRows ?? 0, rowElements, highestRow, coveredBottom);
  if (rows <= limits.maxRows && coveredCells > MAX_COVERED_CELLS) {
    return fileProblem('file.too_many_rows', `sheet ${sheet}: ${excess}`, { sheet, cells: coveredCells, limit: MAX_COVERED_CELLS }, 'cells');
  }
  return fileProblem('file.too_many_rows', `sheet ${sheet}: ${excess}`, { sheet, rows, limit: limits.maxRows });
}

/** Null when the bytes may be handed to ExcelJS; else why not. */
export async function guardWorkbookBytes(bytes: Uint8Array, limits: ReadLimits): Promise<FileProblem | null> {
  if (bytes.byteLength > limits.maxFileBytes) {
    return fileProblem('file.too_large', `${bytes.byteLength} bytes`, { size: megabytes(bytes.byteLength), limit: megabytes(limits.maxFileBytes) });
  }
  const signature = signatureProblem(bytes);
  if (signature !== null) return signature;
  const directory = readZipDirectory(bytes);
  if (!directory.ok) return fileProblem('file.corrupt', directory.detail);
  const declared = directoryProblem(directory.entries, limits);
  if (declared !== null) return declared;
  // Without a streaming inflater (an old browser) the declared sizes are all the guard can go by.
  if (!canInflate()) return null;
  const names = await worksheetNames(bytes, directory.entries);
  const pass: Pass = { inflatedTotal: 0 };
  // Deflate cannot expand data more than about 1032 times: when even that bound keeps the whole file under the
  // limit, no entry can be a bomb whatever it declares, and only the worksheets need the pass (for their size).
  const bounded = directory.entries.reduce((sum, entry) => sum + entry.compressedSize * MAX_DEFLATE_RATIO, 0) <= limits.maxUncompressedBytes;
  for (const entry of directory.entries) {
    if (entry.name.endsWith('/') && entry.uncompressedSize === 0) continue;
    const isSheet = WORKSHEET.test(entry.name);
    if (bounded && !isSheet) continue;
    const sheetName = isSheet ? (names.get(entry.name) ?? entry.name) : undefined;
    const problem = await streamProblem(bytes, entry, limits, pass, sheetName);
    if (problem !== null) return problem;
  }
  return null;
}
