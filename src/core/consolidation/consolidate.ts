import type { Indicator } from '../catalog';
import { ratioPartRowId } from '../form';
import { sheetActuals, type ReportedValue } from '../checks';
import type { ConsolidatedRegion, ConsolidatedRow, ConsolidationFinding, ConsolidationInput, ConsolidationMethod, ConsolidationResult } from './types';


function methodOf(indicator: Indicator): ConsolidationMethod {
  return indicator.aggregation.kind;
}

function sum(values: Array<number | null>): number {
  return Number(values.reduce<number>((total, value) => total + (value ?? 0), 0).toPrecision(15));
}

/**
 * County returns of one plan and year into one city sheet's figures: additive indicators summed, ratios recomputed
 * from their parts where every county reported both, otherwise listed per county without a total; a finding for
 * every county missing, reporting another plan or another year, or reporting twice.
 */
export function consolidate(input: ConsolidationInput): ConsolidationResult {
  const findings: ConsolidationFinding[] = [];
  const regions: ConsolidatedRegion[] = [];
  const actualsByRegion = new Map<string, Map<string, Map<number, ReportedValue>>>();
  const indicators = new Map(input.plan.indicators.map((indicator) => [indicator.id, indicator]));
  const planId = input.plan.plan.id;

  for (const { source, sheet } of input.returns) {
    const meta = sheet.metadata;
    if (meta === null) {
      findings.push({ code: 'consolidate.no_metadata', source, region: null, detail: sheet.sheet });
      continue;
    }
    if (!meta.planIds.includes(planId) || meta.merged) {
      findings.push({ code: 'consolidate.other_plan', source, region: meta.region.name, detail: meta.planIds.join(', ') });
      continue;
    }
    if (meta.reportingYear !== input.reportingYear) {
      findings.push({ code: 'consolidate.other_year', source, region: meta.region.name, detail: String(meta.reportingYear) });
      continue;
    }
    const twice = regions.find((region) => region.code === meta.region.code);
    if (twice) {
      findings.push({ code: 'consolidate.duplicate_region', source, region: meta.region.name, detail: twice.source });
      continue;
    }
    if (input.expectedRegions && !input.expectedRegions.some((region) => region.code === meta.region.code)) {
      findings.push({ code: 'consolidate.unexpected_region', source, region: meta.region.name, detail: meta.region.code });
    }
    regions.push({ code: meta.region.code, name: meta.region.name, source });
    actualsByRegion.set(meta.region.code, sheetActuals(sheet, (id) => indicators.get(id.replace(/#.*$/u, ''))));
  }
  for (const expected of input.expectedRegions ?? []) {
    if (!regions.some((region) => region.code === expected.code)) {
      findings.push({ code: 'consolidate.region_missing', source: null, region: expected.name, detail: expected.code });
    }
  }

  const year = input.reportingYear;
  const valueOf = (code: string, rowId: string): ReportedValue | null => actualsByRegion.get(code)?.get(rowId)?.get(year) ?? null;
  const numberOf = (code: string, rowId: string): number | null => {
    const value = valueOf(code, rowId);
    return typeof value === 'number' ? value : null;
  };

  const rows: ConsolidatedRow[] = input.plan.indicators
    .filter((indicator) => input.returns.length === 0 || regions.some((region) => actualsByRegion.get(region.code)?.has(indicator.id)))
    .map((indicator) => {
      const byRegion = Object.fromEntries(regions.map((region) => [region.code, valueOf(region.code, indicator.id)]));
      const reported = regions.filter((region) => typeof byRegion[region.code] === 'number');
      let method = methodOf(indicator);
      let total: number | null = null;
      let partial = reported.length < regions.length;
      if (method === 'sum') {
        total = reported.length === 0 ? null : sum(reported.map((region) => numberOf(region.code, indicator.id)));
      } else if (method === 'ratio' && indicator.aggregation.kind === 'ratio') {
        const numerators = regions.map((region) => numberOf(region.code, ratioPartRowId(indicator.id, 'numerator')));
        const denominators = regions.map((region) => numberOf(region.code, ratioPartRowId(indicator.id, 'denominator')));
        const complete = regions.length > 0 && numerators.every((n) => n !== null) && denominators.every((d) => d !== null);
        const denominator = sum(denominators);
        if (complete && denominator !== 0) {
          const scale = indicator.aggregation.scale ?? 1;
          total = Number(((sum(numerators) / denominator) * scale).toPrecision(12));
          partial = false;
        } else {
          method = 'none';
        }
      }
      if (method === 'none') partial = false;
      return { indicator, method, total, partial, byRegion };
    });
  return { plan: input.plan, reportingYear: year, regions, rows, findings };
}
