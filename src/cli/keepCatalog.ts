/**
 * Run by scripts/build-cli.js after compiling, never imported: loads the package's catalog from its YAML and keeps it
 * for the compiled code (builtCatalog.ts, decision 0201). A catalog with problems is not kept: the command line then
 * loads the YAML and reports them, as before.
 */
import fs from 'node:fs';
import { loadCatalog } from '../core/catalog';
import { writeBuiltCatalog } from './builtCatalog';
import { catalogFilesIn } from './catalogFiles';
import { CATALOG_DIR } from './paths';
import { shownPath } from './shownPath';

const texts = catalogFilesIn(CATALOG_DIR).map((file) => ({ file: shownPath(file, process.cwd()), text: fs.readFileSync(file, 'utf8') }));
const { catalog, problems, version } = loadCatalog(texts);
if (problems.length === 0) writeBuiltCatalog(texts, { catalog, problems, version });
