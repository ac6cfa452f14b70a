import fs from 'node:fs';
import path from 'node:path';
import type { LoadedCatalog, PlanCatalog } from '../../core/catalog';
import type { MistakeKind } from '../../core/demo';
import { translate } from '../../core/i18n';
import { fullRegionName, regionsUnder, type RegionEntry } from '../../core/regions';
import { parseCommandArgs, requireOption } from '../args';
import { loadCatalogOrFail } from '../catalogContext';
import { EXIT, type CommandIo } from '../io';
import { annexCommand } from './annex';
import { checkCommand } from './check';
import { consolidateCommand } from './consolidate';
import { sampleReturn } from '../sampleReturns';
import { shownPath } from '../shownPath';

export const DEMO_USAGE = `用法 Usage:
  plan-indicators demo -o <文件夹>

  完整演示：为绍兴市六个县（市、区）生成 2025 年报表并填入示例数据（含常见填报错误），然后校验、汇总、生成附表。
  所有数值均为虚构的示例数据，工作簿封面有醒目标注。
`;

const REPORTING_YEAR = 2025;
const SHARED_PLAN = 'zj-hightech-industry-2021-2025';
const OWN_PLAN: Record<string, string> = { '330602': 'yuecheng-2021-2025', '330603': 'keqiao-2021-2025', '330683': 'shengzhou-116x-2024-2030' };
/** What each county gets wrong, so the demo shows every verdict: accepted, accepted with explanations, rejected. */
const MISTAKES: Record<string, MistakeKind[]> = {
  '330602': [],
  '330603': ['explained_jump'],
  '330604': ['unit_slip', 'share_as_fraction'],
  '330624': ['text_in_number', 'missing_value'],
  '330681': [],
  '330683': ['missing_value'],
};
const BANNER = '示例数据：本工作簿中的实绩均为演示用的虚构数值，不代表任何地区的真实统计。';

function plansFor(region: RegionEntry, loaded: LoadedCatalog): PlanCatalog[] {
  const ids = [OWN_PLAN[region.code], SHARED_PLAN].filter((id): id is string => id !== undefined);
  return ids.flatMap((id) => loaded.catalog.plans.filter((plan) => plan.plan.id === id));
}

/** A quiet io for the steps: their lines are indented under the step's title. */
function stepIo(io: CommandIo): CommandIo {
  const indent = (text: string) => text.replace(/^(?=.)/gmu, '    ');
  return { ...io, isTty: false, stdout: (text) => io.stdout(indent(text)), stderr: (text) => io.stderr(indent(text)) };
}

export async function demoCommand(args: string[], io: CommandIo): Promise<number> {
  const { values } = parseCommandArgs(args, { output: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    io.stdout(DEMO_USAGE);
    return EXIT.ok;
  }
  const started = Date.now();
  const out = path.resolve(io.cwd, requireOption(values.output, '-o', '输出文件夹'));
  const dirs = { returns: path.join(out, '1-填报表'), checks: path.join(out, '2-校验'), city: path.join(out, '3-汇总'), annex: path.join(out, '4-附表') };
  for (const dir of Object.values(dirs)) fs.mkdirSync(dir, { recursive: true });
  const loaded = loadCatalogOrFail(io);
  const counties = regionsUnder('330600');

  io.stdout(`1. 生成绍兴市 ${counties.length} 个县（市、区）${REPORTING_YEAR} 年报表并填入示例数据 → ${shownPath(dirs.returns, io.cwd)}\n`);
  for (const [index, region] of counties.entries()) {
    const plans = plansFor(region, loaded);
    const bytes = await sampleReturn({
      region: { name: fullRegionName(region), code: region.code }, plans, loaded, reportingYear: REPORTING_YEAR,
      seed: 20251 + index * 7, mistakes: MISTAKES[region.code] ?? [], mistakesIn: SHARED_PLAN, banner: BANNER,
    });
    const file = path.join(dirs.returns, `${fullRegionName(region)}-${REPORTING_YEAR}-示例.xlsx`);
    fs.writeFileSync(file, bytes);
    const mistakes = MISTAKES[region.code] ?? [];
    io.stdout(`    ${path.basename(file)}：${plans.map((p) => p.plan.title).join('；')}${mistakes.length > 0 ? `（含示例错误：${mistakes.map((kind) => translate('zh-CN', `demo.mistake.${kind}`)).join('；')}）` : ''}\n`);
  }

  const step = stepIo(io);
  io.stdout(`\n2. 校验 → ${shownPath(dirs.checks, io.cwd)}\n`);
  const checkStatus = await checkCommand([dirs.returns, '--report', path.join(dirs.checks, '校验汇总.xlsx'), '--json', path.join(dirs.checks, '校验结果.json'), '--annotate', '--force'], step);
  for (const file of fs.readdirSync(dirs.returns).filter((name) => name.endsWith('.批注.xlsx'))) {
    fs.renameSync(path.join(dirs.returns, file), path.join(dirs.checks, file));
  }

  io.stdout(`\n3. 汇总“${loaded.catalog.plans.find((p) => p.plan.id === SHARED_PLAN)?.plan.title ?? SHARED_PLAN}”各县报表 → ${shownPath(dirs.city, io.cwd)}\n`);
  await consolidateCommand([dirs.returns, '--plan', SHARED_PLAN, '--year', String(REPORTING_YEAR), '--city', '330600', '-o', path.join(dirs.city, `绍兴市-高新技术产业主要指标-${REPORTING_YEAR}.xlsx`), '--force'], step);

  io.stdout(`\n4. 生成规划附表和完成情况表 → ${shownPath(dirs.annex, io.cwd)}\n`);
  for (const planId of [...Object.values(OWN_PLAN), SHARED_PLAN]) {
    await annexCommand(['--plan', planId, '--returns', dirs.returns, '-o', path.join(dirs.annex, `${planId}-附表.xlsx`), '--force'], step);
  }

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  io.stdout(`\n演示完成（${seconds} 秒）。用 Excel、WPS 或 LibreOffice 打开 ${shownPath(out, io.cwd)} 中的文件查看。\n`);
  io.stdout(`校验结论的退出码为 ${checkStatus}（0 全部接受，1 有说明后接受的文件，2 有退回的文件）；演示本身成功完成。\n`);
  return EXIT.ok;
}
