/**
 * Share of cells and rows of the real plan tables (tests/fixtures/plans) that `import` reads as written down by
 * hand. `node --require tsx/cjs scripts/importCorpus.ts` prints it; `npm run bench` writes it into BENCHMARKS.md.
 */
import { corpusTables, scoreCorpusTable } from '../tests/support/importCorpus';

export function importCorpusSection(): string[] {
  const scores = corpusTables().map(scoreCorpusTable);
  const sum = (pick: (s: (typeof scores)[number]) => number) => scores.reduce((total, score) => total + pick(score), 0);
  const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)} %`);
  return [
    '## Importing real plan tables',
    '',
    '`node --require tsx/cjs scripts/importCorpus.ts` — each table of tests/fixtures/plans imported and compared with the',
    'reading written down by hand (a row\'s 序号, 类别, name, unit, 属性, parent and each value cell count as cells).',
    '',
    `${scores.length} tables; cells read right: ${percent(sum((s) => s.cellsRight), sum((s) => s.cells))} (${sum((s) => s.cellsRight)}/${sum((s) => s.cells)}); ` +
      `rows read right: ${percent(sum((s) => s.rowsRight), sum((s) => s.rows))} (${sum((s) => s.rowsRight)}/${sum((s) => s.rows)}). Aim: 98 % of cells, 95 % of rows.`,
    '',
    '| table | cells | rows | not read |',
    '| --- | --- | --- | --- |',
    ...scores.map((s) => `| ${s.table} | ${s.cellsRight}/${s.cells} | ${s.rowsRight}/${s.rows} | ${s.wrong.join('; ') || '—'} |`),
  ];
}

if (require.main === module) process.stdout.write(`${importCorpusSection().join('\n')}\n`);
