/**
 * Decision 0211: the carry is core's, pure; what a file or the pane does with a return it cannot lay out anew is theirs.
 * A refusal is a result with its code and params, never a throw of the xlsx adapter's error.
 */
import { sampleReturn } from '../../../src/cli/sampleReturns';
import { carriedLayout } from '../../../src/core/regenerate';
import type { ReturnSheet } from '../../../src/core/returns';
import { readReturnWorkbook } from '../../../src/xlsx';
import { planOf, realCatalog } from '../../support/catalog';

const loaded = realCatalog();
const PLAN = 'zj-hightech-industry-2021-2025';

let sample: Promise<Uint8Array> | undefined;

/** The sample return (written once per file: both tests read the same bytes), read afresh for each test. */
async function returnSheets(): Promise<ReturnSheet[]> {
  sample ??= sampleReturn({ region: { name: '绍兴市越城区', code: '330602' }, plans: [planOf(PLAN)], loaded, reportingYear: 2024, seed: 5 });
  const read = await readReturnWorkbook(await sample);
  if (!read.ok) throw new Error(read.problem.detail);
  return read.sheets;
}

describe('carriedLayout', () => {
  it('lays out next year’s return with the values carried', async () => {
    const carry = carriedLayout(await returnSheets(), loaded, { reportingYear: 2025, withCover: true });
    if (!carry.ok) throw new Error(carry.problem.detail);
    expect(carry.layout.carried).toBeGreaterThan(10);
    expect(carry.layout.previous.map((metadata) => metadata.reportingYear)).toEqual([2024]);
    expect(carry.layout.sheets.length).toBe(2);
  });

  it('refuses a return without metadata, or naming a plan the catalog lacks, with the code and params the tables word', async () => {
    const sheets = await returnSheets();
    expect(carriedLayout(sheets.map((sheet) => ({ ...sheet, metadata: null })), loaded)).toMatchObject({
      ok: false, problem: { code: 'regenerate.metadata_missing', params: { sheet: sheets[0]!.sheet } },
    });
    const withoutPlan = { ...loaded, catalog: { ...loaded.catalog, plans: loaded.catalog.plans.filter((plan) => plan.plan.id !== PLAN) } };
    expect(carriedLayout(sheets, withoutPlan)).toMatchObject({ ok: false, problem: { code: 'regenerate.unknown_plan', params: { plan: PLAN } } });
  });
});
