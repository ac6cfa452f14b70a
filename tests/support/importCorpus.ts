import fs from 'node:fs';
import path from 'node:path';
import { htmlTables, importResultJson, recogniseIndicatorTable, tableWithSurroundings, textTableCells, type ImportJson } from '../../src/core/import';
import { realCatalog } from './catalog';

/** The corpus of real plan tables (tests/fixtures/plans/<name>/: table.*, expected.json, SOURCE.md). */
export const CORPUS_DIR = path.join(__dirname, '..', 'fixtures', 'plans');

export interface CorpusScore {
  table: string;
  rows: number;
  rowsRight: number;
  cells: number;
  cellsRight: number;
  /** 'row 3 name', 'row 3 2025年': every cell read differently from the expected reading. */
  wrong: string[];
}

export type Expected = Omit<ImportJson, 'problems'>;

function tableFile(dir: string): string {
  const file = fs.readdirSync(dir).find((name) => name.startsWith('table.'));
  if (file === undefined) throw new Error(`${dir} has no table.* file`);
  return path.join(dir, file);
}

/**
 * The options a user passes to `plan-indicators import` for a table, when SOURCE.md says they would:
 * options.json beside the table ({"yearForUndated": 2018} for `--year-for-undated 2018`).
 */
function corpusOptions(dir: string): { yearForUndated?: number } {
  const file = path.join(dir, 'options.json');
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as { yearForUndated?: number }) : {};
}

/** Imports one corpus table the way `plan-indicators import` does for its format. */
export function importCorpusTable(name: string): ImportJson {
  const dir = path.join(CORPUS_DIR, name);
  const file = tableFile(dir);
  const text = fs.readFileSync(file, 'utf8');
  const cells = /\.html?$/u.test(file) ? tableWithSurroundings(htmlTables(text)[0] ?? { cells: [], after: [] }) : textTableCells(text);
  return importResultJson(recogniseIndicatorTable({ cells, concepts: realCatalog().catalog.concepts, ...corpusOptions(dir) }));
}

const ROW_FIELDS = ['seq', 'category', 'name', 'unit', 'attribute', 'parent'] as const;

/** Compares row by row and cell by cell: a row's fields and each of its value cells count as cells. */
export function scoreCorpusTable(name: string): CorpusScore {
  const expected = JSON.parse(fs.readFileSync(path.join(CORPUS_DIR, name, 'expected.json'), 'utf8')) as Expected;
  return scoreReading(name, expected, importCorpusTable(name));
}

/** One table read (`actual`) against the reading written down by hand (`expected`), row by row and cell by cell. */
export function scoreReading(name: string, expected: Expected, actual: ImportJson): CorpusScore {
  const wrong: string[] = [];
  let cells = 0;
  let cellsRight = 0;
  let rowsRight = 0;
  const count = (right: boolean, what: string): boolean => {
    cells += 1;
    if (right) cellsRight += 1;
    else wrong.push(what);
    return right;
  };
  count(actual.caption === expected.caption, 'caption');
  count(JSON.stringify(actual.notes) === JSON.stringify(expected.notes), 'notes');
  expected.indicators.forEach((want, index) => {
    const got = actual.indicators[index];
    let rowRight = true;
    for (const field of ROW_FIELDS) rowRight = count(got?.[field] === want[field], `row ${index + 1} ${field}`) && rowRight;
    want.values.forEach((value, v) => {
      rowRight = count(JSON.stringify(got?.values[v]) === JSON.stringify(value), `row ${index + 1} ${value.column}`) && rowRight;
    });
    if (got !== undefined && got.values.length !== want.values.length) rowRight = count(false, `row ${index + 1} extra values`) && rowRight;
    if (rowRight) rowsRight += 1;
  });
  for (let extra = expected.indicators.length; extra < actual.indicators.length; extra++) count(false, `row ${extra + 1} not in the table`);
  return { table: name, rows: expected.indicators.length, rowsRight, cells, cellsRight, wrong };
}

export function corpusTables(): string[] {
  return fs.readdirSync(CORPUS_DIR, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
}
