/**
 * The status list and the progress chart: each row of a filled return with its attainment, judged as the sheet's
 * own status formulas judge it.
 */
import { keptSampleReturn } from '../../support/keptSampleReturn';
import { templateWorkbookLayout } from '../../../src/core/documents';
import { progressRows, statusCounts } from '../../../src/taskpane/model/progressRows';
import { readOk } from '../../support/xlsx/filledReturns';
import { workbookBytes } from '../../../src/xlsx/renderWorkbook';
import { YUECHENG, yuechengReturn } from '../../support/taskpane/samples';
import { testCatalog } from '../../support/taskpane/services';


describe('progressRows', () => {
  it('gives the indicators of an empty sheet as not reported', async () => {
    const loaded = testCatalog();
    const plans = loaded.catalog.plans.filter((plan) => plan.plan.id === 'yuecheng-2021-2025');
    const [sheet] = await readOk(await workbookBytes(templateWorkbookLayout({ plans, region: YUECHENG, reportingYear: 2023, merge: false, catalogVersion: loaded.version })));
    const rows = progressRows(sheet!, loaded);
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.every((row) => row.status === 'no_value' || row.status === 'monitoring')).toBe(true);
    expect(statusCounts(rows).no_value).toBeGreaterThan(10);
    expect(rows.every((row) => row.completion === null)).toBe(true);
  });

  it('judges a filled return: completion against schedule where a target and baseline allow', async () => {
    const loaded = testCatalog();
    const [sheet] = await readOk(await yuechengReturn([]));
    const rows = progressRows(sheet!, loaded);
    const counts = statusCounts(rows);
    expect(counts.no_value).toBe(0);
    expect(counts.met + counts.on_track + counts.behind + counts.regressing).toBeGreaterThan(5);
    const judged = rows.filter((row) => row.completion !== null);
    expect(judged.every((row) => row.timeShare !== null && row.timeShare > 0 && row.timeShare < 1)).toBe(true);
  });

  it('monitors a county’s share of a provincial total instead of judging it by the province’s target', async () => {
    const loaded = testCatalog();
    const plans = loaded.catalog.plans.filter((plan) => plan.plan.id === 'zj-hightech-industry-2021-2025');
    const [sheet] = await readOk(await keptSampleReturn({ region: YUECHENG, plans, loaded, reportingYear: 2023, seed: 3 }));
    const rows = progressRows(sheet!, loaded);
    const sums = plans[0]!.indicators.filter((indicator) => indicator.aggregation.kind === 'sum').map((indicator) => indicator.id);
    const summed = rows.filter((row) => sums.includes(row.rowId));
    expect(summed.length).toBeGreaterThan(0);
    expect(summed.every((row) => row.status === 'monitoring')).toBe(true);
  });
});
