import path from 'node:path';
import { templateWorkbookLayout } from '../../core/documents';
import { workbookBytes } from '../../xlsx/renderWorkbook';
import { parseCommandArgs, requireOption, yearOption } from '../args';
import { writeShown } from '../outputs';
import { loadCatalogOrFail, plansByIds, regionOf } from '../catalogContext';
import { EXIT, type CommandIo } from '../io';

export const TEMPLATE_USAGE = `用法 Usage:
  plan-indicators template --plan <id>[,<id>…] --region <名称或代码> --year <报告年份> -o <文件.xlsx> [--merge]

  生成填报工作簿：填报说明（含颜色图例）、每个规划一张填报表（--merge：按指标合并为一张），
  自带数据有效性、条件格式和工作表保护，可在 Excel、WPS、LibreOffice 中使用。
  例：plan-indicators template --plan yuecheng-2021-2025 --region 越城区 --year 2023 -o 越城区2023.xlsx
`;

export async function templateCommand(args: string[], io: CommandIo): Promise<number> {
  const { values } = parseCommandArgs(args, {
    plan: { type: 'string' }, region: { type: 'string' }, year: { type: 'string' }, output: { type: 'string', short: 'o' },
    merge: { type: 'boolean' }, force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(TEMPLATE_USAGE);
    return EXIT.ok;
  }
  const loaded = loadCatalogOrFail(io);
  const plans = plansByIds(loaded, requireOption(values.plan, '--plan', '规划编号'));
  const region = regionOf(requireOption(values.region, '--region', '地区'), plans);
  const reportingYear = yearOption(values.year, '--year');
  const output = path.resolve(io.cwd, requireOption(values.output, '-o', '输出文件'));
  const layout = templateWorkbookLayout({ plans, region, reportingYear, merge: values.merge ?? false, catalogVersion: loaded.version });
  const problem = writeShown({ file: output, bytes: await workbookBytes(layout), force: values.force ?? false, inputs: new Set() }, io.cwd, 'zh-CN', io.outputFs);
  if (problem !== null) {
    io.stdout(`! ${problem}\n`);
    return EXIT.writeFailed;
  }
  const sheets = layout.sheets.map((sheet) => sheet.name).join('、');
  io.stdout(`已生成 ${path.relative(io.cwd, output) || output}：${sheets}。 Written.\n`);
  return EXIT.ok;
}
