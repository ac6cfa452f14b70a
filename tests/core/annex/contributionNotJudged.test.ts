/**
 * Regression (issue 10, item 5): the completion table of a county's return against the province's plan judged the
 * county's share of a provincial total by the province's target (−95.7 %, −244 %, 否), though the return itself
 * shows those rows 仅监测. Every judgement goes through judgedIndicator now.
 */
import { sampleReturn } from '../../../src/cli/sampleReturns';
import { completionSheetOf } from '../../../src/core/annex';
import { isContribution } from '../../../src/core/catalog';
import type { SheetLayout } from '../../../src/core/layout';
import { readReturnWorkbook } from '../../../src/xlsx/readReturnWorkbook';
import { planOf, realCatalog } from '../../support/catalog';

const SHANGYU = { name: '绍兴市上虞区', code: '330604' };

function cellText(layout: SheetLayout, row: number, column: number): string | number | null {
  const cell = layout.cells.find((c) => c.row === row && c.col === column);
  if (cell === undefined) return null;
  const value = cell.value as { kind: string; text?: string; value?: number };
  return value.kind === 'number' ? value.value ?? null : value.text ?? null;
}

describe('a county’s contribution to a provincial total in its completion table', () => {
  it('is shown 仅监测 with no 完成进度, never 是/否 against the province’s target', async () => {
    const loaded = realCatalog();
    const plan = planOf('zj-hightech-industry-2021-2025');
    const read = await readReturnWorkbook(await sampleReturn({ region: SHANGYU, plans: [plan], loaded, reportingYear: 2025, seed: 5 }));
    if (!read.ok) throw new Error(read.problem.detail);
    const layout = completionSheetOf(plan, read.sheets[0]!, new Set());
    expect(layout).not.toBeNull();
    const names = new Map<string, number>();
    for (const cell of layout!.cells) {
      const value = cell.value as { kind: string; text?: string };
      if (cell.col === 1 && value.kind === 'text' && value.text !== undefined) names.set(value.text, cell.row);
    }
    const contributions = plan.indicators.filter((indicator) => isContribution(indicator, plan, SHANGYU.code));
    let seen = 0;
    for (const indicator of contributions) {
      const row = [...names.entries()].find(([text]) => text.startsWith(indicator.name))?.[1];
      if (row === undefined) continue;
      seen += 1;
      expect({ name: indicator.name, completed: cellText(layout!, row, 4), completion: cellText(layout!, row, 5) })
        .toEqual({ name: indicator.name, completed: '仅监测', completion: null });
    }
    expect(seen).toBeGreaterThan(0);
  });
});
