/**
 * Jest's global setup, run once per run before any test file: the hash of the sources that keeps fixtures between
 * test files and runs (keptFiles.ts) is made here and handed to every worker through the environment, instead of
 * every test file reading and hashing src again in its fresh registry (decision 0269). Set anew on every run (watch
 * mode included), so a value left in a shell's environment is never read.
 */
import { SOURCES_HASH_VARIABLE, sourcesHash } from './keptFiles';

export default function globalSetup(): void {
  process.env[SOURCES_HASH_VARIABLE] = sourcesHash();
}
