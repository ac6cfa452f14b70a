/**
 * The pane's completion sheets say why a value is 待核实 in the pane's language (issue 15: the reason is carried as
 * the check's code and params and worded where it is shown).
 */
import { keptSampleReturn } from '../../support/keptSampleReturn';
import { checkAgainstCatalog } from '../../../src/core/checks';
import { unverifiedRows } from '../../../src/core/consolidation';
import { completionSheets } from '../../../src/taskpane/model/annexSheets';
import { readReturnWorkbook } from '../../../src/xlsx';
import { planOf, realCatalog } from '../../support/catalog';
import { shown } from '../../support/shown';

describe('completionSheets', () => {
  it('notes each 待核实 value with its check’s reason in the language asked', async () => {
    const loaded = realCatalog();
    const plan = planOf('zj-hightech-industry-2021-2025');
    const read = await readReturnWorkbook(await keptSampleReturn({ region: { name: '绍兴市上虞区', code: '330604' }, plans: [plan], loaded, reportingYear: 2024, seed: 301, mistakes: ['unit_slip'] }));
    if (!read.ok) throw new Error(read.problem.detail);
    const reasons = Object.values(unverifiedRows(checkAgainstCatalog(read.sheets[0]!, loaded).report));
    expect(reasons.length).toBeGreaterThan(0);
    for (const locale of ['zh-CN', 'en-US'] as const) {
      const [sheet] = completionSheets(plan, read.sheets, new Set(), loaded, locale);
      const notes = sheet!.cells.filter((cell) => cell.col === 4 && cell.note !== undefined).map((cell) => cell.note);
      expect(notes).toEqual(expect.arrayContaining(reasons.map((reason) => shown(reason, locale))));
    }
    expect(shown(reasons[0], 'en-US')).not.toBe(shown(reasons[0], 'zh-CN'));
  });
});
