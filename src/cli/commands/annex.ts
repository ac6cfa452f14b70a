import path from 'node:path';
import { completionSheetOf } from '../../core/annex';
import { checkAgainstCatalog } from '../../core/checks';
import type { Locale } from '../../core/i18n';
import { type SheetLayout } from '../../core/layout';
import { annexLayouts } from '../../core/documents';
import { sheetsBytes } from '../../xlsx/renderWorkbook';
import { parseCommandArgs, requireOption, UsageError } from '../args';
import { loadCatalogOrFail, plansByIds } from '../catalogContext';
import { expandReturnFiles } from '../files';
import { refuseOutputsOnInputs, withoutOwnOutputs, writeShown } from '../outputs';
import { inputSet } from '../safeWrite';
import { EXIT, type CommandIo } from '../io';
import { readReturns } from '../readReturns';

export const ANNEX_USAGE = `用法 Usage:
  plan-indicators annex --plan <id> [--returns <文件或文件夹…>] -o 附表.xlsx

  按规划文本的版式生成主要指标表（序号、类别、指标名称（单位）、各年份、属性、责任部门及表注；黑体表头、仿宋正文、
  A4 打印）；给出报表时，另生成完成情况表（规划目标、实绩、是否完成、完成进度），每份报表一张。
`;

export async function annexCommand(args: string[], io: CommandIo): Promise<number> {
  const { values } = parseCommandArgs(args, {
    plan: { type: 'string' }, returns: { type: 'string', multiple: true }, output: { type: 'string', short: 'o' },
    lang: { type: 'string' }, force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(ANNEX_USAGE);
    return EXIT.ok;
  }
  const loaded = loadCatalogOrFail(io);
  const [plan] = plansByIds(loaded, requireOption(values.plan, '--plan', '规划编号'));
  if (plan === undefined) throw new UsageError(ANNEX_USAGE);
  const output = path.resolve(io.cwd, requireOption(values.output, '-o', '输出文件'));
  const locale: Locale = values.lang === 'en-US' ? 'en-US' : 'zh-CN';

  const sheets: SheetLayout[] = annexLayouts(plan);
  const taken = new Set(sheets.map((sheet) => sheet.name));
  let status: number = EXIT.ok;
  const files = values.returns === undefined || values.returns.length === 0 ? [] : await withoutOwnOutputs(expandReturnFiles(values.returns, io.cwd), { output: values.output }, io.cwd);
  const inputs = inputSet(files);
  refuseOutputsOnInputs({ output: values.output }, inputs, io.cwd, locale, io.outputFs);
  if (files.length > 0) {
    const { read, unreadable } = await readReturns(files, io.cwd, locale);
    for (const file of unreadable) io.stderr(`! ${file.file}：${file.message}\n`);
    if (unreadable.length > 0) status = EXIT.unreadable;
    for (const file of read) {
      for (const sheet of file.sheets) {
        const meta = sheet.metadata;
        // Returns of other plans are simply not this plan's; a merged sheet mixes plans and cannot give one plan's table.
        if (meta === null || !meta.planIds.includes(plan.plan.id)) continue;
        if (meta.merged) {
          io.stderr(`! ${file.file}（${sheet.sheet}）：多个规划合并填报的工作表，无法单独生成“${plan.plan.title}”的完成情况表。\n`);
          continue;
        }
        const { report } = checkAgainstCatalog(sheet, loaded);
        if (report.errors > 0) io.stderr(`! ${file.file}：报表有 ${report.errors} 个错误，完成情况表中的实绩请先核实。\n`);
        const layout = completionSheetOf(plan, sheet, taken);
        if (layout === null) continue;
        taken.add(layout.name);
        sheets.push(layout);
      }
    }
  }
  if (sheets.length === 0) throw new UsageError(`规划“${plan.plan.id}”没有可生成附表的指标。`);
  const problem = writeShown({ file: output, bytes: await sheetsBytes(sheets, { toolOutput: true }), force: values.force ?? false, inputs }, io.cwd, locale, io.outputFs);
  if (problem !== null) {
    io.stdout(`! ${problem}\n`);
    return EXIT.writeFailed;
  }
  io.stdout(`已生成 ${path.relative(io.cwd, output)}：${sheets.map((sheet) => sheet.name).join('、')}。\n`);
  return status;
}
