/**
 * Regression (issue 10, item 6): a value that failed the checks (a 万/亿 slip) appeared in the completion table as 是
 * with 38575.6 %. Now it is 待核实 in its own cells, with no percentage, and the caption says how many.
 */
import { sampleReturn } from '../../../src/cli/sampleReturns';
import { completionSheetOf } from '../../../src/core/annex';
import { checkAgainstCatalog } from '../../../src/core/checks';
import { unverifiedRows } from '../../../src/core/consolidation';
import type { SheetLayout } from '../../../src/core/layout';
import { readReturnWorkbook } from '../../../src/xlsx/readReturnWorkbook';
import { planOf, realCatalog } from '../../support/catalog';
import { shown } from '../../support/shown';

const KEQIAO = { name: '绍兴市柯桥区', code: '330603' };

function text(layout: SheetLayout, row: number, column: number): string | number | null {
  const cell = layout.cells.find((c) => c.row === row && c.col === column);
  if (cell === undefined) return null;
  const value = cell.value as { kind: string; text?: string; value?: number };
  return value.kind === 'number' ? value.value ?? null : value.text ?? null;
}

describe('a value that failed the checks in a completion table', () => {
  it('is 待核实, never 是 or a completion percentage, and the caption says so', async () => {
    const loaded = realCatalog();
    const plan = planOf('keqiao-2021-2025');
    const read = await readReturnWorkbook(await sampleReturn({ region: KEQIAO, plans: [plan], loaded, reportingYear: 2025, seed: 11, mistakes: ['unit_slip'] }));
    if (!read.ok) throw new Error(read.problem.detail);
    const sheet = read.sheets[0]!;
    const unverified = unverifiedRows(checkAgainstCatalog(sheet, loaded).report);
    expect(Object.keys(unverified).length).toBeGreaterThan(0);

    const before = completionSheetOf(plan, sheet, new Set())!;
    const after = completionSheetOf(plan, sheet, new Set(), unverified)!;
    const rowOf = (layout: SheetLayout, id: string) => {
      const name = plan.indicators.find((indicator) => indicator.id === id)!.name;
      return layout.cells.find((cell) => cell.col === 1 && String((cell.value as { text?: string }).text ?? '').startsWith(name))?.row;
    };
    let seen = 0;
    for (const id of Object.keys(unverified)) {
      const row = rowOf(after, id);
      if (row === undefined) continue;
      seen += 1;
      // Without the checks' verdict the slip is judged like any figure (that is what the county was shown before).
      expect(text(before, row, 4)).not.toBe('待核实');
      expect(text(after, row, 4)).toBe('待核实');
      expect(text(after, row, 5)).toBeNull();
      expect(String(text(after, row, 3))).toMatch(/（待核实）$/u);
      const note = after.cells.find((cell) => cell.row === row && cell.col === 4)?.note;
      expect(note).toBe(shown(unverified[id]));
    }
    expect(seen).toBeGreaterThan(0);
    expect(String(text(after, 0, 0))).toContain(`其中 ${seen} 项实绩未通过校验`);
    expect(after.name).toBe(before.name);
  });
});
