/**
 * Share of cells and rows of the plan tables made in the shapes real ones come in (tests/fixtures/plans-made) that
 * `import` reads as written down by hand. `node --require tsx/cjs scripts/importMadeTables.ts` prints it per table.
 */
import { madeTables, scoreMadeTable } from '../tests/support/madeTables';

async function main(): Promise<void> {
  const scores = await Promise.all(madeTables().map(scoreMadeTable));
  const sum = (pick: (s: (typeof scores)[number]) => number) => scores.reduce((total, score) => total + pick(score), 0);
  const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)} %`);
  for (const s of scores) process.stdout.write(`| ${s.table} | ${s.cellsRight}/${s.cells} | ${s.rowsRight}/${s.rows} | ${s.wrong.join('; ') || '—'} |\n`);
  process.stdout.write(`${scores.length} tables; cells read right: ${percent(sum((s) => s.cellsRight), sum((s) => s.cells))} (${sum((s) => s.cellsRight)}/${sum((s) => s.cells)}); `
    + `rows read right: ${percent(sum((s) => s.rowsRight), sum((s) => s.rows))} (${sum((s) => s.rowsRight)}/${sum((s) => s.rows)})\n`);
}

void main();
