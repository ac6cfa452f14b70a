import fs from 'node:fs';
import path from 'node:path';
import { CORPUS_DIR, corpusTables, scoreCorpusTable } from '../../support/importCorpus';

/**
 * Real indicator tables of Chinese plans (tests/fixtures/plans), each imported and compared with the reading its
 * collector wrote down, row by row and cell by cell. known-gaps.json lists every cell still read differently:
 * a regression adds to it and fails, a fix removes from it and fails until the list is updated.
 */
const knownGaps = JSON.parse(fs.readFileSync(path.join(CORPUS_DIR, 'known-gaps.json'), 'utf8')) as Record<string, string[]>;

describe('the corpus of real plan tables', () => {
  it.each(corpusTables())('%s says where it comes from', (table) => {
    const source = fs.readFileSync(path.join(CORPUS_DIR, table, 'SOURCE.md'), 'utf8');
    expect(source).toMatch(/https?:\/\/|file id \d+/u);
  });

  it.each(corpusTables())('%s imports as read by hand, except the listed gaps', (table) => {
    const score = scoreCorpusTable(table);
    expect(score.rows).toBeGreaterThan(0);
    expect(score.wrong).toEqual(knownGaps[table] ?? []);
  });
});
