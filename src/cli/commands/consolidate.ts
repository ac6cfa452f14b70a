import path from 'node:path';
import { checkWorkbook } from '../../core/checks';
import { parseRowId } from '../../core/form';
import { consolidate, type ConsolidationFinding, type CountyReturn } from '../../core/consolidation';
import { renderFinding, translate, type Locale } from '../../core/i18n';
import { consolidationSheetLayout } from '../../core/reports';
import { findRegion, fullRegionName, regionsUnder } from '../../core/regions';
import { sheetsBytes } from '../../xlsx/renderWorkbook';
import { parseCommandArgs, requireOption, UsageError, yearOption } from '../args';
import { loadCatalogOrFail, plansByIds } from '../catalogContext';
import { expandReturnFiles } from '../files';
import { refuseOutputsOnInputs, withoutOwnOutputs, writeShown } from '../outputs';
import { inputSet } from '../safeWrite';
import { EXIT, type CommandIo } from '../io';
import { readReturns } from '../readReturns';

export const CONSOLIDATE_USAGE = `用法 Usage:
  plan-indicators consolidate <文件或文件夹…> -o 汇总.xlsx [--plan <id>] [--year <年份>] [--city <市名或代码>]

  把各县（市、区）同一规划、同一年份的报表汇总到一张表：总量指标加总，比重类指标在分子分母齐全时重算，
  否则分地区列示；缺报的地区、报了其他规划或年份的文件逐一列出。规划和年份默认取第一份报表的。
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
  const output = path.resolve(io.cwd, requireOption(values.output, '-o', '输出文件'));
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
  const [plan] = plansByIds(loaded, planId);
  const reportingYear = values.year === undefined ? first?.reportingYear : yearOption(values.year, '--year');
  if (plan === undefined || reportingYear === undefined) throw new UsageError(translate(locale, 'cli.consolidate.no_year'));

  const cityText = values.city ?? (first ? findRegion(first.region.code)?.parent ?? undefined : undefined);
  const city = cityText === undefined ? undefined : findRegion(cityText);
  const expectedRegions = city === undefined || city.level === 'county' || city.level === 'district'
    ? undefined
    : regionsUnder(city.code).map((region) => ({ code: region.code, name: fullRegionName(region) }));
  // A workbook may hold sheets of several plans: only a file without a sheet of this plan reports "another plan".
  const sheets = read.flatMap((file): CountyReturn[] => {
    const entries = file.sheets.map((sheet) => ({ source: file.file, sheet }));
    const ofPlan = entries.filter((entry) => entry.sheet.metadata?.planIds.includes(plan.plan.id) === true && !entry.sheet.metadata.merged);
    return ofPlan.length > 0 ? ofPlan : entries.slice(0, 1);
  });
  const result = consolidate({ plan, reportingYear, returns: sheets, ...(expectedRegions === undefined ? {} : { expectedRegions }) });

  // Values the checks did not accept are marked on the city sheet, with the reason.
  const flagged: Record<string, Record<string, string>> = {};
  for (const { sheet, report } of checkWorkbook(sheets.map((entry) => entry.sheet), loaded).sheets) {
    const code = sheet.metadata?.region.code;
    if (code === undefined) continue;
    for (const finding of report.findings) {
      if (finding.indicatorId === null || (finding.severity === 'warning' && finding.explained)) continue;
      const parsed = parseRowId(finding.indicatorId);
      const id = parsed.kind === 'companion' || parsed.kind === 'part' ? parsed.of : finding.indicatorId;
      (flagged[code] ??= {})[id] ??= renderFinding(finding, locale);
    }
  }
  const findingTexts = [
    ...result.findings.map((finding) => findingText(finding, locale)),
    ...unreadable.map((file) => translate(locale, 'cli.consolidate.unreadable', { file: file.file, problem: file.message })),
  ];
  const layout = consolidationSheetLayout({
    result,
    region: city === undefined ? { name: '', code: '' } : { name: fullRegionName(city), code: city.code },
    findingTexts,
    flagged,
  });
  const problem = writeShown({ file: output, bytes: await sheetsBytes([layout], { toolOutput: true }), force: values.force ?? false, inputs }, io.cwd, locale, io.outputFs);
  if (problem !== null) {
    io.stdout(`${translate(locale, 'cli.write_problem', { problem })}\n`);
    return EXIT.writeFailed;
  }
  for (const text of findingTexts) io.stdout(`${translate(locale, 'cli.consolidate.finding', { text })}\n`);
  io.stdout(`${translate(locale, 'cli.consolidate.done', { regions: result.regions.length, indicators: result.rows.length, file: path.relative(io.cwd, output) })}\n`);
  return result.findings.length > 0 || unreadable.length > 0 ? EXIT.warnings : EXIT.ok;
}
