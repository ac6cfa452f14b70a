import fs from 'node:fs';
import path from 'node:path';
import { shownPath } from './shownPath';
import { isConceptsFileName, loadCatalog, type CatalogProblem, type CatalogText, type LoadedCatalog } from '../core/catalog';
import { packageHistory } from './catalogVersions';
import { readBuiltCatalog } from './builtCatalog';
import { translate, type Locale } from '../core/i18n';
import { CATALOG_DIR } from './paths';
import { readReason, systemCode } from './systemErrors';

export interface CatalogLoad extends LoadedCatalog {
  files: string[];
}

const CATALOG_FILE = /\.(ya?ml|json)$/u;
const isSchemaFile = (file: string) => file.endsWith('.schema.json') || path.basename(file) === 'schema.json';

/** The catalog files of a directory: plan files and concepts files, schemas left out. */
export function catalogFilesIn(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((name) => CATALOG_FILE.test(name) && !isSchemaFile(name))
    .sort()
    .map((name) => path.join(dir, name));
}

function display(file: string): string {
  return shownPath(file, process.cwd());
}

/**
 * The last catalog loaded in this process and the texts it was loaded from: loading parses and lints some 300 KB of
 * YAML (about a second of CPU), and a process that runs several commands (the tests call `main` in-process, a
 * worker checks many files) gets the same catalog back while the texts are the same. Callers never change it.
 */
let lastLoad: { key: string; load: CatalogLoad } | undefined;

/**
 * Reads and loads catalog files (default: the package's catalog/), with `extra` texts got elsewhere (a URL); an
 * unreadable file is a problem, not a crash.
 */
export function loadCatalogFiles(files: string[] = catalogFilesIn(CATALOG_DIR), extra: readonly CatalogText[] = []): CatalogLoad {
  const texts: CatalogText[] = [];
  const unreadable: CatalogProblem[] = [];
  for (const file of files) {
    try {
      texts.push({ file: display(file), text: fs.readFileSync(file, 'utf8') });
    } catch (error) {
      unreadable.push({ file: display(file), path: '', code: 'catalog.syntax', detail: (error as Error).message, reason: { code: 'catalog.reason.unreadable', params: { detail: readReason(systemCode(error)) } } });
    }
  }
  const key = JSON.stringify([process.cwd(), files, texts, extra]);
  if (unreadable.length === 0 && lastLoad?.key === key) return lastLoad.load;
  const packageFiles = files.length > 0 && files.every((file) => path.dirname(path.resolve(file)) === CATALOG_DIR);
  // The package's own catalog, as the build kept it for these texts and this code (builtCatalog.ts), else the YAML.
  const kept = packageFiles && extra.length === 0 && unreadable.length === 0 ? readBuiltCatalog(texts) : undefined;
  const loaded = kept ?? loadCatalog([...texts, ...extra]);
  // Returns made from earlier releases of the package's catalog are checked against the release they were made from.
  const history = packageFiles && extra.length === 0 ? packageHistory(texts) : undefined;
  const load = { ...loaded, ...(history === undefined ? {} : { history }), problems: [...unreadable, ...loaded.problems], files: [...files.map(display), ...extra.map((text) => text.file)] };
  if (unreadable.length === 0) lastLoad = { key, load };
  return load;
}

/** The given files, plus the package's concepts files when none is among them (plans need their concepts). */
export function withDefaultConcepts(files: string[]): string[] {
  // An imported plan links rows to the shipped concepts and writes the others into concepts-<id>.yaml: linted
  // together, both are needed. A concepts file given under a shipped one's name (an edited concepts.yaml) replaces it.
  const given = new Set(files.filter((file) => isConceptsFileName(file)).map((file) => path.basename(file)));
  return [...catalogFilesIn(CATALOG_DIR).filter((file) => isConceptsFileName(file) && !given.has(path.basename(file))), ...files];
}

/** One line per problem: the file (and line), the JSON pointer, the code for programs, what is wrong in `locale`. */
export function formatProblem(problem: CatalogProblem, locale: Locale): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return translate(locale, 'cli.catalog.problem', { where, path: problem.path || '/', code: problem.code, problem: problem.reason });
}
