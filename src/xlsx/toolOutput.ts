/**
 * Workbooks the tools write that are not returns (check reports, consolidations, annex tables) say so in their
 * document properties (keywords), so that a later run over the folder they were written into skips them instead of
 * listing them as unreadable returns. Only docProps/core.xml is inflated, and only when it declares at most 64 KB.
 */
import { DEFAULT_LIMITS } from './fileProblem';
import { inflateParts, listEntries } from './read/zipPackage';

export const TOOL_OUTPUT_KEYWORD = 'plan-indicators:output';
const CORE_PART = 'docProps/core.xml';
const MAX_CORE_BYTES = 64 * 1024;
/** The keyword as read back: LibreOffice splits keywords at ':' and writes them joined by a space (decision 0247). */
const KEYWORD_READ = /plan-indicators[: ]output/u;

export function isToolOutput(bytes: Uint8Array): Promise<boolean> {
  const listing = listEntries(bytes, DEFAULT_LIMITS);
  if (!listing.ok) return Promise.resolve(false);
  const entry = listing.entries.find((candidate) => candidate.name === CORE_PART);
  if (entry === undefined || entry.uncompressedSize > MAX_CORE_BYTES) return Promise.resolve(false);
  const inflated = inflateParts(bytes, new Set([CORE_PART]), listing.entries);
  const core = inflated.ok ? inflated.parts.get(CORE_PART) : undefined;
  return Promise.resolve(core !== undefined && KEYWORD_READ.test(Buffer.from(core).toString('utf8')));
}
