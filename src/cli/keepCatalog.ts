/**
 * Run by scripts/build-cli.js after compiling, never imported: loads the package's catalog from its YAML and keeps it
 * for the compiled code (builtCatalog.ts, decision 0201), then each released version its history can rebuild (decision
 * 0250). A catalog with problems is not kept: the command line then loads the YAML and reports them, as before.
 */
import fs from 'node:fs';
import { loadCatalog, textsOfRelease } from '../core/catalog';
import { BUILT_RELEASES_DIR, builtReleaseFile, writeBuiltCatalog } from './builtCatalog';
import { catalogFilesIn } from './catalogFiles';
import { keptFile, readVersionRegistry } from './catalogVersions';
import { CATALOG_DIR } from './paths';
import { shownPath } from './shownPath';

const texts = catalogFilesIn(CATALOG_DIR).map((file) => ({ file: shownPath(file, process.cwd()), text: fs.readFileSync(file, 'utf8') }));
const { catalog, problems, version } = loadCatalog(texts);
if (problems.length === 0) writeBuiltCatalog(texts, { catalog, problems, version });

fs.mkdirSync(BUILT_RELEASES_DIR, { recursive: true });
for (const release of readVersionRegistry().versions) {
  const file = builtReleaseFile(release.version);
  const releaseTexts = textsOfRelease(release, texts, (name) => keptFile(release.version, name));
  if (file === null || releaseTexts === null || release.version === version) continue;
  const loaded = loadCatalog(releaseTexts);
  if (loaded.problems.length === 0) writeBuiltCatalog(releaseTexts, { catalog: loaded.catalog, problems: loaded.problems, version: loaded.version }, file);
}
