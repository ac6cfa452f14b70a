import path from 'node:path';
import { completionSheetOf } from '../../core/annex';
import { translate, type Locale } from '../../core/i18n';
import { inRegionOrder } from '../../core/regions';
import { type SheetLayout } from '../../core/layout';
import { annexLayouts } from '../../core/documents';
import { sheetsBytes } from '../../xlsx';
import { localeOption, parseCommandArgs, requireOption, UsageError, xlsxOutputOption } from '../args';
import { loadCatalogOrFail, plansByIds } from '../catalogContext';
import { expandReturnFiles } from '../files';
import { refuseOutputsOnInputs, withoutOwnOutputs, writeShown } from '../outputs';
import { inputSet } from '../safeWrite';
import { EXIT, type CommandIo } from '../io';
import { readReturns } from '../readReturns';
import { shownPath } from '../shownPath';
import { onePerCounty } from '../onePerCounty';

export const ANNEX_USAGE = `用法 Usage:
  plan-indicators annex --plan <id> [--returns <文件或文件夹…>] -o 附表.xlsx [--force] [--lang en-US]

  按规划文本的版式生成主要指标表（序号、类别、指标名称（单位）、各年份、属性、责任部门及表注；黑体表头、仿宋正文、
  A4 打印）；给出报表时，另生成完成情况表（规划目标、实绩、是否完成、完成进度），每份报表一张。
  已存在的输出文件只有加 --force 才替换。

  The plan's annex tables in the document's own layout (黑体 header, 仿宋 body, A4) and, with --returns, a
  completion table per return (target, actual, met or not, 完成进度). An existing output is replaced only with
  --force; --lang en-US: messages in English.
`;

export async function annexCommand(args: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    plan: { type: 'string' }, returns: { type: 'string', multiple: true }, output: { type: 'string', short: 'o' },
    lang: { type: 'string' }, force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(ANNEX_USAGE);
    return EXIT.ok;
  }
  const locale: Locale = localeOption(values.lang);
  const loaded = loadCatalogOrFail(io, locale);
  const [plan] = plansByIds(loaded, requireOption(values.plan, '--plan', 'plan'));
  if (plan === undefined) throw new UsageError('cli.annex.one_plan', {}, ANNEX_USAGE);
  const output = path.resolve(io.cwd, xlsxOutputOption(values.output, '-o'));

  const sheets: SheetLayout[] = annexLayouts(plan);
  const taken = new Set(sheets.map((sheet) => sheet.name));
  let status: number = EXIT.ok;
  // --returns a.xlsx b.xlsx, as the usage's ellipsis says: the words after the first are returns too.
  const given = [...(values.returns ?? []), ...positionals];
  const files = given.length === 0 ? [] : await withoutOwnOutputs(expandReturnFiles(given, io.cwd), { output: values.output }, io.cwd);
  // Returns asked for and none found (an empty folder): the tables are written, the missing completion tables said.
  if (given.length > 0 && files.length === 0) io.stderr(`${translate(locale, 'cli.annex.no_returns', { given: given.join(translate(locale, 'cli.list_separator')) })}\n`);
  const inputs = inputSet(files);
  refuseOutputsOnInputs({ output: values.output }, inputs, io.cwd, io.outputFs);
  if (files.length > 0) {
    const { read, unreadable } = await readReturns(files, io.cwd, locale);
    for (const file of unreadable) io.stderr(`${translate(locale, 'cli.file_problem', { file: file.file, problem: file.message })}\n`);
    if (unreadable.length > 0) status = EXIT.unreadable;
    // Returns of other plans are simply not this plan's; a merged sheet mixes plans and cannot give one plan's table.
    // The completion tables in GB/T 2260 order of their regions (越城区 330602 before 诸暨市 330681), not the files'.
    const ofPlan = inRegionOrder(
      read.flatMap((file) => file.sheets.filter((sheet) => sheet.metadata?.planIds.includes(plan.plan.id) === true).map((sheet) => ({ file, sheet }))),
      ({ sheet }) => sheet.metadata?.region.code ?? null,
    );
    // When none of the returns given is of this plan, each is named with its plans' titles: the completion tables
    // expected from them would otherwise be missing without a word. Among returns of this plan, others are what a
    // folder of every plan's returns holds, and pass unsaid. A note, not a failure.
    for (const file of ofPlan.length === 0 ? read : []) {
      const ids = [...new Set(file.sheets.flatMap((sheet) => sheet.metadata?.planIds ?? []))];
      const titles = ids.map((id) => `《${loaded.catalog.plans.find((other) => other.plan.id === id)?.plan.title ?? id}》`);
      io.stderr(`${translate(locale, 'cli.annex.other_plan', { file: file.file, plans: titles.join(translate(locale, 'cli.list_separator')), plan: plan.plan.title })}\n`);
    }
    const merged = ofPlan.filter(({ sheet }) => sheet.metadata?.merged === true);
    for (const { file, sheet } of merged) io.stderr(`${translate(locale, 'cli.annex.merged_sheet', { file: file.file, sheet: sheet.sheet, plan: plan.plan.title })}\n`);
    // What was left out, and why, is in every completion table's title area too: a printed table travels without stderr.
    const leftOut = [
      ...merged.map(({ file, sheet }) => translate(locale, 'annex.left_out_merged', { file: file.file, sheet: sheet.sheet })),
      ...unreadable.map((file) => translate(locale, 'annex.left_out_unreadable', { file: file.file, problem: file.message })),
    ];
    const tables = onePerCounty(ofPlan.filter(({ sheet }) => sheet.metadata !== null && !sheet.metadata.merged), plan, loaded);
    for (const { file, region, year, used } of tables.twice) {
      io.stderr(`${translate(locale, 'cli.annex.duplicate_region', { file: file.file, region, year, used })}\n`);
      leftOut.push(translate(locale, 'annex.left_out_duplicate', { file: file.file, region, used }));
      status = Math.max(status, EXIT.warnings);
    }
    for (const { file, sheet, unverified, differing, copied, copiedFrom } of tables.taken) {
      const meta = sheet.metadata;
      if (meta === null) continue;
      const count = Object.keys(unverified).length - differing - copied;
      if (count > 0) io.stderr(`! ${translate(locale, 'annex.unverified_values', { source: file.file, region: meta.region.name, count })}\n`);
      if (copied > 0) io.stderr(`! ${translate(locale, 'annex.copied_values', { source: file.file, region: meta.region.name, count: copied, other: copiedFrom.join(translate(locale, 'cli.list_separator')) })}\n`);
      if (differing > 0) io.stderr(`! ${translate(locale, 'annex.copies_differ_values', { source: file.file, region: meta.region.name, count: differing })}\n`);
      const layout = completionSheetOf(plan, sheet, taken, unverified, leftOut, locale);
      if (layout === null) continue;
      taken.add(layout.name);
      sheets.push(layout);
    }
  }
  if (sheets.length === 0) throw new UsageError('cli.annex.nothing', { plan: plan.plan.id });
  const problem = writeShown({ file: output, bytes: await sheetsBytes(sheets, { toolOutput: true }), force: values.force ?? false, inputs }, io.cwd, locale, io.outputFs);
  if (problem !== null) {
    io.stdout(`${translate(locale, 'cli.write_problem', { problem })}\n`);
    return EXIT.writeFailed;
  }
  io.stdout(`${translate(locale, 'cli.annex.done', { file: shownPath(output, io.cwd), sheets: sheets.map((sheet) => sheet.name).join(translate(locale, 'cli.list_separator')) })}\n`);
  return status;
}
