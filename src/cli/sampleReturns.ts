import { isContribution, type Indicator, type LoadedCatalog, type PlanCatalog } from '../core/catalog';
import { applyMistakes, sampleEntries, type MistakeKind } from '../core/demo';
import { templateWorkbookLayout } from '../core/documents';
import { fillReturn, type Entry, type ExplanationEntry, loadWorkbook, readReturnSheets, workbookBytes } from '../xlsx';
import { buildCheckContext } from '../core/checks';
import { rowIdWithoutSuffix } from '../core/form';

/**
 * A county's share of a Zhejiang total: the average of its 90 county-level divisions. (0.02 made a county's 数字经济增加值
 * some 1000 亿元, more than the GDP its own sheet reports.)
 */
export const COUNTY_SHARE = 1 / 90;

export interface SampleReturnInput {
  region: { name: string; code: string };
  plans: PlanCatalog[];
  loaded: LoadedCatalog;
  reportingYear: number;
  seed: number;
  mistakes?: readonly MistakeKind[];
  /** The plan whose sheet gets the mistakes; default every plan's. */
  mistakesIn?: string;
  /** Cover banner, e.g. 示例数据. */
  banner?: string;
  merge?: boolean;
  /**
   * A form to fill instead of a new template: next year's form made with `template --from` last year's return.
   * Only the reporting year is typed into it; the earlier years are already there, carried.
   */
  form?: Uint8Array;
  /** The time written into the file (its properties and zip entries): fixed for bytes that must not change with the clock. */
  written?: Date;
}

/**
 * A filled example return (示例数据): the template for the region's plans, then example values — and the chosen
 * mistakes — typed in by id, as a person would. The demo, the tests and the benchmarks use it.
 */
export async function sampleReturn(input: SampleReturnInput): Promise<Uint8Array> {
  const template = input.form ?? await workbookBytes(templateWorkbookLayout({
    plans: input.plans, region: input.region, reportingYear: input.reportingYear, merge: input.merge ?? false,
    catalogVersion: input.loaded.version, ...(input.banner === undefined ? {} : { banner: input.banner }),
  }), input.written === undefined ? {} : { created: input.written });
  const typed = (entry: { year: number }) => input.form === undefined || entry.year === input.reportingYear;
  const loadedTemplate = await loadWorkbook(template);
  if (!loadedTemplate.ok) throw new Error(loadedTemplate.detail);
  const entries: Entry[] = [];
  const explanations: ExplanationEntry[] = [];
  for (const sheet of readReturnSheets(loadedTemplate.workbook)) {
    const plans = input.plans.filter((p) => sheet.metadata?.planIds.includes(p.plan.id));
    if (plans.length === 0 || !sheet.metadata) continue;
    // Each row's indicator as the checks read it: on a merged sheet a concept's row is the region's own plan's
    // indicator (typed in its unit: 越城's 家, not the province's 万家), else the first plan's.
    const { indicators } = buildCheckContext(sheet, plans, []);
    const indicatorOf = (rowId: string): Indicator | undefined => indicators[rowIdWithoutSuffix(rowId)];
    const planOf = (rowId: string) => plans.find((plan) => plan.plan.id === indicatorOf(rowId)?.planId);
    // A county's figures towards a provincial total are a small share of the province's.
    const scaleOf = (rowId: string) => {
      const indicator = indicatorOf(rowId);
      const plan = planOf(rowId);
      return indicator !== undefined && plan !== undefined && !rowId.includes('#') && isContribution(indicator, plan, input.region.code) ? COUNTY_SHARE : 1;
    };
    const years = sheet.rows.flatMap((row) => Object.keys(row.actuals).map(Number));
    const firstYear = Math.max(Math.min(...years), Math.min(...plans.map((plan) => plan.plan.period.start)));
    const sample = sampleEntries(sheet.metadata.rowIds, indicatorOf, firstYear, input.reportingYear, input.seed * 7919 + sheet.sheet.length, scaleOf, input.seed * 7919);
    const withMistakes = input.mistakesIn === undefined || sheet.metadata.planIds.includes(input.mistakesIn);
    const mistakes = applyMistakes(sample.filter(typed), withMistakes ? input.mistakes ?? [] : [], input.reportingYear, indicatorOf);
    entries.push(...mistakes.entries.map((entry) => ({ ...entry, sheet: sheet.sheet })));
    explanations.push(...mistakes.explanations.map((explanation) => ({ ...explanation, sheet: sheet.sheet })));
  }
  return fillReturn(template, entries, explanations, input.written);
}
