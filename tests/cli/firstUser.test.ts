/**
 * What a first-time user trips over on the command line (issue 16): every spreadsheet file in a folder listed, read
 * or refused with its reason; the verdict column and the exit status telling one story; two outputs on one path
 * refused; help from every command; paths echoed as the user can find them.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { realCatalog } from '../support/catalog';
import { keptSampleReturn } from '../support/keptSampleReturn';
import { helpText } from '../../src/cli/main';
import type { MistakeKind } from '../../src/core/demo';
import { cli, fileLines } from '../support/cli';
import { PACKAGE_ROOT } from '../../src/cli/paths';
import { saveAs } from '../support/libreoffice/openEditSave';

const loaded = realCatalog();
const plan = loaded.catalog.plans.find((p) => p.plan.id === 'zj-hightech-industry-2021-2025')!;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-first-user-'));
const folder = path.join(dir, '报表');

beforeAll(async () => {
  fs.mkdirSync(folder);
  const clean = path.join(folder, '越城区.xlsx');
  fs.writeFileSync(clean, await keptSampleReturn({ region: { name: '绍兴市越城区', code: '330602' }, plans: [plan], loaded, reportingYear: 2024, seed: 1, mistakes: [] }));
  // The same return saved by LibreOffice as Excel 97-2003 and as OpenDocument, as a county might send it: both
  // saved in one soffice run (a run that opens documents costs some 4 s of CPU).
  const xls = path.join(dir, 'xls', '越城区.xls');
  const ods = path.join(dir, 'ods', '越城区.ods');
  await saveAs([{ input: clean, output: xls, filter: 'MS Excel 97' }, { input: clean, output: ods, filter: 'calc8' }], dir);
  fs.copyFileSync(xls, path.join(folder, '诸暨市.xls'));
  fs.copyFileSync(xls, path.join(folder, '嵊州市.et'));
  fs.copyFileSync(ods, path.join(folder, '新昌县.ods'));
  fs.copyFileSync(clean, path.join(folder, '上虞区.xlsm'));
  fs.writeFileSync(path.join(folder, '柯桥区.csv'), '指标,2024年\n高新技术企业数,100\n');
  fs.writeFileSync(path.join(folder, '~$越城区.xlsx'), Buffer.from([0x0c, 0x00, 0x41, 0x64, 0x6d, 0x69, 0x6e]));
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));


describe('check <folder>', () => {
  it('lists every spreadsheet file, read or refused with its reason, and no .csv or lock file', async () => {
    const { stdout, status } = await cli(['check', folder], { cwd: dir });
    const lines = fileLines(stdout);
    expect(lines).toHaveLength(5);
    for (const name of ['越城区.xlsx', '上虞区.xlsm', '诸暨市.xls', '嵊州市.et', '新昌县.ods']) expect(lines.filter((line) => line.includes(name))).toHaveLength(1);
    expect(stdout).not.toMatch(/柯桥区\.csv|~\$/u);
    expect(lines.find((line) => line.includes('诸暨市.xls'))).toMatch(/^! 无法读取.*另存为” \.xlsx/u);
    expect(lines.find((line) => line.includes('嵊州市.et'))).toMatch(/^! 无法读取.*另存为” \.xlsx/u);
    expect(lines.find((line) => line.includes('新昌县.ods'))).toMatch(/^! 无法读取.*\.xlsx/u);
    expect(lines.find((line) => line.includes('越城区.xlsx'))).toMatch(/^✓ 接受/u);
    expect(status).toBe(3);
  });

  it('consolidate names each file it refused', async () => {
    const output = path.join(dir, '汇总.xlsx');
    const { stdout, stderr } = await cli(['consolidate', folder, '-o', output, '--year', '2024'], { cwd: dir });
    for (const name of ['诸暨市.xls', '嵊州市.et', '新昌县.ods']) expect(`${stdout}${stderr}`).toContain(name);
  });

  it('echoes an absolute path as absolute, a path inside the working folder as relative', async () => {
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-cwd-'));
    const absolute = await cli(['check', path.join(folder, '越城区.xlsx')], { cwd: elsewhere });
    expect(fileLines(absolute.stdout)[0]).toContain(` ${path.join(folder, '越城区.xlsx')} `);
    expect(absolute.stdout).not.toContain('../');
    // template --from names its source and its output in the lines on what it carried
    const next = path.join(dir, '越城区2025.xlsx');
    const from = await cli(['template', '--from', path.join(folder, '越城区.xlsx'), '--year', '2025', '-o', next, '--force'], { cwd: elsewhere });
    expect(from.status).toBe(0);
    expect(from.stdout).toContain(path.join(folder, '越城区.xlsx'));
    expect(`${from.stdout}${from.stderr}`).not.toContain('../');
    const relative = await cli(['check', '报表/越城区.xlsx'], { cwd: dir });
    expect(fileLines(relative.stdout)[0]).toContain(` ${path.join('报表', '越城区.xlsx')} `);
    fs.rmSync(elsewhere, { recursive: true });
  });
});

describe('files as they arrive at a reviewer', () => {
  it('a zip, an empty .xlsx, an .ods renamed .xlsx, a broken link, a folder nobody may open and a shortcut to another folder: each one line (with its reason in words), and the batch goes on', async () => {
    const arrived = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-arrived-'));
    fs.chmodSync(arrived, 0o755);
    const returns = path.join(arrived, '收到');
    fs.mkdirSync(path.join(returns, '子文件夹', '深一层'), { recursive: true });
    fs.copyFileSync(path.join(folder, '越城区.xlsx'), path.join(returns, '子文件夹', '深一层', '越城区.xlsx'));
    fs.copyFileSync(path.join(folder, '越城区.xlsx'), path.join(returns, '打包.zip'));
    fs.writeFileSync(path.join(returns, '空.xlsx'), new Uint8Array());
    fs.copyFileSync(path.join(folder, '新昌县.ods'), path.join(returns, '新昌县.xlsx'));
    fs.symlinkSync('不存在.xlsx', path.join(returns, '链接.xlsx'));
    fs.mkdirSync(path.join(returns, '锁住'));
    fs.copyFileSync(path.join(folder, '越城区.xlsx'), path.join(returns, '锁住', '柯桥区.xlsx'));
    fs.writeFileSync(path.join(returns, '.DS_Store'), 'x');
    // A shortcut to another folder of returns is followed; a link back up the tree adds nothing and never loops.
    fs.mkdirSync(path.join(arrived, '别处'));
    fs.copyFileSync(path.join(folder, '越城区.xlsx'), path.join(arrived, '别处', '上虞区.xlsx'));
    fs.symlinkSync(path.join('..', '别处'), path.join(returns, '快捷方式'));
    fs.symlinkSync('..', path.join(returns, '子文件夹', '上一层'));
    for (const [name, mode] of [['收到', 0o755], ['收到/子文件夹', 0o755], ['收到/子文件夹/深一层', 0o755], ['别处', 0o755], ['收到/锁住', 0o000]] as const) fs.chmodSync(path.join(arrived, name), mode);
    // Permissions do not stop root, as whom CI runs, by its capabilities to override them: there the command runs as
    // root without those two (setpriv), so a folder of mode 000 stops it while the repository it owns stays readable
    // wherever it was cloned; elsewhere it runs as the user.
    const asRoot = process.getuid?.() === 0;
    const { stdout, status } = asRoot
      ? (() => {
        const run = spawnSync('setpriv', ['--bounding-set=-dac_override,-dac_read_search', '--', process.execPath, path.join(PACKAGE_ROOT, 'bin', 'plan-indicators.js'), 'check', '收到'], { cwd: arrived, encoding: 'utf8' });
        return { stdout: run.stdout, status: run.status };
      })()
      : await cli(['check', '收到'], { cwd: arrived });
    const lines = fileLines(stdout);
    expect(lines).toHaveLength(7);
    const lineOf = (name: string) => lines.find((line) => line.includes(name)) ?? '';
    expect(lineOf(path.join('深一层', '越城区.xlsx'))).toMatch(/^✓ 接受/u);
    expect(lineOf(path.join('快捷方式', '上虞区.xlsx'))).toMatch(/^✓ 接受/u);
    expect(lineOf('打包.zip')).toMatch(/^! 无法读取.*压缩包.*请解压/u);
    expect(lineOf('空.xlsx')).toMatch(/^! 无法读取.*空的（0 字节）/u);
    expect(lineOf('新昌县.xlsx')).toMatch(/^! 无法读取.*OpenDocument 表格.*另存为/u);
    expect(lineOf('链接.xlsx')).toMatch(/^! 无法读取.*文件不存在/u);
    expect(lineOf('锁住')).toMatch(/^! 无法读取.*文件夹（没有读取权限）/u);
    expect(stdout).not.toMatch(/E[A-Z]{3,}|DS_Store/u);
    expect(status).toBe(3);
    fs.chmodSync(path.join(returns, '锁住'), 0o755);
    fs.rmSync(arrived, { recursive: true, force: true });
  }, 120_000);
});

describe('verdict and exit status tell one story', () => {
  it('a return with a warning nobody explained is ✗ 退回 and exits 2; explained, △ and 1; clean, ✓ and 0', async () => {
    const write = async (name: string, mistakes: MistakeKind[]) => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, await keptSampleReturn({ region: { name: '绍兴市上虞区', code: '330604' }, plans: [plan], loaded, reportingYear: 2024, seed: 7, mistakes }));
      return file;
    };
    const unexplained = await cli(['check', await write('未说明.xlsx', ['unit_slip'])], { cwd: dir });
    expect(fileLines(unexplained.stdout)[0]).toMatch(/^✗ 退回.*错误 0，警告 [1-9]\d*（未说明 [1-9]/u);
    expect(unexplained.status).toBe(2);
    const explained = await cli(['check', await write('已说明.xlsx', ['explained_jump'])], { cwd: dir });
    expect(fileLines(explained.stdout)[0]).toMatch(/^△ 说明后接受/u);
    expect(explained.status).toBe(1);
    const clean = await cli(['check', path.join(folder, '越城区.xlsx')], { cwd: dir });
    expect(fileLines(clean.stdout)[0]).toMatch(/^✓ 接受/u);
    expect(clean.status).toBe(0);
  });
});

describe('--report and --json on one path', () => {
  it('is refused before anything is read or written, saying why', async () => {
    const target = path.join(dir, 'out', 'same');
    const { status, stdout, stderr } = await cli(['check', folder, '--report', target, '--json', target], { cwd: dir });
    expect(status).toBe(64);
    expect(stderr).toMatch(/--json 与 --report 是同一个文件.*请给两者不同的文件名/u);
    expect(stdout).not.toMatch(/已写入/u);
    expect(fs.existsSync(target)).toBe(false);
  });
});

describe('--help', () => {
  const commands = helpText().split('\n').flatMap((line) => /^ {2}([a-z]+) {2}/u.exec(line)?.[1] ?? []);
  it.each([...commands.map((name) => [name]), ['catalog', 'lint'], ['catalog', 'show'], ['catalog', 'export']])('%s %s --help prints its usage', async (...words) => {
    for (const flag of ['--help', '-h']) {
      const { status, stdout } = await cli([...words.filter((word): word is string => typeof word === 'string'), flag]);
      expect(status).toBe(0);
      expect(stdout).toMatch(/用法 Usage:/u);
    }
  });
  it('--version says the package version, and `help <command>` is that command’s --help', async () => {
    const version = (JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    for (const flag of ['--version', '-v']) expect(await cli([flag])).toEqual({ status: 0, stdout: `plan-indicators ${version}\n`, stderr: '' });
    expect((await cli(['help', 'check'])).stdout).toBe((await cli(['check', '--help'])).stdout);
  });
  it('knows every command', () => expect(commands).toEqual(expect.arrayContaining(['check', 'catalog', 'notation', 'template', 'consolidate', 'demo', 'import', 'annex'])));
});

describe('what a first-time user types', () => {
  it('a misspelled command or option is answered with the one meant, in the language asked', async () => {
    const command = await cli(['chek', 'x.xlsx']);
    expect(command.status).toBe(64);
    expect(command.stderr.split('\n')[0]).toBe('未知命令“chek”。您是不是要找：check？');
    expect((await cli(['Template'])).stderr.split('\n')[0]).toBe('未知命令“Template”。您是不是要找：template？');
    expect((await cli(['frob'])).stderr.split('\n')[0]).toBe('未知命令“frob”。');
    const option = await cli(['template', '--regoin', '嵊州', '--lang', 'en-US']);
    expect(option.status).toBe(64);
    expect(option.stderr).toBe('Unknown option --regoin. Did you mean: --region?\n');
    expect((await cli(['check', '--reprot', 'r.xlsx', 'a.xlsx'])).stderr).toBe('不认识的选项 --reprot。您是不是要找：--report？\n');
    expect((await cli(['consolidate', '--plna', 'x'])).stderr).toBe('不认识的选项 --plna。您是不是要找：--plan？\n');
  });

  it('--lang as people write it (en, en_US, zh) is the language; one the product does not speak is refused before anything is made', async () => {
    for (const lang of ['en', 'EN-us', 'en_US']) expect((await cli(['catalog', 'list', '--lang', lang])).stdout).toMatch(/\n12 plans, 308 indicators\.\n$/u);
    expect((await cli(['template', '--plna', 'x', '--lang=en'])).stderr).toBe('Unknown option --plna. Did you mean: --plan?\n');
    expect((await cli(['catalog', 'list', '--lang', 'zh_CN'])).stdout).toMatch(/12 个规划，308 个指标。\n$/u);
    const folder = path.join(dir, 'demo-de');
    for (const args of [['demo', '-o', folder, '--lang', 'de'], ['check', path.join(dir, '报表'), '--lang', 'fr'], ['catalog', 'list', '--lang=fr']]) {
      const refused = await cli(args);
      expect([args, refused.status, refused.stdout]).toEqual([args, 64, '']);
      expect(refused.stderr).toMatch(/^--lang 的值“(de|fr)”无法识别：请写 zh-CN（中文，默认）或 en-US（英文）。/u);
    }
    expect(fs.existsSync(folder)).toBe(false);
  });

  it('a word beside the options of a command that takes none (--plan a b) is refused, not dropped', async () => {
    const output = path.join(dir, '两个规划.xlsx');
    const stray = await cli(['template', '--plan', 'keqiao-2021-2025', 'zj-talent-2021-2025', '--region', '柯桥', '--year', '2024', '-o', output]);
    expect(stray.status).toBe(64);
    expect(stray.stderr).toBe('多余的参数“zj-talent-2021-2025”：本命令只接受选项。选项的值带空格时请加引号；几个规划请用逗号隔开写在一个 --plan 后（--plan a,b）。\n');
    expect(fs.existsSync(output)).toBe(false);
    expect((await cli(['demo', '-o', path.join(dir, 'demo-x'), 'extra'])).status).toBe(64);
    expect(fs.existsSync(path.join(dir, 'demo-x'))).toBe(false);
  });

  it('counts in English read right for one (errors: 1, not 1 errors)', async () => {
    const { stdout } = await cli(['check', path.join(folder, '越城区.xlsx'), '--lang', 'en-US'], { cwd: dir });
    expect(fileLines(stdout)[0]).toMatch(/^✓ accepted +报表\/越城区\.xlsx {2}errors: 0, warnings: 0 \(unexplained: 0\)$/u);
    expect((await cli(['catalog', 'lint', 'catalog/keqiao-2021-2025.yaml', '--lang', 'en-US'])).stdout).toMatch(/^Files: 2, plans: 1, indicators: 27, problems: 0\.$/mu);
  });

  it('an empty folder given for returns is said so: consolidate refuses (as check does), annex writes its tables and says no completion table was made', async () => {
    const empty = path.join(dir, '空文件夹');
    fs.mkdirSync(empty, { recursive: true });
    const consolidated = await cli(['consolidate', empty, '-o', path.join(dir, '空汇总.xlsx')], { cwd: dir });
    expect([consolidated.status, consolidated.stderr]).toEqual([64, '没有找到 .xlsx 文件。\n']);
    expect(fs.existsSync(path.join(dir, '空汇总.xlsx'))).toBe(false);
    const annex = await cli(['annex', '--plan', 'keqiao-2021-2025', '--returns', '空文件夹', '-o', path.join(dir, '空附表.xlsx')], { cwd: dir });
    expect(annex.status).toBe(0);
    expect(annex.stderr).toBe('· 空文件夹 中没有找到 .xlsx 报表，未生成完成情况表。\n');
  });

  it('options typed with a Chinese input method’s dashes (——plan, －－region, —year) are the options', async () => {
    const output = path.join(dir, '中文破折号.xlsx');
    const made = await cli(['template', '——plan', 'shengzhou-116x-2024-2030', '－－region', '嵊州', '—year', '2025', '-o', output], { cwd: dir });
    expect([made.status, made.stderr]).toEqual([0, '']);
    expect(fs.existsSync(output)).toBe(true);
    // A word that names no option stays a word: refused as one, not guessed.
    expect((await cli(['template', '——plna', 'x'])).stderr).toMatch(/^多余的参数“——plna”/u);
  });

  it('catalog without a subcommand says which there are', async () => {
    const catalog = await cli(['catalog']);
    expect(catalog.status).toBe(64);
    expect(catalog.stderr.split('\n')[0]).toBe('请给出 catalog 的子命令：list、show、lint 或 export。');
  });

  it('an output that cannot be written, or a folder where a file is asked for, is said in words, never as the system’s code', async () => {
    const plain = path.join(dir, '文本.txt');
    fs.writeFileSync(plain, '');
    const under = await cli(['template', '--plan', 'shengzhou-116x-2024-2030', '--region', '330683', '--year', '2025', '-o', '文本.txt/嵊州.xlsx', '--lang', 'en-US'], { cwd: dir });
    expect(under.status).toBe(4);
    expect(under.stdout).toBe('! 文本.txt/嵊州.xlsx could not be written: a part of the path is a file, not a folder; check the output path.\n');
    const from = await cli(['template', '--from', '报表', '--year', '2025', '-o', 'next.xlsx'], { cwd: dir });
    expect(from.status).toBe(64);
    expect(from.stderr).toBe('报表：这是文件夹，不是报表文件。请给出其中的一个 .xlsx 报表。\n');
    const imported = await cli(['import', '报表', '--json'], { cwd: dir });
    expect(imported.stderr).toBe('无法读取 报表：无法打开这个文件（这是文件夹，不是文件）。请确认文件存在、未被其他程序占用，并有读取权限。\n');
    const lint = await cli(['catalog', 'lint', '没有这个文件.yaml'], { cwd: dir });
    expect(lint.stdout).toContain('无法读取文件（文件不存在，可能是指向别处的链接或快捷方式已失效）');
    for (const said of [under, from, imported, lint]) expect(`${said.stdout}${said.stderr}`).not.toMatch(/E[A-Z]{3,}/u);
  });
});

describe('each command’s --help', () => {
  const usageOf = async (command: string) => (await cli([command, '--help'])).stdout;
  it.each(['template', 'check', 'consolidate', 'annex', 'demo', 'import'])('%s: says in English what it does, and every option it shows exists', async (command) => {
    const usage = await usageOf(command);
    // An English paragraph beside the Chinese one (the usage is shown before any --lang is read).
    expect(usage).toMatch(/\n *[A-Z][a-z]* [a-z']+ [a-z(]/u);
    // After --help (read first, so nothing runs), an option the command does not take is refused as unknown.
    expect((await cli([command, '--help', '--no-such-option'])).stderr).toMatch(/^不认识的选项 --no-such-option/u);
    // Options quoted with another command (demo's "template --from") are that command's.
    const own = usage.replace(/\b(template|check|consolidate|annex|import|catalog) --[a-z-]+/gu, (quoted, name) => (name === command ? quoted : ''));
    for (const option of new Set(own.match(/--[a-z][a-z-]+/gu) ?? [])) {
      const { stderr } = await cli([command, '--help', option]);
      expect([option, stderr]).not.toEqual([option, expect.stringMatching(/不认识的选项/u)]);
    }
  });
  it.each(['template', 'consolidate', 'annex'])('%s shows --force and --lang, which it takes', async (command) => {
    const usage = await usageOf(command);
    expect(usage).toContain('[--force]');
    expect(usage).toContain('[--lang en-US]');
  });
  it('consolidate says which plan and year it takes without --plan/--year: those most regions reported', async () => {
    expect(await usageOf('consolidate')).toContain('不给 --plan、--year 时取多数地区报送的规划和年份');
  });
});
