import { parseNotation, type ParsedNotation } from '../notation';
import { findUnit, isKnownUnit, sameDimension } from '../units';
import { compact } from '../util/compact';
import { changeUnitReading } from './changeUnit';
import { defaultAggregation, defaultMeasure } from './defaults';
import type { IndicatorEntry, PlanFile, QuantityEntry, RuleEntry } from './fileTypes';
import { isPlanFile, type SchemaViolation } from './schemaValidation';
import type { CatalogProblem, CatalogProblemCode, CrossIndicatorRule, Indicator, PlanCatalog, Quantity } from './types';
import { parseYamlOrJson, syntaxReason, type ParsedDocument } from './yamlDocument';
import type { Coded } from '../i18n';

export interface PlanLoadResult {
  /** Present only when the file has no problem. */
  catalog?: PlanCatalog;
  problems: CatalogProblem[];
  /** The line of a JSON pointer in the file (for problems found later, across files). */
  lineOf?: (pointer: string) => number | undefined;
}

class ProblemList {
  readonly items: CatalogProblem[] = [];
  constructor(private readonly file: string, private readonly doc: ParsedDocument) {}
  add(path: string, code: CatalogProblemCode, detail: string, reason: Coded): void {
    this.items.push(compact({ file: this.file, path, line: this.doc.lineOf(path), code, detail, reason }));
  }
}

function toQuantity(entry: QuantityEntry): Quantity {
  return compact({ name: entry.name, unit: entry.unit, concept: entry.concept });
}

/** A value's printed unit must convert into the indicator's unit ('2.2万家' in a 家 row is fine, '20亿元' is not). */
export function valueUnitFits(parsed: ParsedNotation, indicatorUnit: string): boolean {
  if (parsed.unit === null || indicatorUnit === '') return true;
  if (parsed.kind === 'relative') return true;
  const printed = findUnit(parsed.unit);
  // A change (增长5%, 下降15%, 提高2个百分点): a rate of any quantity, or percentage points of a share.
  if (parsed.increase === true || parsed.decrease === true || parsed.averageGrowth === true) {
    if (printed?.dimension === 'percent') return true;
    if (printed?.dimension === 'percentage_points') return findUnit(indicatorUnit)?.dimension === 'percent' || indicatorUnit === parsed.unit;
  }
  if (printed?.dimension === 'bare_multiplier') return findUnit(indicatorUnit)?.power === printed.power;
  return parsed.unit === indicatorUnit || sameDimension(parsed.unit, indicatorUnit);
}

function toIndicator(entry: IndicatorEntry, index: number, planId: string, problems: ProblemList): Indicator {
  const at = `/indicators/${index}`;
  if (entry.unit !== '' && !isKnownUnit(entry.unit)) problems.add(`${at}/unit`, 'catalog.unknown_unit', entry.unit, { code: 'catalog.reason.unknown_unit', params: { unit: entry.unit } });
  const values = entry.values.map((value, v) => {
    const result = parseNotation(value.raw);
    let parsed: ParsedNotation;
    if (result.ok) {
      parsed = result.value;
      // 倍增 printed without `change` (zj-hightech's 基础研究经费占研发经费比重): qualitative, as catalog files always read it.
      if (parsed.multiplied === true && value.change === undefined) parsed = { kind: 'qualitative', estimated: parsed.estimated, marks: parsed.marks, unit: null, raw: parsed.raw };
      if (!valueUnitFits(parsed, entry.unit)) {
        problems.add(`${at}/values/${v}/raw`, 'catalog.unknown_unit', `${value.raw}: ${parsed.unit ?? ''} ≠ ${entry.unit}`, { code: 'catalog.reason.value_unit', params: { raw: value.raw, typed: parsed.unit ?? '', unit: entry.unit } });
      }
    } else {
      problems.add(`${at}/values/${v}/raw`, 'catalog.unreadable_value', `${value.raw} (${result.error.reason})`, { code: 'catalog.reason.unreadable_value', params: { raw: value.raw } });
      parsed = { ...parseBlank(value.raw) };
    }
    if (value.change !== undefined && changeUnitReading(value.change, entry.unit) === null) {
      problems.add(`${at}/values/${v}/change/unit`, 'catalog.unknown_unit', `${value.change.unit} ≠ ${entry.unit}`, { code: 'catalog.reason.change_unit', params: { typed: value.change.unit, unit: entry.unit } });
    }
    return compact({
      year: value.year, role: value.role, raw: value.raw, parsed,
      line: value.line, quote: value.quote, section: value.section, region: value.region, refersTo: value.refers_to, note: value.note,
      change: value.change === undefined ? undefined : compact({ of: value.change.of, direction: value.change.direction, unit: value.change.unit, perYear: value.change.per_year }),
    });
  });
  const measure = entry.measure ?? defaultMeasure(entry.unit, entry.name);
  const aggregation = entry.aggregation === undefined
    ? defaultAggregation(entry.unit, entry.name)
    : entry.aggregation.kind === 'ratio'
      ? compact({ kind: 'ratio' as const, numerator: toQuantity(entry.aggregation.numerator), denominator: toQuantity(entry.aggregation.denominator), scale: entry.aggregation.scale })
      : { kind: entry.aggregation.kind };
  return compact({
    id: entry.id, planId, concept: entry.concept, name: entry.name, nameEn: entry.name_en, unit: entry.unit,
    category: entry.category, seq: entry.seq, marks: entry.marks ?? [], direction: entry.direction ?? 'higher',
    path: entry.path ?? 'linear', aggregation, measure, parent: entry.parent, attribute: entry.attribute,
    responsible: entry.responsible, perYear: entry.per_year ?? false, tolerance: entry.tolerance,
    companion: entry.companion === undefined ? undefined : toQuantity(entry.companion),
    reportedBelow: entry.reported_below === undefined ? undefined : { as: entry.reported_below.as, note: entry.reported_below.note },
    completed: entry.completed === undefined ? undefined : compact({ raw: entry.completed.raw, line: entry.completed.line }),
    values, source: compact({ ...entry.source }), note: entry.note,
  });
}

function parseBlank(raw: string): ParsedNotation {
  const blank = parseNotation('');
  if (!blank.ok) throw new Error('the empty text must read as blank');
  return { ...blank.value, raw };
}

function toRule(entry: RuleEntry, planId: string): CrossIndicatorRule {
  return compact({
    id: entry.id, planId, kind: entry.kind, indicators: entry.indicators, severity: entry.severity,
    consequence: entry.consequence, raw: entry.raw, source: compact({ ...entry.source }), note: entry.note,
  });
}

function checkReferences(file: PlanFile, catalog: PlanCatalog, problems: ProblemList): void {
  const { plan } = catalog;
  const ids = new Map<string, number>();
  const tables = new Set(plan.tables.map((table) => table.title));
  catalog.indicators.forEach((indicator, index) => {
    const at = `/indicators/${index}`;
    if (ids.has(indicator.id)) problems.add(`${at}/id`, 'catalog.duplicate_id', `${indicator.id} (also /indicators/${ids.get(indicator.id)})`, { code: 'catalog.reason.duplicate_id_at', params: { id: indicator.id, other: `/indicators/${ids.get(indicator.id)}` } });
    ids.set(indicator.id, index);
    if (!indicator.id.startsWith(`${plan.id}.`)) problems.add(`${at}/id`, 'catalog.id_prefix', `${indicator.id} does not start with ${plan.id}.`, { code: 'catalog.reason.id_prefix', params: { id: indicator.id, prefix: `${plan.id}.` } });
    if (indicator.source.kind === 'table' && (indicator.source.table === undefined || !tables.has(indicator.source.table))) {
      problems.add(`${at}/source/table`, 'catalog.unknown_table', indicator.source.table ?? '(none)', indicator.source.table === undefined ? { code: 'catalog.reason.no_table', params: {} } : { code: 'catalog.reason.unknown_table', params: { table: indicator.source.table } });
    }
    if (indicator.source.seed !== plan.seed) problems.add(`${at}/source/seed`, 'catalog.schema', `${indicator.source.seed} ≠ plan.seed ${plan.seed}`, { code: 'catalog.reason.seed', params: { seed: indicator.source.seed, planSeed: plan.seed } });
  });
  catalog.indicators.forEach((indicator, index) => {
    if (indicator.parent !== undefined && !ids.has(indicator.parent)) problems.add(`/indicators/${index}/parent`, 'catalog.unknown_parent', indicator.parent, { code: 'catalog.reason.unknown_parent', params: { parent: indicator.parent } });
  });
  const concepts = new Set(catalog.indicators.map((indicator) => indicator.concept));
  (file.rules ?? []).forEach((rule, index) => {
    rule.indicators.forEach((concept, c) => {
      if (!concepts.has(concept)) problems.add(`/rules/${index}/indicators/${c}`, 'catalog.rule_concept_missing', concept, { code: 'catalog.reason.rule_concept_missing', params: { concept } });
    });
  });
}

/** Reads one plan file (YAML or JSON): every problem at once, each with its file, JSON path and line. */
export function loadPlanFile(file: string, text: string): PlanLoadResult {
  const doc = parseYamlOrJson(text);
  const problems = new ProblemList(file, doc);
  if (doc.syntaxErrors.length > 0) {
    for (const error of doc.syntaxErrors) problems.items.push(compact({ file, path: '', line: error.line, code: 'catalog.syntax' as const, detail: error.message, reason: syntaxReason(error) }));
    return { problems: problems.items };
  }
  const violations: SchemaViolation[] = [];
  if (!isPlanFile(doc.data, violations)) {
    for (const violation of violations) problems.add(violation.path, 'catalog.schema', violation.detail, violation.reason);
    return { problems: problems.items };
  }

  const data = doc.data;
  const p = data.plan;
  const plan = compact({
    id: p.id, title: p.title, titleEn: p.title_en, issuer: p.issuer, documentNumber: p.document_number,
    region: { name: p.region.name, code: p.region.code }, level: p.level, period: { ...p.period },
    horizon: p.horizon ?? p.period.end,
    date: p.date,
    status: p.status, seed: p.seed, lines: p.lines,
    tables: (p.tables ?? []).map((table) => ({ title: table.title, line: table.line, columns: table.columns ?? [], notes: table.notes ?? [] })),
    note: p.note,
  });
  const catalog: PlanCatalog = {
    plan,
    indicators: data.indicators.map((entry, index) => toIndicator(entry, index, plan.id, problems)),
    rules: (data.rules ?? []).map((rule) => toRule(rule, plan.id)),
  };
  checkReferences(data, catalog, problems);
  return problems.items.length > 0 ? { problems: problems.items } : { catalog, problems: [], lineOf: (pointer) => doc.lineOf(pointer) };
}

