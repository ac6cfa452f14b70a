/**
 * A folder of returns as it reaches a city reviewer from a Mac, a USB stick or a shared folder (decision 0268): what
 * other programs leave beside the returns is not listed as an unreadable return.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { filledReturn } from '../support/hardening/damagedReturns';
import { realCatalog } from '../support/catalog';
import { keptSampleReturn } from '../support/keptSampleReturn';
import { cli, fileLines } from '../support/cli';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-arrived-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** An AppleDouble file as macOS writes it beside `name` on a drive that is not a Mac's: magic, version, filler, entries. */
function appleDouble(): Buffer {
  const header = Buffer.alloc(26 + 12);
  header.writeUInt32BE(0x00051607, 0);
  header.writeUInt32BE(0x00020000, 4);
  header.write('Mac OS X        ', 8, 'latin1');
  header.writeUInt16BE(1, 24);
  header.writeUInt32BE(9, 26); // entry: Finder info
  header.writeUInt32BE(38, 30);
  header.writeUInt32BE(32, 34);
  return Buffer.concat([header, Buffer.alloc(32)]);
}


describe('a folder copied from a Mac, with what Windows and office suites leave beside the returns', () => {
  it('lists the returns only: no ._ companions, __MACOSX, Thumbs.db, desktop.ini or lock files; a workbook merely named ._ is still read', async () => {
    const folder = path.join(dir, '收到');
    const county = path.join(folder, '越城区 报表');
    fs.mkdirSync(path.join(folder, '__MACOSX', '越城区 报表'), { recursive: true });
    fs.mkdirSync(county);
    const bytes = await filledReturn();
    fs.writeFileSync(path.join(county, '越城区2025（定稿）.xlsx'), bytes);
    fs.writeFileSync(path.join(county, '._越城区2025（定稿）.xlsx'), appleDouble());
    fs.writeFileSync(path.join(folder, '__MACOSX', '越城区 报表', '._越城区2025（定稿）.xlsx'), appleDouble());
    fs.writeFileSync(path.join(folder, 'Thumbs.db'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));
    fs.writeFileSync(path.join(folder, 'desktop.ini'), '[.ShellClassInfo]\r\n');
    fs.writeFileSync(path.join(county, '.~lock.越城区2025（定稿）.xlsx#'), ',someone,host,05.12.2026 21:00,file:///home/someone/.config/libreoffice/4;');
    fs.writeFileSync(path.join(county, '~$越城区2025（定稿）.xlsx'), Buffer.from([0x0c, 0x00, 0x41, 0x64, 0x6d, 0x69, 0x6e]));
    const { stdout, status } = await cli(['check', folder], { cwd: dir });
    expect(fileLines(stdout)).toEqual([expect.stringMatching(/^✓ 接受 +收到\/越城区 报表\/越城区2025（定稿）\.xlsx /u)]);
    expect(status).toBe(0);

    // A reporting sheet saved as CSV and sent instead of the return (GBK, as Excel's plain CSV is on Chinese Windows; or
    // UTF-8 with a byte-order mark) is listed and refused as such; another CSV in the folder stays out (decision 0066).
    fs.writeFileSync(path.join(folder, '柯桥区.csv'), Buffer.from('d0f2bac52cd6b8b1eac3fbb3c62cb5a5cebb2c32303235c4ea0acab5bca82cd6b8b1ea49440a312cc8abc9e7bbe1522644beadb7d1d6a7b3f6d5bc474450b1c8d6d82c252c332e312c7975656368656e672d323032312d323032352e72642d6764702d73686172650a', 'hex'));
    fs.writeFileSync(path.join(folder, '上虞区.csv'), `\uFEFF序号,类别,指标名称,单位,"2025年\n实绩",指标ID\n`);
    fs.writeFileSync(path.join(folder, '通讯录.csv'), '姓名,电话\n张三,0575-1234567\n');
    const csv = await cli(['check', folder], { cwd: dir });
    expect(fileLines(csv.stdout)).toEqual([
      expect.stringMatching(/^✓ 接受 +收到\/越城区 报表\/越城区2025（定稿）\.xlsx /u),
      expect.stringMatching(/^! 无法读取 +收到\/柯桥区\.csv：这是 CSV 文本文件/u),
      '! 无法读取   收到/上虞区.csv：这是 CSV 文本文件（如从报表另存的 .csv），不是报表本身，未读取：CSV 只保存数字和文字，没有报表的其他工作表、公式和生成记录，无法校验。请提交系统生成、填好后以 .xlsx 格式保存的报表。',
    ]);
    for (const name of ['上虞区.csv', '柯桥区.csv', '通讯录.csv']) fs.rmSync(path.join(folder, name));

    // A real return a county named ._… is read as any other file is; a file of that name with other bytes is refused.
    fs.writeFileSync(path.join(county, '._另一份.xlsx'), bytes);
    fs.writeFileSync(path.join(county, '._坏的.xlsx'), 'not a workbook');
    const again = await cli(['check', folder], { cwd: dir });
    expect(fileLines(again.stdout)).toHaveLength(3);
    expect(fileLines(again.stdout).find((line) => line.includes('._另一份.xlsx'))).toMatch(/^✓ 接受/u);
    expect(fileLines(again.stdout).find((line) => line.includes('._坏的.xlsx'))).toMatch(/^! 无法读取/u);
  });
});

describe('the same return twice, and one county’s figures in another county’s form', () => {
  const plan = realCatalog().catalog.plans.find((p) => p.plan.id === 'zj-hightech-industry-2021-2025')!;
  const county = (name: string, code: string, seed: number) => keptSampleReturn({ region: { name, code }, plans: [plan], loaded: realCatalog(), reportingYear: 2025, seed, mistakes: [] });

  it('names a county’s return sent twice under two names, saying whether the year’s values differ', async () => {
    const folder = path.join(dir, '重复');
    fs.mkdirSync(folder);
    const own = await county('绍兴市越城区', '330602', 21);
    fs.writeFileSync(path.join(folder, '越城区.xlsx'), own);
    fs.writeFileSync(path.join(folder, '越城区(1).xlsx'), own);
    fs.writeFileSync(path.join(folder, '柯桥区.xlsx'), await county('绍兴市柯桥区', '330603', 22));
    const same = await cli(['check', folder], { cwd: dir });
    expect(same.stdout).toContain('· 重复/越城区.xlsx、重复/越城区(1).xlsx 都是绍兴市越城区2025年《浙江省高新技术产业发展“十四五”规划》的报表，本年实绩相同：重复报送。');
    expect(same.stdout).not.toContain('柯桥区.xlsx 都是');
    expect(same.status).toBe(0);

    fs.writeFileSync(path.join(folder, '越城区(1).xlsx'), await county('绍兴市越城区', '330602', 23));
    const json = path.join(dir, '重复.json');
    const report = path.join(dir, '重复汇总.xlsx');
    const differ = await cli(['check', folder, '--json', json, '--report', report], { cwd: dir });
    // The printed report carries the note under its table of files (it travels without the command's output).
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(report);
    const cells = workbook.worksheets[0]!.getSheetValues().flat().map((value) => String(value ?? ''));
    expect(cells.some((cell) => cell.startsWith('· 重复/越城区.xlsx、重复/越城区(1).xlsx 都是绍兴市越城区2025年'))).toBe(true);
    // Programs read the same note from the JSON.
    expect(JSON.parse(fs.readFileSync(json, 'utf8')).sameReturns).toEqual([{
      kind: 'same_region', files: ['重复/越城区.xlsx', '重复/越城区(1).xlsx'], region: '绍兴市越城区', year: 2025, plans: ['zj-hightech-industry-2021-2025'],
      differing: expect.any(Number), message: expect.stringMatching(/^· 重复\/越城区\.xlsx、/u),
    }]);
    expect(differ.stdout).toMatch(/· 重复\/越城区\.xlsx、重复\/越城区\(1\)\.xlsx 都是绍兴市越城区2025年《浙江省高新技术产业发展“十四五”规划》的报表，有 \d+ 个本年实绩不同：请与填报单位确认以哪份为准。/u);
  });

  it('names two counties whose year’s values are all the same (one copied the other’s figures into its own form)', async () => {
    const folder = path.join(dir, '照抄');
    fs.mkdirSync(folder);
    // The same seed fills the same values: 柯桥区's form holding 越城区's figures, as a county that copied them would send it.
    fs.writeFileSync(path.join(folder, '越城区.xlsx'), await county('绍兴市越城区', '330602', 21));
    fs.writeFileSync(path.join(folder, '柯桥区.xlsx'), await county('绍兴市柯桥区', '330603', 21));
    fs.writeFileSync(path.join(folder, '上虞区.xlsx'), await county('绍兴市上虞区', '330604', 24));
    const { stdout } = await cli(['check', folder], { cwd: dir });
    const notes = stdout.split('\n').filter((line) => line.startsWith('· '));
    expect(notes).toEqual([expect.stringMatching(/^· 照抄\/越城区\.xlsx（绍兴市越城区）与 照抄\/柯桥区\.xlsx（绍兴市柯桥区）的《浙江省高新技术产业发展“十四五”规划》2025年实绩完全相同（\d+ 个非零数值）：可能照抄了另一地区的报表/u)]);
  });

  it('consolidate counts neither of two counties with the very same values: both 待核实, out of the total, each naming the other', async () => {
    const folder = path.join(dir, '照抄');
    const out = path.join(dir, '照抄汇总.xlsx');
    const { stdout, status } = await cli(['consolidate', folder, '-o', out], { cwd: dir });
    expect(status).toBe(1);
    expect(stdout).toMatch(/绍兴市越城区有 \d+ 个数值与绍兴市柯桥区报送的完全相同，可能照抄，标为“待核实”，未计入合计。/u);
    expect(stdout).toMatch(/绍兴市柯桥区有 \d+ 个数值与绍兴市越城区报送的完全相同/u);
    expect(stdout).not.toContain('绍兴市上虞区有');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet('汇总')!;
    const rows = sheet.getSheetValues().filter(Array.isArray).map((row) => Array.from(row as unknown[], (v) => String(v ?? '')));
    const header = rows.find((row) => row.includes('序号'))!;
    const totalAt = header.findIndex((cell) => cell.startsWith('合计'));
    const shangyuAt = header.indexOf('绍兴市上虞区');
    // A summed row holds 上虞区's figure alone, and says which counties it leaves out.
    const summed = rows.find((row) => row[totalAt]?.includes('（不含 绍兴市越城区、绍兴市柯桥区：待核实）') === true)!;
    expect(summed[header.indexOf('绍兴市越城区')]).toMatch(/（待核实）$/u);
    expect(Number(summed[totalAt]!.replace(/（.*$/u, ''))).toBe(Number(summed[shangyuAt]));
    let note = '';
    sheet.eachRow((row) => row.eachCell((cell) => {
      const text = typeof cell.note === 'string' ? cell.note : (cell.note?.texts ?? []).map((run) => run.text).join('');
      if (note === '' && text.includes('照抄')) note = text;
    }));
    expect(note).toMatch(/与绍兴市(柯桥|越城)区（照抄\/(柯桥|越城)区\.xlsx）报送的数值完全相同，可能照抄了另一地区的报表/u);
  });
});

describe('annex over the same folder', () => {
  it('marks 待核实, not 是/否, the values two counties share in full, in both completion tables', async () => {
    const folder = path.join(dir, '照抄');
    const out = path.join(dir, '照抄附表.xlsx');
    const { stderr, status } = await cli(['annex', '--plan', 'zj-hightech-industry-2021-2025', '--returns', folder, '-o', out], { cwd: dir });
    expect(status).toBe(0);
    expect(stderr).toMatch(/照抄\/越城区\.xlsx：绍兴市越城区有 \d+ 个数值与绍兴市柯桥区报送的完全相同，可能照抄，完成情况表中标为“待核实”/u);
    expect(stderr).not.toContain('上虞区有');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const text = (name: string) => workbook.getWorksheet(name)!.getSheetValues().flat().map((value) => String(value ?? '')).join('');
    expect(text('完成情况-绍兴市越城区2025')).toContain('待核实');
    expect(text('完成情况-绍兴市柯桥区2025')).toContain('待核实');
    expect(text('完成情况-绍兴市上虞区2025')).not.toContain('待核实');
  });
});
