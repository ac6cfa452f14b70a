import type { Indicator } from '../catalog';
import { ratioPartRowId, type RatioPart } from '../form';
import type { ReportedValue } from '../checks';
import { formatNumber } from '../i18n';
import { findUnit } from '../units';
import { countyValues } from './countyValues';
import { typedButUnread } from './unverified';
import type { ConsolidatedRegion, ConsolidatedRow, ConsolidationFinding, ConsolidationInput, ConsolidationMethod, ConsolidationResult, CountyValues } from './types';


const RATIO_PARTS: readonly RatioPart[] = ['numerator', 'denominator'];

function methodOf(indicator: Indicator): ConsolidationMethod {
  return indicator.aggregation.kind;
}

/** GB/T 2260 order: codes are six digits, so their text order is the administrative order. */
function byCode(a: { code: string }, b: { code: string }): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
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
  const actualsByRegion = new Map<string, CountyValues>();
  const planId = input.plan.plan.id;

  for (const { source, sheet, values, recorded } of input.returns) {
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
      // A county inside a consolidation file is one of its parts, not the whole file: only that county is left out.
      const code = recorded === true ? 'consolidate.duplicate_recorded' : 'consolidate.duplicate_region';
      findings.push({ code, source, region: meta.region.name, detail: twice.source });
      continue;
    }
    if (input.expectedRegions && !input.expectedRegions.some((region) => region.code === meta.region.code)) {
      // Another city's county is no part of this city's total (decision 0251): named and left out, as a city file
      // holding one is (decision 0247).
      findings.push({ code: 'consolidate.unexpected_region', source, region: meta.region.name, detail: meta.region.code });
      continue;
    }
    regions.push({ code: meta.region.code, name: meta.region.name, source });
    actualsByRegion.set(meta.region.code, values ?? countyValues(sheet, input.plan, input.reportingYear));
  }
  regions.sort(byCode);
  const missing = (input.expectedRegions ?? []).filter((expected) => !regions.some((region) => region.code === expected.code)).sort(byCode);
  for (const expected of missing) {
    findings.push({ code: 'consolidate.region_missing', source: null, region: expected.name, detail: expected.code });
  }
  const year = input.reportingYear;
  const valueOf = (code: string, rowId: string): ReportedValue | null => actualsByRegion.get(code)?.get(rowId) ?? null;
  // A value the checks did not accept, or a text typed where a number goes (no value carried, yet reported: 待核实).
  // A ratio's parts are what its total is made of: a part the checks did not accept puts the county's row in doubt
  // (the reason is kept under the ratio's own id) even when the ratio's own cell was left empty.
  const isUnverified = (code: string, indicator: Indicator): boolean => {
    const reason = input.unverified?.[code]?.[indicator.id];
    if (reason === undefined) return false;
    const rowIds = indicator.aggregation.kind === 'ratio' ? [indicator.id, ...RATIO_PARTS.map((part) => ratioPartRowId(indicator.id, part))] : [indicator.id];
    return rowIds.some((rowId) => valueOf(code, rowId) !== null) || typedButUnread(reason);
  };
  const numberOf = (code: string, rowId: string): number | null => {
    const value = valueOf(code, rowId);
    return typeof value === 'number' ? value : null;
  };

  const rows: ConsolidatedRow[] = input.plan.indicators
    .filter((indicator) => input.returns.length === 0 || regions.some((region) => actualsByRegion.get(region.code)?.has(indicator.id)))
    .map((indicator) => {
      const byRegion = Object.fromEntries(regions.map((region) => [region.code, valueOf(region.code, indicator.id)]));
      const unverified = regions.filter((region) => isUnverified(region.code, indicator)).map((region) => region.code);
      const counted = regions.filter((region) => !unverified.includes(region.code));
      const reported = counted.filter((region) => typeof byRegion[region.code] === 'number');
      let method = methodOf(indicator);
      let total: number | null = null;
      // 是/否 where the row is summed (零的突破 answered without its count, decision 0270): reported, yet no number to add.
      const answered = method !== 'sum' ? [] : counted.filter((region) => typeof byRegion[region.code] === 'boolean').map((region) => region.code);
      let notReported = counted.filter((region) => !reported.includes(region) && !answered.includes(region.code)).map((region) => region.code);
      let ratioWithoutTotal: string[] | undefined;
      if (method === 'sum') {
        total = reported.length === 0 ? null : sum(reported.map((region) => numberOf(region.code, indicator.id)));
      } else if (method === 'ratio' && indicator.aggregation.kind === 'ratio') {
        const partOf = (code: string, part: RatioPart) => numberOf(code, ratioPartRowId(indicator.id, part));
        const numerators = counted.map((region) => partOf(region.code, 'numerator'));
        const denominators = counted.map((region) => partOf(region.code, 'denominator'));
        const complete = counted.length > 0 && numerators.every((n) => n !== null) && denominators.every((d) => d !== null);
        const denominator = sum(denominators);
        if (complete && denominator !== 0) {
          const scale = indicator.aggregation.scale ?? 1;
          total = Number(((sum(numerators) / denominator) * scale).toPrecision(12));
          notReported = [];
        } else if (counted.length === 0 && unverified.length > 0) {
          // Every region held back: no total, and the total says whose values it lacks, as a sum's does.
          notReported = [];
        } else {
          method = 'none';
          // Why there is no total, on the total: the counties whose parts are missing (or, all there, a zero denominator).
          if (counted.length > 0) ratioWithoutTotal = counted.filter((region) => RATIO_PARTS.some((part) => partOf(region.code, part) === null)).map((region) => region.code);
        }
      }
      if (method === 'none') notReported = [];
      const partial = method !== 'none' && (notReported.length > 0 || answered.length > 0 || unverified.length > 0);
      return {
        indicator, method, total, partial, unverified: method === 'none' ? [] : unverified, flagged: unverified, notReported, answered, byRegion,
        ...(ratioWithoutTotal === undefined ? {} : { ratioWithoutTotal }),
      };
    });
  for (const row of rows) {
    const max = findUnit(row.indicator.unit)?.max ?? null;
    if (row.total !== null && max !== null && row.indicator.measure !== 'growth_rate' && row.total > max) {
      findings.push({ code: 'consolidate.share_above_maximum', source: null, region: null, detail: `${row.indicator.name} ${formatNumber(row.total)}${row.indicator.unit}` });
    }
  }
  return { plan: input.plan, reportingYear: year, regions, missing, rows, findings };
}
