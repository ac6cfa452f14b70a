import fs from 'node:fs';
import path from 'node:path';
import { checkReportingYear } from '../../core/arguments';
import type { LoadedCatalog, PlanCatalog } from '../../core/catalog';
import type { MistakeKind } from '../../core/demo';
import { translate, type MessageCode, type MessageParams } from '../../core/i18n';
import { findRegion, fullRegionName, regionsUnder, type RegionEntry } from '../../core/regions';
import { langValue, localeOption, parseCommandArgs, requireOption } from '../args';
import { loadCatalogOrFail } from '../catalogContext';
import { plantRevision, type PlantedRevision } from '../demoRevision';
import { CHECK_FILES, demoReadme, type DemoFolders } from '../demoReadme';
import { EXIT, type CommandIo } from '../io';
import { annexCommand } from './annex';
import { checkCommand } from './check';
import { consolidateCommand } from './consolidate';
import { carriedLines, carryForward } from './templateFrom';
import { sampleReturn } from '../sampleReturns';
import { writeShown } from '../outputs';
import type { OutputContent } from '../safeWrite';
import { shownPath } from '../shownPath';

export const DEMO_USAGE = `用法 Usage:
  plan-indicators demo -o <文件夹> [--lang en-US]

  完整演示一个年度周期：绍兴市六个县（市、区）和舟山市四个县（区）报送 2024 年报表；2025 年报表用
  template --from 从 2024 年报表生成（转入往年实绩、说明和表尾），填入 2025 年示例数据（含常见填报错误和一处
  已说明的修订）；然后 check --previous 校验并找出修订，汇总到市、再汇总到省，生成附表。输出文件夹中的“清单.txt”
  说明每个文件。所有数值均为虚构的示例数据，工作簿封面有醒目标注。

  A whole yearly cycle on sample returns (示例数据, marked on every cover) of the counties of 绍兴 and 舟山: the 2024
  returns, the 2025 returns made from them with template --from (some with the usual mistakes, one revision
  explained), check --previous, each city's consolidation and the province's, and the annex tables. 清单.txt in the
  folder says what each file holds.
`;

const PREVIOUS_YEAR = 2024;
const REPORTING_YEAR = 2025;
const SHARED_PLAN = 'zj-hightech-industry-2021-2025';
const CITIES = ['330600', '330900'];
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
/** The county whose 2025 return revises a 2024 value, with its reason in 说明. */
const REVISING = '330602';

/** The region's plans that can be reported for `year` (a plan whose baseline is that year starts the year after). */
function plansFor(region: RegionEntry, loaded: LoadedCatalog, year: number): PlanCatalog[] {
  const ids = [OWN_PLAN[region.code], SHARED_PLAN].filter((id): id is string => id !== undefined);
  return ids.flatMap((id) => loaded.catalog.plans.filter((plan) => plan.plan.id === id && checkReportingYear(year, [plan]).ok));
}

/** A quiet io for the steps: their lines are indented under the step's title, and kept for a log file. */
function stepIo(io: CommandIo): { io: CommandIo; log: () => string } {
  let kept = '';
  const indent = (text: string) => text.replace(/^(?=.)/gmu, '    ');
  const keep = (text: string) => {
    kept += text;
  };
  return {
    io: { ...io, isTty: false, stdout: (text) => { keep(text); io.stdout(indent(text)); }, stderr: (text) => { keep(text); io.stderr(indent(text)); } },
    log: () => kept,
  };
}

// The folders and files the demo writes keep Chinese names in every --lang: they are the sample counties' files, named
// as a Chinese statistical office names them (the form inside is the Chinese form by design, src/core/form/labels.ts).
/** On the cover of every sample workbook, in Chinese whatever --lang: it belongs to the Chinese form's cover, where the
 * checks accept only this banner (src/core/checks/coverSheet.ts). */
const BANNER = '示例数据：本工作簿中的实绩均为演示用的虚构数值，不代表任何地区的真实统计。';

const returnFileName = (region: RegionEntry, year: number, part = '') => `${fullRegionName(region)}-${year}${part === '' ? '' : `-${part}`}-示例.xlsx`;

export async function demoCommand(args: string[], io: CommandIo): Promise<number> {
  const { values } = parseCommandArgs(args, { output: { type: 'string', short: 'o' }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, false);
  if (values.help) {
    io.stdout(DEMO_USAGE);
    return EXIT.ok;
  }
  const started = Date.now();
  const locale = localeOption(langValue(args));
  const out = path.resolve(io.cwd, requireOption(values.output, '-o', 'output_folder'));
  const dirs: DemoFolders = {
    previous: path.join(out, `1-${PREVIOUS_YEAR}年报表`), returns: path.join(out, `2-${REPORTING_YEAR}年报表`), checks: path.join(out, '3-校验'),
    city: path.join(out, '4-市汇总'), province: path.join(out, '5-省汇总'), annex: path.join(out, '6-附表'),
  };
  for (const dir of Object.values(dirs)) fs.mkdirSync(dir, { recursive: true });
  const t = (code: MessageCode, params: MessageParams = {}) => translate(locale, code, params);
  const lang = ['--lang', locale];
  const loaded = loadCatalogOrFail(io, locale);
  const counties = CITIES.flatMap((city) => regionsUnder(city));
  const sharedTitle = loaded.catalog.plans.find((p) => p.plan.id === SHARED_PLAN)?.plan.title ?? SHARED_PLAN;
  // Each file as every output is written (safeWrite, decisions 0268, 0271): whole under its name or not there, never
  // half a sample return a county could open; a file that cannot be written is said and ends the demo.
  const written = (file: string, bytes: OutputContent): boolean => {
    const problem = writeShown({ file, bytes, force: true, inputs: new Set() }, io.cwd, locale, io.outputFs);
    if (problem !== null) io.stdout(`${t('cli.write_problem', { problem })}\n`);
    return problem === null;
  };

  io.stdout(`${t('demo.step.previous', { count: counties.length, previous: String(PREVIOUS_YEAR), folder: shownPath(dirs.previous, io.cwd) })}\n`);
  const previousFiles = new Map<string, string>();
  for (const [index, region] of counties.entries()) {
    const plans = plansFor(region, loaded, PREVIOUS_YEAR);
    const bytes = await sampleReturn({ region: { name: fullRegionName(region), code: region.code }, plans, loaded, reportingYear: PREVIOUS_YEAR, seed: 20251 + index * 7, banner: BANNER });
    const file = path.join(dirs.previous, returnFileName(region, PREVIOUS_YEAR));
    if (!written(file, bytes)) return EXIT.writeFailed;
    previousFiles.set(region.code, file);
    io.stdout(`    ${t('demo.step.previous_file', { file: path.basename(file), plans: plans.map((p) => p.plan.title).join(t('demo.step.plans_separator')) })}\n`);
  }

  io.stdout(`\n${t('demo.step.returns', { previous: String(PREVIOUS_YEAR), year: String(REPORTING_YEAR), folder: shownPath(dirs.returns, io.cwd) })}\n`);
  const mistakesOf = new Map<string, MistakeKind[]>();
  let revision: (PlantedRevision & { region: string; file: string }) | null = null;
  for (const [index, region] of counties.entries()) {
    const from = previousFiles.get(region.code) ?? '';
    const carried = await carryForward({ from, shownFrom: shownPath(from, io.cwd), reportingYear: REPORTING_YEAR, banner: BANNER }, loaded, locale);
    const file = path.join(dirs.returns, returnFileName(region, REPORTING_YEAR));
    const mistakes = MISTAKES[region.code] ?? [];
    const carriedPlans = plansFor(region, loaded, PREVIOUS_YEAR);
    let bytes = await sampleReturn({
      region: { name: fullRegionName(region), code: region.code }, plans: carriedPlans, loaded, reportingYear: REPORTING_YEAR,
      seed: 20251 + index * 7, mistakes, mistakesIn: SHARED_PLAN, form: carried.bytes,
    });
    if (region.code === REVISING) {
      const planted = await plantRevision(bytes, SHARED_PLAN, PREVIOUS_YEAR);
      if (planted !== null) {
        bytes = planted.bytes;
        revision = { ...planted.revision, region: fullRegionName(region), file };
      }
    }
    if (!written(file, bytes)) return EXIT.writeFailed;
    if (mistakes.length > 0) mistakesOf.set(file, mistakes);
    for (const line of carriedLines(carried, shownPath(file, io.cwd), shownPath(from, io.cwd), loaded.version, locale)) io.stdout(`    ${line}\n`);
    if (mistakes.length > 0) io.stdout(`      ${t('demo.step.mistakes', { mistakes: mistakes.map((kind) => t(`demo.mistake.${kind}`)).join(t('demo.step.mistakes_separator')) })}\n`);
    if (revision?.file === file) {
      const planted = t('demo.revision_planted', { region: revision.region, name: revision.name, year: String(revision.year), before: String(revision.before), after: String(revision.after) });
      io.stdout(`      ${t('demo.step.revision', { revision: planted })}\n`);
    }
    // A plan whose reporting starts this year (its baseline was last year) has no earlier return: a new form.
    const newPlans = plansFor(region, loaded, REPORTING_YEAR).filter((plan) => !carriedPlans.includes(plan));
    if (newPlans.length > 0) {
      const fresh = path.join(dirs.returns, returnFileName(region, REPORTING_YEAR, '新规划'));
      const freshBytes = await sampleReturn({ region: { name: fullRegionName(region), code: region.code }, plans: newPlans, loaded, reportingYear: REPORTING_YEAR, seed: 20251 + index * 7, banner: BANNER });
      if (!written(fresh, freshBytes)) return EXIT.writeFailed;
      io.stdout(`    ${t('demo.new_plan_return', { file: shownPath(fresh, io.cwd), plans: newPlans.map((plan) => plan.plan.title).join('》《'), year: String(REPORTING_YEAR) })}\n`);
    }
  }

  const check = stepIo(io);
  io.stdout(`\n${t('demo.step.check', { year: String(REPORTING_YEAR), previous: String(PREVIOUS_YEAR), folder: shownPath(dirs.checks, io.cwd) })}\n`);
  const checkStatus = await checkCommand([
    dirs.returns, '--previous', dirs.previous, '--report', path.join(dirs.checks, CHECK_FILES.summary), '--json', path.join(dirs.checks, CHECK_FILES.json), '--annotate', '--force', ...lang,
  ], check.io);
  for (const file of fs.readdirSync(dirs.returns).filter((name) => name.endsWith('.批注.xlsx'))) {
    fs.renameSync(path.join(dirs.returns, file), path.join(dirs.checks, file));
  }
  if (!written(path.join(dirs.checks, CHECK_FILES.log), check.log())) return EXIT.writeFailed;

  const step = stepIo(io).io;
  io.stdout(`\n${t('demo.step.city', { plan: sharedTitle, folder: shownPath(dirs.city, io.cwd) })}\n`);
  const cityFiles: string[] = [];
  for (const city of CITIES) {
    const cityName = findRegion(city)?.name ?? city;
    const file = path.join(dirs.city, `${cityName}-高新技术产业主要指标-${REPORTING_YEAR}.xlsx`);
    const inputs = counties.filter((county) => county.parent === city).map((county) => path.join(dirs.returns, returnFileName(county, REPORTING_YEAR)));
    await consolidateCommand([...inputs, '--plan', SHARED_PLAN, '--year', String(REPORTING_YEAR), '--city', city, '-o', file, '--force', ...lang], step);
    cityFiles.push(file);
  }

  io.stdout(`\n${t('demo.step.province', { folder: shownPath(dirs.province, io.cwd) })}\n`);
  const provinceFile = path.join(dirs.province, `浙江省-高新技术产业主要指标-${REPORTING_YEAR}.xlsx`);
  const countyFiles = counties.map((county) => path.join(dirs.returns, returnFileName(county, REPORTING_YEAR)));
  await consolidateCommand([...countyFiles, '--plan', SHARED_PLAN, '--year', String(REPORTING_YEAR), '--city', '330000', '-o', provinceFile, '--force', ...lang], step);

  io.stdout(`\n${t('demo.step.annex', { folder: shownPath(dirs.annex, io.cwd) })}\n`);
  for (const planId of [...Object.values(OWN_PLAN), SHARED_PLAN]) {
    // Named by the plan's title, as a reader knows it, not by its catalog id.
    const title = loaded.catalog.plans.find((p) => p.plan.id === planId)?.plan.title ?? planId;
    const file = `${title.replace(/[\\/:*?"<>|]/gu, '_')}-附表.xlsx`;
    await annexCommand(['--plan', planId, '--returns', dirs.returns, '-o', path.join(dirs.annex, file), '--force', ...lang], step);
  }

  const readme = path.join(out, '清单.txt');
  if (!written(readme, demoReadme({
    locale, out, dirs, previousYear: PREVIOUS_YEAR, reportingYear: REPORTING_YEAR, planTitle: sharedTitle,
    mistakes: [...mistakesOf].map(([file, kinds]) => ({ file: path.basename(file), kinds })),
    revision: revision === null ? null : { ...revision, file: path.basename(revision.file) },
  }))) return EXIT.writeFailed;

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  io.stdout(`\n${t('demo.done', { seconds, readme: shownPath(readme, io.cwd) })}\n`);
  io.stdout(`${t('demo.exit_status', { status: checkStatus })}\n`);
  return EXIT.ok;
}
