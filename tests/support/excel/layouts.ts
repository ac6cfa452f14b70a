/**
 * Reporting workbooks of real catalog indicators, in any size: a plan's indicators repeated under new ids
 * (sub-items keep pointing at their own copy's parent) until the sheet has the number of indicators asked for.
 */
import type { Indicator, PlanCatalog } from '../../../src/core/catalog/index';
import { reportingWorkbookLayout, type WorkbookLayout } from '../../../src/core/layout/index';

export { realCatalog } from '../catalog';
import { planOf, realCatalog } from '../catalog';

export function plan(id: string): PlanCatalog {
  return planOf(id);
}

/** A plan of tables, prose, qualitative and relative targets (it has companion rows). */
export const SAMPLE_PLAN = 'zj-hightech-industry-2021-2025';

function copyOf(indicator: Indicator, copy: number): Indicator {
  const id = (original: string) => (copy === 0 ? original : `${original}~${copy}`);
  const cloned: Indicator = { ...indicator, id: id(indicator.id) };
  if (indicator.parent !== undefined) cloned.parent = id(indicator.parent);
  return cloned;
}

/** `planId`'s catalog with exactly `count` indicators: its own, then copies of them. */
export function planOfSize(count: number, planId = SAMPLE_PLAN): PlanCatalog {
  const source = plan(planId);
  const indicators: Indicator[] = [];
  for (let copy = 0; indicators.length < count; copy++) {
    for (const indicator of source.indicators) {
      if (indicators.length === count) break;
      // A sub-item is copied only with its parent, so that every parent it names is on the sheet.
      if (indicator.parent !== undefined && !indicators.some((other) => other.id === copyOf(source.indicators.find((i) => i.id === indicator.parent) as Indicator, copy).id)) continue;
      indicators.push(copyOf(indicator, copy));
    }
  }
  return { ...source, indicators };
}

export function reportingWorkbookOf(count: number, sheetName?: string): WorkbookLayout {
  const catalog = planOfSize(count);
  return reportingWorkbookLayout({
    plans: [catalog],
    region: catalog.plan.region,
    reportingYear: 2023,
    merge: false,
    catalogVersion: realCatalog().version,
    ...(sheetName === undefined ? {} : { sheetName }),
  });
}
