/**
 * Workbooks the tools write that are not returns (check reports, consolidations, annex tables) say so in their
 * document properties (keywords), so that a later run over the folder they were written into skips them instead of
 * listing them as unreadable returns. Only docProps/core.xml is inflated, and only its first 64 KB.
 */
import { inflateEntry } from './zip/inflateEntry';
import { readZipDirectory } from './zip/zipDirectory';

export const TOOL_OUTPUT_KEYWORD = 'plan-indicators:output';
const CORE_PART = 'docProps/core.xml';
const MAX_CORE_BYTES = 64 * 1024;

export async function isToolOutput(bytes: Uint8Array): Promise<boolean> {
  const directory = readZipDirectory(bytes);
  if (!directory.ok) return false;
  const entry = directory.entries.find((candidate) => candidate.name === CORE_PART);
  if (entry === undefined || entry.encrypted) return false;
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflated = await inflateEntry(bytes, entry, (chunk) => {
    chunks.push(chunk);
    total += chunk.length;
    return total < MAX_CORE_BYTES;
  });
  if (!inflated.ok) return false;
  return Buffer.concat(chunks).toString('utf8').includes(TOOL_OUTPUT_KEYWORD);
}
