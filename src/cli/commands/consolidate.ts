import path from 'node:path';
import { checkWorkbook } from '../../core/checks';
import { consolidate, consolidateProvince, unverifiedRows, type ConsolidationFinding, type CountyReturn } from '../../core/consolidation';
import { CONSOLIDATION } from '../../core/form';
import type { SheetLayout } from '../../core/layout';
import { sheetName } from '../../core/documents';
import { translate, type Locale } from '../../core/i18n';
import { consolidationSheetLayout } from '../../core/reports';
import { findRegion, fullRegionName, regionsUnder } from '../../core/regions';
import { sheetsBytes } from '../../xlsx';
import { parseCommandArgs, UsageError, xlsxOutputOption } from '../args';
import { loadCatalogOrFail, plansByIds, regionOf, reportingYearOf } from '../catalogContext';
import { expandReturnFiles } from '../files';
import { refuseOutputsOnInputs, withoutOwnOutputs, writeShown } from '../outputs';
import { inputSet } from '../safeWrite';
import { EXIT, type CommandIo } from '../io';
import { readReturns } from '../readReturns';
import { shownPath } from '../shownPath';

export const CONSOLIDATE_USAGE = `用法 Usage:
  plan-indicators consolidate <文件或文件夹…> -o 汇总.xlsx [--plan <id>] [--year <年份>] [--city <市名或代码>]

  把各县（市、区）同一规划、同一年份的报表汇总到一张表：总量指标加总，比重类指标在分子分母齐全时重算，
  否则分地区列示；缺报的地区、报了其他规划或年份的文件逐一列出。规划和年份默认取第一份报表的。
  报表来自多个市（或 --city 浙江省）时汇总到全省：全省一张表（各市合计并列），每市一张表；
  同一县报了两次只计一次。未通过校验的数值标“待核实”，不计入合计。
`;

function findingText(finding: ConsolidationFinding, locale: Locale): string {
  return translate(locale, finding.code, { source: finding.source ?? '', region: finding.region ?? '', detail: finding.detail });
}

export async function consolidateCommand(args: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    output: { type: 'string', short: 'o' }, plan: { type: 'string' }, year: { type: 'string' }, city: { type: 'string' },
    lang: { type: 'string' }, force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(CONSOLIDATE_USAGE);
    return EXIT.ok;
  }
  const locale: Locale = values.lang === 'en-US' ? 'en-US' : 'zh-CN';
  if (positionals.length === 0) throw new UsageError(`${translate(locale, 'cli.consolidate.no_inputs')}\n${CONSOLIDATE_USAGE}`);
  const output = path.resolve(io.cwd, xlsxOutputOption(values.output, '-o'));
  const loaded = loadCatalogOrFail(io);
  const files = await withoutOwnOutputs(expandReturnFiles(positionals, io.cwd), { output: values.output }, io.cwd);
  const inputs = inputSet(files);
  refuseOutputsOnInputs({ output: values.output }, inputs, io.cwd, locale, io.outputFs);
  const { read, unreadable } = await readReturns(files, io.cwd, locale);
  for (const file of unreadable) io.stderr(`${translate(locale, 'cli.file_problem', { file: file.file, problem: file.message })}\n`);

  const all: CountyReturn[] = read.flatMap((file) => file.sheets.map((sheet) => ({ source: file.file, sheet })));
  const first = all.find((entry) => entry.sheet.metadata !== null)?.sheet.metadata ?? null;
  const planId = values.plan ?? first?.planIds[0];
  if (planId === undefined) throw new UsageError(translate(locale, 'cli.consolidate.no_plan'));
  const [plan] = plansByIds(loaded, planId, locale);
  const reportingYear = values.year === undefined || plan === undefined ? first?.reportingYear : reportingYearOf(values.year, [plan], locale);
  if (plan === undefined || reportingYear === undefined) throw new UsageError(translate(locale, 'cli.consolidate.no_year'));

  const cityText = values.city ?? (first ? findRegion(first.region.code)?.parent ?? undefined : undefined);
  const city = cityText === undefined ? undefined : findRegion(regionOf(cityText, [plan], locale).code);
  const expectedRegions = city === undefined || city.level === 'county' || city.level === 'district'
    ? undefined
    : regionsUnder(city.code).map((region) => ({ code: region.code, name: fullRegionName(region) }));
  // A workbook may hold sheets of several plans: only a file without a sheet of this plan reports "another plan".
  const sheets = read.flatMap((file): CountyReturn[] => {
    const entries = file.sheets.map((sheet) => ({ source: file.file, sheet }));
    const ofPlan = entries.filter((entry) => entry.sheet.metadata?.planIds.includes(plan.plan.id) === true && !entry.sheet.metadata.merged);
    return ofPlan.length > 0 ? ofPlan : entries.slice(0, 1);
  });
  const cityRegion = city === undefined ? undefined : { name: fullRegionName(city), code: city.code };
  const matching = sheets.filter(({ sheet }) => sheet.metadata !== null && sheet.metadata.planIds.includes(plan.plan.id) && !sheet.metadata.merged && sheet.metadata.reportingYear === reportingYear);
  if (matching.length === 0) {
    io.stderr(`! ${translate(locale, 'consolidate.nothing_matched', { files: files.length, plan: plan.plan.title, year: reportingYear })}\n`);
    return EXIT.errors;
  }

  // Values the checks did not accept (one verdict policy: checkWorkbook) are 待核实 and stay out of every total.
  const unverified: Record<string, Record<string, string>> = {};
  for (const { sheet, report } of checkWorkbook(matching.map((entry) => entry.sheet), loaded).sheets) {
    const code = sheet.metadata?.region.code;
    if (code === undefined) continue;
    const rows = unverifiedRows(report, locale);
    if (Object.keys(rows).length > 0) unverified[code] = { ...(unverified[code] ?? {}), ...rows };
  }
  const unreadableTexts = unreadable.map((file) => translate(locale, 'cli.consolidate.unreadable', { file: file.file, problem: file.message }));
  const unverifiedTextsOf = (codes: (code: string) => boolean) => Object.keys(unverified).filter(codes).sort().map((code) => translate(locale, 'consolidate.unverified_values', {
    region: regionName(code), count: Object.keys(unverified[code] ?? {}).length,
  }));
  const cities = new Set(matching.map(({ sheet }) => cityOf(sheet.metadata?.region.code ?? '')));
  const province = city?.level === 'province' || (values.city === undefined && cities.size > 1) ? findRegion('330000') : undefined;

  const layouts: SheetLayout[] = [];
  const allFindings: ConsolidationFinding[] = [];
  let summary: string;
  if (province !== undefined) {
    const { province: total, cities: parts } = consolidateProvince({ plan, reportingYear, returns: sheets, unverified, provinceCode: province.code });
    const taken = new Set<string>();
    layouts.push(consolidationSheetLayout({
      result: total, region: { name: province.name, code: province.code }, flagged: {}, name: CONSOLIDATION.citySheetName(province.name),
      findingTexts: [...total.findings.map((finding) => findingText(finding, locale)), ...unreadableTexts],
      leftOutTexts: [...leftOut(total.findings, locale), ...unreadableTexts],
      unverifiedTexts: unverifiedTextsOf(() => true),
    }));
    taken.add(layouts[0]?.name ?? '');
    for (const part of parts) {
      const cityCode = cityOf(part.regions[0]?.code ?? '');
      const entry = findRegion(cityCode);
      const name = sheetName(CONSOLIDATION.citySheetName(entry?.name ?? cityCode), taken);
      taken.add(name);
      layouts.push(consolidationSheetLayout({
        result: part, region: { name: entry?.name ?? cityCode, code: cityCode }, flagged: unverified, name,
        findingTexts: part.findings.map((finding) => findingText(finding, locale)),
        unverifiedTexts: unverifiedTextsOf((code) => part.regions.some((region) => region.code === code)),
      }));
    }
    allFindings.push(...total.findings, ...parts.flatMap((part) => part.findings.filter((finding) => finding.code === 'consolidate.share_above_maximum')));
    summary = translate(locale, 'consolidate.summary_province', { cities: parts.length, regions: parts.reduce((n, part) => n + part.regions.length, 0), rows: total.rows.length, file: shownPath(output, io.cwd) });
  } else {
    const result = consolidate({ plan, reportingYear, returns: sheets, unverified, ...(expectedRegions === undefined ? {} : { expectedRegions }) });
    layouts.push(consolidationSheetLayout({
      result, region: cityRegion ?? { name: '', code: '' }, flagged: unverified,
      findingTexts: [...result.findings.map((finding) => findingText(finding, locale)), ...unreadableTexts],
      leftOutTexts: [...leftOut(result.findings, locale), ...unreadableTexts],
      unverifiedTexts: unverifiedTextsOf(() => true),
    }));
    allFindings.push(...result.findings);
    summary = translate(locale, 'consolidate.summary', { regions: result.regions.length, rows: result.rows.length, file: shownPath(output, io.cwd) });
  }
  const unverifiedTexts = unverifiedTextsOf(() => true);

  const problem = writeShown({ file: output, bytes: await sheetsBytes(layouts, { toolOutput: true }), force: values.force ?? false, inputs }, io.cwd, locale, io.outputFs);
  if (problem !== null) {
    io.stdout(`${translate(locale, 'cli.write_problem', { problem })}\n`);
    return EXIT.writeFailed;
  }
  for (const text of [...allFindings.map((finding) => findingText(finding, locale)), ...unreadableTexts, ...unverifiedTexts]) io.stdout(`${translate(locale, 'cli.consolidate.finding', { text })}\n`);
  io.stdout(`${summary}\n`);
  return allFindings.length > 0 || unreadable.length > 0 || unverifiedTexts.length > 0 ? EXIT.warnings : EXIT.ok;
}

const LEFT_OUT: ReadonlySet<ConsolidationFinding['code']> = new Set(['consolidate.other_plan', 'consolidate.other_year', 'consolidate.duplicate_region', 'consolidate.no_metadata']);

/** The returns a consolidation did not use, each with its reason, for the sheet's title area. */
function leftOut(findings: readonly ConsolidationFinding[], locale: Locale): string[] {
  return findings.filter((finding) => LEFT_OUT.has(finding.code)).map((finding) => findingText(finding, locale));
}

/** The city a county-level region belongs to (its own code for a city). */
function cityOf(code: string): string {
  const region = findRegion(code);
  return region === undefined ? '' : region.level === 'city' || region.level === 'province' ? region.code : region.parent ?? '';
}

function regionName(code: string): string {
  const region = findRegion(code);
  return region === undefined ? code : fullRegionName(region);
}
