import path from 'node:path';
import { fetchCatalogText, scopeBelow, type Catalog, type FetchLike, type Indicator } from '../../core/catalog';
import { resolvePlans } from '../../core/arguments';
import { translate, type Locale } from '../../core/i18n';
import { catalogFilesIn, formatProblem, loadCatalogFiles, withDefaultConcepts } from '../catalogFiles';
import { flatNumbers } from '../../core/notation';
import { EXIT, type CommandIo } from '../io';
import { isHelpFlag, langValue, localeOption, UsageError, withoutLang } from '../args';
import { CATALOG_DIR } from '../paths';
import { formatTextTable } from '../textTable';

const USAGE = `用法 Usage:
  plan-indicators catalog list                 规划及指标数 plans with indicator counts
  plan-indicators catalog show <plan-id>       一个规划的指标表 one plan's indicators
  plan-indicators catalog lint [files|https-URLs…]  检查目录文件 check catalog files (exit 2 on a problem)
  plan-indicators catalog export --json        全部目录导出为 JSON the whole catalog as JSON
`;

function loadOrReport(io: CommandIo, locale: Locale): Catalog | null {
  const { catalog, problems } = loadCatalogFiles();
  if (problems.length > 0) {
    for (const problem of problems) io.stderr(`${formatProblem(problem, locale)}\n`);
    io.stderr(`${translate(locale, 'cli.catalog.broken', { count: problems.length })}\n`);
  }
  return catalog.plans.length > 0 ? catalog : null;
}

function countBy(indicators: Indicator[], kind: Indicator['source']['kind']): number {
  return indicators.filter((indicator) => indicator.source.kind === kind).length;
}

function list(catalog: Catalog, io: CommandIo, locale: Locale): number {
  const rows = catalog.plans.map(({ plan, indicators }) => [
    plan.id, plan.title, plan.region.name, `${plan.period.start}–${plan.period.end}`,
    String(indicators.length), String(countBy(indicators, 'table')), String(countBy(indicators, 'prose')), String(countBy(indicators, 'footnote')),
  ]);
  const header = (['plan_id', 'plan', 'region', 'period', 'total', 'table', 'prose', 'footnote'] as const).map((key) => translate(locale, `cli.catalog.list.${key}`));
  io.stdout(formatTextTable(header, rows, new Set([4, 5, 6, 7])));
  const total = catalog.plans.reduce((sum, plan) => sum + plan.indicators.length, 0);
  io.stdout(`\n${translate(locale, 'cli.catalog.list.summary', { plans: catalog.plans.length, indicators: total })}\n`);
  return EXIT.ok;
}

function valueText(indicator: Indicator, role: string, locale: Locale): string {
  // A 每年 goal (每年实施 100 个…) is a goal for every year, which its name often leaves out.
  const perYear = role === 'target' && indicator.perYear ? translate(locale, 'cli.catalog.show.per_year') : '';
  return indicator.values.filter((value) => value.role === role)
    .map((value) => `${value.year}: ${value.raw === '' ? translate(locale, 'cli.catalog.show.empty_value') : `${value.raw}${perYear}`}`).join('; ');
}

/** Other regions' figures the plan prints for comparison (its footnotes: 2023年，浙江指标值为3.20%…), one line per row. */
function referenceLines(indicators: Indicator[], locale: Locale): string[] {
  return indicators.flatMap((indicator) => {
    const references = indicator.values.filter((value) => value.role === 'reference');
    if (references.length === 0) return [];
    const listed = references.map((value) => translate(locale, `cli.catalog.show.reference.${value.refersTo ?? 'other'}`, {
      region: value.region ?? '', year: String(value.year), raw: value.raw,
    }));
    return [translate(locale, 'cli.catalog.show.reference', { name: indicator.name, values: listed.join(translate(locale, 'cli.catalog.show.separator')) })];
  });
}

/** How a county or city reporting against this plan reports the row, and why (reportingScope): the catalog's own note is data. */
function lowerLevelText(indicator: Indicator, locale: Locale): string {
  const scope = scopeBelow(indicator);
  const reason = scope.reason === 'catalog' && scope.note !== undefined ? scope.note : translate(locale, `cli.catalog.show.reason.${scope.reason}`);
  return translate(locale, 'cli.catalog.show.lower_level', { mode: translate(locale, `cli.catalog.show.mode.${scope.mode}`), reason });
}

const SHOW_COLUMNS = ['seq', 'category', 'name', 'unit', 'baseline', 'target', 'actual', 'origin', 'lower_levels'] as const;

function show(catalog: Catalog, planId: string, io: CommandIo, locale: Locale): number {
  const resolved = resolvePlans(planId, catalog.plans);
  const found = resolved.ok && resolved.value.length === 1 ? resolved.value[0] : undefined;
  if (!found) {
    const problem = resolved.ok ? { code: 'argument.plan_missing' as const, params: {} } : resolved.problem;
    io.stderr(`${translate(locale, problem.code, problem.params)}\n`);
    return EXIT.usage;
  }
  const { plan, indicators, rules } = found;
  // Counties and cities report against a province's or a city's plan; a county's plan has no level below.
  const hasLowerLevels = plan.level === 'national' || plan.level === 'province' || plan.level === 'city';
  const facts = [[plan.issuer, plan.documentNumber].filter(Boolean).join(' '), `${plan.region.name} (${plan.region.code})`,
    `${plan.period.start}–${plan.period.end}`, plan.date, plan.status].filter(Boolean);
  const source = translate(locale, 'cli.catalog.show.source', { seed: plan.seed, from: String(plan.lines[0]), to: String(plan.lines[1]) });
  io.stdout(`${plan.title}\n${facts.join(' · ')}\n${source}\n\n`);
  const rows = indicators.map((indicator) => [
    indicator.seq ?? '', indicator.category ?? '', `${indicator.name}${indicator.marks.join('')}`, indicator.unit,
    valueText(indicator, 'baseline', locale), valueText(indicator, 'target', locale), valueText(indicator, 'actual', locale),
    `${indicator.source.kind}:${indicator.source.line}`,
    hasLowerLevels ? lowerLevelText(indicator, locale) : '—',
  ]);
  io.stdout(formatTextTable(SHOW_COLUMNS.map((key) => translate(locale, `cli.catalog.show.${key}`)), rows));
  for (const table of plan.tables) {
    for (const note of table.notes) io.stdout(`${note.text}\n`);
  }
  for (const line of referenceLines(indicators, locale)) io.stdout(`${line}\n`);
  for (const rule of rules) io.stdout(`${translate(locale, 'cli.catalog.show.rule', { id: rule.id, raw: rule.raw })}\n`);
  return EXIT.ok;
}

/** A URL rather than a file name: a scheme of two letters or more (C:\\ is a drive). */
const isUrl = (arg: string) => /^[a-z][a-z0-9+.-]+:/iu.test(arg);

/** The platform's fetch, as core's catalog loader takes it. */
const platformFetch: FetchLike = (url, init) => fetch(url, init);

async function lint(args: string[], io: CommandIo, locale: Locale): Promise<number> {
  const urls = args.filter(isUrl);
  const files = args.filter((arg) => !isUrl(arg));
  const chosen = args.length > 0 ? withDefaultConcepts(files.map((file) => path.resolve(io.cwd, file))) : catalogFilesIn(CATALOG_DIR);
  // Only https is fetched; any other URL is refused before a request is made.
  const fetched = await Promise.all(urls.map((url) => fetchCatalogText(url, platformFetch)));
  const loaded = loadCatalogFiles(chosen, fetched.flatMap((result) => (result.ok ? [result.text] : [])));
  const problems = [...fetched.flatMap((result) => (result.ok ? [] : [result.problem])), ...loaded.problems];
  for (const problem of problems) io.stdout(`${formatProblem(problem, locale)}\n`);
  const { catalog } = loaded;
  const count = chosen.length + urls.length;
  const indicators = catalog.plans.reduce((sum, plan) => sum + plan.indicators.length, 0);
  io.stdout(`${translate(locale, 'cli.catalog.lint_summary', { files: count, plans: catalog.plans.length, indicators, problems: problems.length })}\n`);
  return problems.length > 0 ? EXIT.errors : EXIT.ok;
}

/** The export shape agreed for external checks: plain fields, absent numbers null. */
export function exportCatalog(catalog: Catalog): unknown {
  return catalog.plans.map(({ plan, indicators }) => ({
    plan: { id: plan.id, title: plan.title, seed: plan.seed, region: plan.region.name, period: `${plan.period.start}-${plan.period.end}` },
    indicators: indicators.map((indicator) => ({
      id: indicator.id, concept: indicator.concept, name: indicator.name, unit: indicator.unit, marks: indicator.marks,
      category: indicator.category ?? null, seq: indicator.seq ?? null, attribute: indicator.attribute ?? null,
      responsible: indicator.responsible ?? null, parent: indicator.parent ?? null,
      source: { seed: indicator.source.seed, line: indicator.source.line, kind: indicator.source.kind, table: indicator.source.table ?? null },
      values: indicator.values.map((value) => ({
        year: value.year, role: value.role, raw: value.raw, kind: value.parsed.kind, ...flatNumbers(value.parsed),
        estimated: value.parsed.estimated,
      })),
    })),
  }));
}

export async function catalogCommand(given: string[], io: CommandIo): Promise<number> {
  const locale = localeOption(langValue(given));
  const args = withoutLang(given);
  const [sub, ...rest] = args;
  // `catalog --help`, `catalog lint --help`: help wherever it is asked for, never taken for a file or a plan id.
  if (args.some(isHelpFlag)) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  if (sub === undefined) throw new UsageError('cli.catalog.subcommand_missing', {}, USAGE);
  if (sub === 'lint') return await lint(rest, io, locale);
  if (sub !== 'list' && sub !== 'show' && sub !== 'export') throw new UsageError('cli.catalog.unknown_subcommand', { name: sub }, USAGE);
  const catalog = loadOrReport(io, locale);
  if (catalog === null) return EXIT.errors;
  if (sub === 'list') return list(catalog, io, locale);
  if (sub === 'show') {
    const [planId] = rest;
    if (planId === undefined) throw new UsageError('cli.catalog.no_plan', {}, USAGE);
    return show(catalog, planId, io, locale);
  }
  if (!rest.includes('--json')) throw new UsageError('cli.catalog.export_needs_json');
  io.stdout(`${JSON.stringify(exportCatalog(catalog), null, 2)}\n`);
  return EXIT.ok;
}
