/**
 * Workbooks the tools write that are not returns (check reports, consolidations, annex tables) say so in their
 * document properties (keywords), so that a later run over the folder they were written into skips them instead of
 * listing them as unreadable returns. Annotated copies say so too, with a keyword of their own: one sent back as the
 * return, corrected in the copy, is refused as what it is rather than rejected for its formulas turned into values
 * (decision 0279); office suites keep a workbook's keywords when they save it. Only docProps/core.xml is inflated, and
 * only when it declares at most 64 KB.
 */
import { DEFAULT_LIMITS } from './fileProblem';
import { inflateParts, listEntries } from './read/zipPackage';

export const TOOL_OUTPUT_KEYWORD = 'plan-indicators:output';
export const ANNOTATED_KEYWORD = 'plan-indicators:annotated';
const CORE_PART = 'docProps/core.xml';
const MAX_CORE_BYTES = 64 * 1024;
/** The keyword as read back: LibreOffice splits keywords at ':' and writes them joined by a space (decision 0247). */
const KEYWORD_READ = /plan-indicators[: ]output/u;

/** The keywords of the workbook's document properties, or null when there are none to read. */
function coreProperties(bytes: Uint8Array): string | null {
  const listing = listEntries(bytes, DEFAULT_LIMITS);
  if (!listing.ok) return null;
  const entry = listing.entries.find((candidate) => candidate.name === CORE_PART);
  if (entry === undefined || entry.uncompressedSize > MAX_CORE_BYTES) return null;
  const inflated = inflateParts(bytes, new Set([CORE_PART]), listing.entries);
  const core = inflated.ok ? inflated.parts.get(CORE_PART) : undefined;
  return core === undefined ? null : Buffer.from(core).toString('utf8');
}

export function isToolOutput(bytes: Uint8Array): Promise<boolean> {
  return Promise.resolve(KEYWORD_READ.test(coreProperties(bytes) ?? ''));
}

/** Whether a workbook's keywords (or its whole core properties) mark it as an annotated copy, also as LibreOffice writes them back. */
export function annotatedKeywords(keywords: string): boolean {
  return /plan-indicators[: ]annotated/u.test(keywords);
}

/**
 * What the tools' keywords say a workbook is — one of their outputs, an annotated copy, or neither (a return to read) —
 * from one reading of its document properties.
 */
export function toolMark(bytes: Uint8Array): 'output' | 'annotated' | null {
  const core = coreProperties(bytes) ?? '';
  if (KEYWORD_READ.test(core)) return 'output';
  return annotatedKeywords(core) ? 'annotated' : null;
}
