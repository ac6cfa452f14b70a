import fs from 'node:fs';
import path from 'node:path';
import { readSourceTables } from '../../src/cli/importSources';
import type { CommandIo } from '../../src/cli/io';
import { importResultJson, recogniseIndicatorTable, type ImportJson } from '../../src/core/import';
import { realCatalog } from './catalog';
import { scoreReading, type CorpusScore, type Expected } from './importCorpus';

/**
 * Plan tables made by hand in the shapes counties, cities and departments print them (tests/fixtures/plans-made/<name>/:
 * table.* as pasted text, Markdown, web-page or Word HTML, .docx or .xlsx; expected.json, one reading per table of
 * the file; SOURCE.md saying what the table is and what it tries). Apart from the corpus of real tables
 * (tests/fixtures/plans), whose sources are public documents.
 */
export const MADE_DIR = path.join(__dirname, '..', 'fixtures', 'plans-made');

export function madeTables(): string[] {
  return fs.readdirSync(MADE_DIR, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
}

/** Every table of the file, read as `plan-indicators import --json` reads it. */
export async function importMadeTable(name: string): Promise<ImportJson[]> {
  const dir = path.join(MADE_DIR, name);
  const file = fs.readdirSync(dir).find((entry) => entry.startsWith('table.'));
  if (file === undefined) throw new Error(`${dir} has no table.* file`);
  const io: CommandIo = { cwd: dir, readStdin: async () => '', stdout: () => undefined, stderr: () => undefined, isTty: false };
  const concepts = realCatalog().catalog.concepts;
  return (await readSourceTables(file, undefined, io)).map((table) => importResultJson(recogniseIndicatorTable({ cells: table.cells, concepts })));
}

/** Each table of the file against its reading by hand, summed; a table read that was not written down counts wrong. */
export async function scoreMadeTable(name: string): Promise<CorpusScore> {
  const expected = JSON.parse(fs.readFileSync(path.join(MADE_DIR, name, 'expected.json'), 'utf8')) as Expected[];
  const actual = await importMadeTable(name);
  const scores = expected.map((want, index) => scoreReading(name, want, actual[index] ?? { caption: null, notes: [], indicators: [], problems: [] }));
  const extra = actual.slice(expected.length).map((_, index) => `table ${expected.length + index + 1} not in the file`);
  const prefix = (wrong: string[], index: number) => (expected.length > 1 ? wrong.map((what) => `table ${index + 1} ${what}`) : wrong);
  return {
    table: name,
    rows: scores.reduce((sum, score) => sum + score.rows, 0),
    rowsRight: scores.reduce((sum, score) => sum + score.rowsRight, 0),
    cells: scores.reduce((sum, score) => sum + score.cells, 0) + extra.length,
    cellsRight: scores.reduce((sum, score) => sum + score.cellsRight, 0),
    wrong: [...scores.flatMap((score, index) => prefix(score.wrong, index)), ...extra],
  };
}
