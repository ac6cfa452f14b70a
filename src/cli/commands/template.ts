import fs from 'node:fs';
import path from 'node:path';
import { templateWorkbookLayout } from '../../core/documents';
import { workbookBytes } from '../../xlsx';
import { localeOption, parseCommandArgs, requireOption, UsageError, xlsxOutputOption } from '../args';
import { writeShown } from '../outputs';
import { checkPlanRegion, parseYear } from '../../core/arguments';
import type { LoadedCatalog } from '../../core/catalog';
import { inputSet } from '../safeWrite';
import { carriedLines, carryForward } from './templateFrom';
import { loadCatalogOrFail, orUsage, plansByIds, regionOf, reportingYearOf } from '../catalogContext';
import { EXIT, type CommandIo } from '../io';
import { shownPath } from '../shownPath';
import { translate, type Locale } from '../../core/i18n';

export const TEMPLATE_USAGE = `用法 Usage:
  plan-indicators template --plan <id>[,<id>…] --region <名称或代码> --year <报告年份> -o <文件.xlsx> [--merge] [--force] [--lang en-US]
  plan-indicators template --from <上年报表.xlsx> --year <报告年份> -o <文件.xlsx> [--plan …] [--region …] [--force] [--lang en-US]

  生成填报工作簿：填报说明（含颜色图例）、每个规划一张填报表（--merge：按指标合并为一张），
  自带数据有效性、条件格式和工作表保护，可在 Excel、WPS、LibreOffice 中使用。
  --from：按上年报表生成新一年的表，转入其中全部实绩、说明和表尾（按指标编号对应，指标目录换版后亦然）；
  给出 --plan、--region 时须与上年报表一致。
  规划可写编号、标题或标题中唯一的一段；地区可写代码、全称或简称（越城、绍兴越城区）；年份可写 2025 或 2025年。
  已存在的输出文件只有加 --force 才替换；输出不会写在 --from 的报表上。
  例：plan-indicators template --plan yuecheng-2021-2025 --region 越城区 --year 2023 -o 越城区2023.xlsx
  例：plan-indicators template --from 越城区2024.xlsx --year 2025 -o 越城区2025.xlsx

  A reporting workbook: a cover with instructions and the colour legend, a sheet per plan (--merge: one row per
  indicator across the plans), with data validation, conditional formats and sheet protection that work in Excel, WPS
  and LibreOffice. --from: next year's form from last year's return, every actual, 说明 and foot entry carried by
  indicator id. A plan by id, title or a part of its title only it has; a region by code, name or short name (越城);
  a year as 2025 or 2025年. An existing output is replaced only with --force; --lang en-US: messages in English.
`;

export async function templateCommand(args: string[], io: CommandIo): Promise<number> {
  const { values } = parseCommandArgs(args, {
    plan: { type: 'string' }, region: { type: 'string' }, year: { type: 'string' }, output: { type: 'string', short: 'o' },
    merge: { type: 'boolean' }, from: { type: 'string' }, force: { type: 'boolean' }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' },
  }, false);
  const locale: Locale = localeOption(values.lang);
  if (values.help) {
    io.stdout(TEMPLATE_USAGE);
    return EXIT.ok;
  }
  const loaded = loadCatalogOrFail(io, locale);
  if (values.from !== undefined) return templateFrom(values, loaded, io, locale);
  const plans = plansByIds(loaded, requireOption(values.plan, '--plan', 'plan'));
  const region = orUsage(checkPlanRegion(plans, regionOf(requireOption(values.region, '--region', 'region'), plans)));
  const reportingYear = reportingYearOf(requireOption(values.year, '--year', 'year'), plans);
  const output = path.resolve(io.cwd, xlsxOutputOption(values.output, '-o'));
  const layout = templateWorkbookLayout({ plans, region, reportingYear, merge: values.merge ?? false, catalogVersion: loaded.version });
  const problem = writeShown({ file: output, bytes: await workbookBytes(layout), force: values.force ?? false, inputs: new Set() }, io.cwd, locale, io.outputFs);
  if (problem !== null) {
    io.stdout(`${translate(locale, 'cli.write_problem', { problem })}\n`);
    return EXIT.writeFailed;
  }
  const sheets = layout.sheets.map((sheet) => sheet.name).join(translate(locale, 'cli.list_separator'));
  io.stdout(`${translate(locale, 'cli.template.done', { file: shownPath(output, io.cwd), sheets })}\n`);
  return EXIT.ok;
}

async function templateFrom(
  values: { from?: string; plan?: string; region?: string; year?: string; output?: string; force?: boolean },
  loaded: LoadedCatalog, io: CommandIo, locale: Locale,
): Promise<number> {
  const from = path.resolve(io.cwd, values.from ?? '');
  if (!fs.existsSync(from)) throw new UsageError('cli.not_found', { file: values.from ?? '' });
  const shownFrom = shownPath(from, io.cwd);
  const plans = values.plan === undefined ? undefined : plansByIds(loaded, values.plan);
  const region = values.region === undefined ? undefined : regionOf(values.region, plans ?? []);
  const reportingYear = orUsage(parseYear(requireOption(values.year, '--year', 'year')));
  const output = path.resolve(io.cwd, xlsxOutputOption(values.output, '-o'));
  const result = await carryForward({ from, shownFrom, reportingYear, ...(plans === undefined ? {} : { plans }), ...(region === undefined ? {} : { region }) }, loaded, locale);
  const problem = writeShown({ file: output, bytes: result.bytes, force: values.force ?? false, inputs: inputSet([from]) }, io.cwd, locale, io.outputFs);
  if (problem !== null) {
    io.stdout(`${translate(locale, 'cli.write_problem', { problem })}\n`);
    return EXIT.writeFailed;
  }
  for (const line of carriedLines(result, shownPath(output, io.cwd), shownFrom, loaded.version, locale)) io.stdout(`${line}\n`);
  // Written, with a note: what was carried from a return the checks reject (or cannot read) is not accepted by carrying.
  return result.earlier.rejected === false ? EXIT.ok : EXIT.warnings;
}
