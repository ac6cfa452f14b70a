/**
 * What the reporting sheet lists, before any cell is placed: its rows (indicators, companion quantities,
 * or concepts across plans), its baseline, target and actual years. Pure reading of the catalog.
 */
import { applicableTarget, changeTargetNote } from '../attainment';
import { translate } from '../i18n';
import { sameText } from '../util/comparableText';
import { defaultMeasure, inScope, isOwnPlan, judgedIndicator, ratioParts, type Indicator, type Measure, type PlanCatalog } from '../catalog';
import { goalAt, goalYears, isHistorical, relativeReference, shownBaseline } from './indicatorValues';
import { rowDecimals } from './printedDecimals';
import { REPORTING } from '../form';
import { companionRowId, conceptRowId } from '../form';

export interface ReportingInput {
  plans: PlanCatalog[];
  region: { name: string; code: string };
  reportingYear: number;
  /** One row per concept across the plans instead of one per indicator. */
  merge: boolean;
  catalogVersion: string;
  /** Sheet name; default 指标填报. A workbook with several reporting sheets names each one. */
  sheetName?: string;
}

/** A target column: one per year, or, merged, one per plan and year where the plans' targets differ. */
export interface TargetColumn {
  year: number;
  planId: string | null;
  planLabel: string | null;
}

export interface GoalCell {
  text: string;
  note: string | null;
}

export interface PlannedRow {
  /** What the hidden id column holds. */
  id: string;
  kind: 'indicator' | 'companion' | 'part';
  /** The indicator whose target the row is judged by; for a companion or part row, the indicator it serves. */
  indicator: Indicator;
  seq: string;
  category: string;
  /** Label of the row's plan (shown when several plans share the sheet unmerged). */
  plan: string;
  /** The name as printed, with its marks (*). */
  name: string;
  /** A 其中 sub-item or a companion: indented. */
  sub: boolean;
  unit: string;
  measure: Measure;
  /** Decimals its numbers are shown with (rowDecimals): as the plan prints the row; null when undecided (General). */
  decimals: number | null;
  baseline: { year: number; text: string } | null;
  /** One per target column. */
  goals: Array<GoalCell | null>;
  responsible: string;
}

export interface ReportingPlan {
  title: string;
  showPlanColumn: boolean;
  /** Baseline columns by year; [null] when no row has a baseline (one column headed 基期值). */
  baselineYears: Array<number | null>;
  targetColumns: TargetColumn[];
  actualYears: number[];
  rows: PlannedRow[];
}


/** Short labels telling plans apart: their regions when those differ, else their titles. */
function planLabels(plans: PlanCatalog[]): Map<string, string> {
  const regions = new Set(plans.map((p) => p.plan.region.name));
  const byRegion = regions.size === plans.length;
  return new Map(plans.map((p) => [p.plan.id, byRegion ? p.plan.region.name : p.plan.title]));
}

/**
 * The indicators `regionCode`'s return asks for: those in its reporting scope (reportingScope), but not those the
 * document already evaluated (isHistorical).
 */
function reportable(plan: PlanCatalog, regionCode: string): Indicator[] {
  return plan.indicators.filter((indicator) => !isHistorical(indicator, plan.plan) && inScope(indicator, plan, regionCode));
}

/** Members of a row: one indicator, or, merged, the concept's indicator in each plan (first plan first). */
function rowMembers(plans: PlanCatalog[], merge: boolean, regionCode: string): Indicator[][] {
  const all = plans.flatMap((plan) => reportable(plan, regionCode));
  if (!merge) return all.map((indicator) => [indicator]);
  const byConcept = new Map<string, Indicator[]>();
  for (const indicator of all) {
    const members = byConcept.get(indicator.concept) ?? [];
    // One indicator per plan: a plan naming a concept twice keeps its first.
    if (!members.some((member) => member.planId === indicator.planId)) members.push(indicator);
    byConcept.set(indicator.concept, members);
  }
  return [...byConcept.values()];
}

function goalText(member: Indicator, year: number, rowUnit: string): GoalCell | null {
  const goal = goalAt(member, year);
  if (goal === null) return null;
  const unitNote = sameText(member.unit, rowUnit) || member.unit === '' ? '' : REPORTING.otherUnitNote(member.unit);
  const notes: string[] = [];
  if (goal.planned) notes.push(REPORTING.plannedNote);
  if (member.perYear) notes.push(REPORTING.perYearNote);
  if (goal.others.length > 0) notes.push(REPORTING.otherTargetsNote + goal.others.map((value) => value.raw).join('；'));
  const change = changeTargetNote(member, year);
  if (change !== null) notes.push(translate('zh-CN', change.code, change.params));
  return { text: goal.shown.raw === '' ? '' : goal.shown.raw + unitNote, note: notes.length > 0 ? notes.join('\n') : null };
}

/** Target columns: per year; merged, per plan and year where any row's plans print different targets. */
function targetColumns(groups: Indicator[][], labels: Map<string, string>, merge: boolean): TargetColumn[] {
  const years = [...new Set(groups.flatMap((members) => members.flatMap(goalYears)))].sort((a, b) => a - b);
  const columns: TargetColumn[] = [];
  for (const year of years) {
    const differs = merge && groups.some((members) => {
      const unit = members[0]?.unit ?? '';
      const texts = new Set(members.map((member) => goalText(member, year, unit)?.text).filter((text) => text !== undefined));
      return texts.size > 1;
    });
    if (!differs) {
      columns.push({ year, planId: null, planLabel: null });
      continue;
    }
    const planIds = [...labels.keys()].filter((planId) =>
      groups.some((members) => members.some((member) => member.planId === planId && goalAt(member, year) !== null)));
    for (const planId of planIds) columns.push({ year, planId, planLabel: labels.get(planId) ?? planId });
  }
  return columns;
}

function goalsOf(members: Indicator[], columns: TargetColumn[], unit: string): Array<GoalCell | null> {
  return columns.map((column) => {
    const candidates = column.planId === null ? members : members.filter((member) => member.planId === column.planId);
    for (const member of candidates) {
      const cell = goalText(member, column.year, unit);
      if (cell !== null) return cell;
    }
    return null;
  });
}

/** The sheet's title: its plan's, or, for several plans, the region's name (the one text of the plan naming the region). */
export function reportingTitle(input: Pick<ReportingInput, 'plans' | 'region'>): string {
  const [only] = input.plans;
  if (input.plans.length === 1 && only !== undefined) return only.plan.title + REPORTING.titleSuffix;
  return input.region.name + REPORTING.titleSeveralPlans;
}

export function planReportingSheet(input: ReportingInput): ReportingPlan {
  const labels = planLabels(input.plans);
  const groups = rowMembers(input.plans, input.merge, input.region.code);
  const columns = targetColumns(groups, labels, input.merge);
  const rows: PlannedRow[] = [];
  let seq = 0;
  for (const members of groups) {
    const [indicator] = members;
    if (indicator === undefined) continue;
    const id = input.merge ? conceptRowId(indicator.concept) : indicator.id;
    // Merged, the row is judged by the first plan that sets a target in the row's unit (numbers typed in 家
    // cannot be compared with a target in 万家) — the region's own plan first, whichever order the plans were named in
    // (a county is judged by its own targets, never left 仅监测 because the province's plan came first); its baseline
    // is the one shown.
    const applies = (m: Indicator) => sameText(m.unit, indicator.unit) && applicableTarget(m, input.reportingYear) !== null;
    const own = (m: Indicator) => input.plans.some((p) => p.plan.id === m.planId && isOwnPlan(p, input.region.code));
    const chosen = members.find((m) => own(m) && applies(m)) ?? members.find(applies) ?? indicator;
    // A county's share of a provincial total shows the plan's target but is not judged by it (仅监测).
    const plan = input.plans.find((p) => p.plan.id === chosen.planId);
    const judge = judgedIndicator(chosen, plan, input.region.code);
    const baseline = shownBaseline(judge, input.reportingYear);
    const sub = indicator.parent !== undefined;
    if (!sub) seq += 1;
    const row: PlannedRow = {
      id,
      kind: 'indicator',
      indicator: judge,
      seq: sub ? '' : String(seq),
      category: indicator.category ?? '',
      plan: labels.get(indicator.planId) ?? indicator.planId,
      name: indicator.name + indicator.marks.join(''),
      sub,
      unit: indicator.unit,
      measure: indicator.measure,
      decimals: rowDecimals(members, indicator.unit),
      baseline: baseline === null ? null : { year: baseline.year, text: baseline.raw },
      goals: goalsOf(members, columns, indicator.unit),
      responsible: members.map((member) => member.responsible).find((r) => r !== undefined && r !== '') ?? '',
    };
    rows.push(row);
    for (const part of ratioParts(chosen, id)) {
      rows.push({
        ...row, id: part.id, kind: 'part', seq: '', name: part.name, sub: true, unit: part.unit, measure: 'amount',
        decimals: rowDecimals([], part.unit), baseline: null, goals: columns.map(() => null),
      });
    }
    const reference = relativeReference(judge);
    if (reference !== null) {
      const unit = judge.companion?.unit ?? judge.unit;
      rows.push({
        ...row,
        id: companionRowId(id),
        kind: 'companion',
        seq: '',
        name: reference,
        sub: true,
        unit,
        measure: defaultMeasure(unit, reference),
        decimals: rowDecimals([], unit),
        baseline: null,
        goals: columns.map(() => null),
      });
    }
  }
  const baselineYears = [...new Set(rows.flatMap((row) => (row.baseline === null ? [] : [row.baseline.year])))].sort((a, b) => a - b);
  const firstActual = baselineYears.length > 0
    ? (baselineYears[0] ?? 0) + 1
    : Math.min(...input.plans.map((p) => p.plan.period.start), input.reportingYear);
  // Actual columns run to the reporting year only: a 2025 return of a plan with 2035 targets has no empty
  // 2026–2035 columns (they would shrink the printed form); next year's form adds its column.
  const start = Math.min(firstActual, input.reportingYear);
  const actualYears: number[] = [];
  for (let year = start; year <= input.reportingYear; year++) actualYears.push(year);
  return {
    title: reportingTitle(input),
    showPlanColumn: input.plans.length > 1 && !input.merge,
    baselineYears: baselineYears.length > 0 ? baselineYears : [null],
    targetColumns: columns,
    actualYears,
    rows,
  };
}
