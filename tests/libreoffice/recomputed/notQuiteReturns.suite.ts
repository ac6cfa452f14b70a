/**
 * What arrives that is not quite a return (decision 0279): the form saved as CSV from the sheet it opens on, and a
 * return saved by a wrong Save As with a password to open (.xls, .ods, .xlsx) or as an Excel binary workbook. Each
 * is listed, refused with what the county must do, counted unreadable (exit 3) and never accepted. The files are
 * LibreOffice's own, saved in one soffice run (the .xlsb, which LibreOffice cannot write, is a stand-in package, and
 * so is the Windows shortcut, written here by MS-SHLLINK's layout: nothing on this machine makes one). A suite of
 * tests/libreoffice/recomputed.test.ts: its Save As jobs go through that file's one macro run (decision 0280).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { realCatalog } from '../../support/catalog';
import { keptSampleReturn } from '../../support/keptSampleReturn';
import { cli, fileLines } from '../../support/cli';
import { saveAsLater } from '../../support/libreoffice/openEditSave';

const loaded = realCatalog();
const plan = loaded.catalog.plans.find((p) => p.plan.id === 'zj-hightech-industry-2021-2025')!;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-not-quite-'));
const folder = path.join(dir, '收到');

/** An Excel binary workbook's package (the parts Excel writes for one sheet); its records are not needed to tell it. */
function xlsbPackage(): Uint8Array {
  const text = (value: string) => new TextEncoder().encode(value);
  return zipSync({
    '[Content_Types].xml': text('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/><Override PartName="/xl/worksheets/sheet1.bin" ContentType="application/vnd.ms-excel.worksheet"/></Types>'),
    '_rels/.rels': text('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>'),
    'xl/workbook.bin': new Uint8Array([0x83, 0x01, 0x00, 0x84, 0x01, 0x00]),
    'xl/_rels/workbook.bin.rels': text('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.bin"/></Relationships>'),
    'xl/worksheets/sheet1.bin': new Uint8Array([0x81, 0x01, 0x00, 0x82, 0x01, 0x00]),
  });
}

/**
 * A Windows shortcut to `target` as Explorer writes one (MS-SHLLINK): the header, then LinkInfo with a volume and the
 * local base path in the system's code page (GBK), and in UTF-16 unless `unicode` is false (an older shortcut).
 */
function shortcutTo(target: string, unicode = true): Buffer {
  const header = Buffer.alloc(0x4c);
  header.writeUInt32LE(0x4c, 0);
  Buffer.from('0114020000000000c000000000000046', 'hex').copy(header, 4);
  header.writeUInt32LE(0x02 | (unicode ? 0x80 : 0), 0x14); // HasLinkInfo, IsUnicode
  header.writeUInt32LE(0x20, 0x18); // FILE_ATTRIBUTE_ARCHIVE
  header.writeUInt32LE(1, 0x3c); // SW_SHOWNORMAL
  const volume = Buffer.alloc(0x11);
  volume.writeUInt32LE(volume.length, 0);
  volume.writeUInt32LE(3, 4); // DRIVE_FIXED
  volume.writeUInt32LE(0x10, 12);
  const headerSize = unicode ? 0x24 : 0x1c;
  const ansiAt = headerSize + volume.length;
  const ansi = Buffer.concat([gbk(target), Buffer.from([0])]);
  const suffixAt = ansiAt + ansi.length;
  const parts = [Buffer.alloc(headerSize), volume, ansi, Buffer.from([0])];
  let wideAt = 0;
  if (unicode) {
    const end = suffixAt + 1;
    wideAt = end + (end % 2);
    parts.push(Buffer.alloc(wideAt - end), Buffer.from(`${target}\0`, 'utf16le'), Buffer.from('\0', 'utf16le'));
  }
  const info = Buffer.concat(parts);
  info.writeUInt32LE(info.length, 0);
  info.writeUInt32LE(headerSize, 4);
  info.writeUInt32LE(1, 8); // VolumeIDAndLocalBasePath
  info.writeUInt32LE(headerSize, 12);
  info.writeUInt32LE(ansiAt, 16);
  info.writeUInt32LE(suffixAt, 24);
  if (unicode) {
    info.writeUInt32LE(wideAt, 28);
    info.writeUInt32LE(wideAt + Buffer.byteLength(`${target}\0`, 'utf16le'), 32);
  }
  return Buffer.concat([header, info, Buffer.alloc(4)]);
}

/** `text` in GBK, as Chinese Windows' code page stores a shortcut's path (the characters this test uses). */
function gbk(text: string): Buffer {
  const table: Record<string, string> = { 报: 'b1a8', 表: 'b1ed', 柯: 'bfc2', 桥: 'c7c5', 区: 'c7f8' };
  return Buffer.concat([...text].map((char) => (table[char] === undefined ? Buffer.from(char, 'latin1') : Buffer.from(table[char], 'hex'))));
}

beforeAll(async () => {
  fs.mkdirSync(folder);
  const clean = path.join(dir, '越城区.xlsx');
  fs.writeFileSync(clean, await keptSampleReturn({ region: { name: '绍兴市越城区', code: '330602' }, plans: [plan], loaded, reportingYear: 2025, seed: 3, mistakes: [] }));
  fs.copyFileSync(clean, path.join(folder, '越城区.xlsx'));
  // A return with a finding, checked with --annotate: its annotated copy is what a reviewer mails back to the county.
  const slipped = path.join(dir, '批注', '新昌县.xlsx');
  fs.mkdirSync(path.dirname(slipped));
  fs.writeFileSync(slipped, await keptSampleReturn({ region: { name: '绍兴市新昌县', code: '330624' }, plans: [plan], loaded, reportingYear: 2025, seed: 5, mistakes: ['unit_slip'] }));
  await cli(['check', slipped, '--annotate'], { cwd: dir });
  // A CSV holds the sheet shown when it was saved; a return opens on its cover (填报说明), so that is what
  // LibreOffice's CSV filter and Excel's Save As CSV write when the county saves it straight away.
  saveAsLater([
    { input: clean, output: path.join(folder, '柯桥区.csv'), filter: 'Text - txt - csv (StarCalc)', options: '44,34,76' },
    { input: clean, output: path.join(folder, '上虞区.xls'), filter: 'MS Excel 97', password: '1234' },
    { input: clean, output: path.join(folder, '新昌县.ods'), filter: 'calc8', password: '1234' },
    { input: clean, output: path.join(folder, '诸暨市.xlsx'), filter: 'Calc MS Excel 2007 XML', password: '1234' },
    { input: clean, output: path.join(dir, '未加密', '嵊州市.xls'), filter: 'MS Excel 97' },
    // The county opens the annotated copy, corrects it and saves it again in LibreOffice.
    { input: path.join(dir, '批注', '新昌县.批注.xlsx'), output: path.join(dir, '寄回', '新昌县（已改）.xlsx'), filter: 'Calc MS Excel 2007 XML' },
  ], () => fs.copyFileSync(path.join(dir, '未加密', '嵊州市.xls'), path.join(folder, '嵊州市.xls')));
  fs.writeFileSync(path.join(folder, '定海区.xlsb'), xlsbPackage());
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('what arrives that is not quite a return, saved by LibreOffice', () => {
  describe('check over a folder of what arrived', () => {
    it('lists each file once, refused with what the county must do: the password named where there is one', async () => {
      const { stdout, status } = await cli(['check', folder], { cwd: dir });
      const lines = fileLines(stdout);
      const line = (name: string) => lines.find((each) => each.includes(`收到/${name}`));
      expect(lines).toHaveLength(7);
      expect(line('越城区.xlsx')).toMatch(/^✓ 接受/u);
      // The cover saved as CSV: before, left out without a word, as if the county had sent nothing.
      expect(line('柯桥区.csv')).toMatch(/^! 无法读取 +收到\/柯桥区\.csv：这是 CSV 文本文件/u);
      // An .xls with a password to open: "save it as .xlsx" alone gives an .xlsx with the same password.
      expect(line('上虞区.xls')).toMatch(/^! 无法读取 +收到\/上虞区\.xls：这是设置了打开密码的旧版 Excel 97-2003 工作簿（\.xls）.*先去掉密码.*另存为” \.xlsx/u);
      expect(line('嵊州市.xls')).toMatch(/^! 无法读取 +收到\/嵊州市\.xls：这是旧版 Excel 97-2003 工作簿（\.xls），无法读取。请在 Excel 或 WPS 中“另存为” \.xlsx/u);
      expect(line('新昌县.ods')).toMatch(/^! 无法读取 +收到\/新昌县\.ods：这是设置了打开密码的 OpenDocument 表格.*取消“使用密码保存”/u);
      expect(line('诸暨市.xlsx')).toMatch(/^! 无法读取 +收到\/诸暨市\.xlsx：这个工作簿设置了打开密码/u);
      expect(line('定海区.xlsb')).toMatch(/^! 无法读取 +收到\/定海区\.xlsb：这是 Excel 二进制工作簿（\.xlsb）.*另存为” Excel 工作簿（\.xlsx）/u);
      expect(stdout).toContain('共 7 个文件：接受 1，说明后接受 0，退回 0，无法读取 6。');
      expect(status).toBe(3);
    });

    it('says the same in English, and the JSON gives each refused file its code', async () => {
      const json = path.join(dir, 'r.json');
      const { stdout, status } = await cli(['check', folder, '--lang', 'en-US', '--json', json], { cwd: dir });
      const lines = fileLines(stdout);
      expect(lines.find((line) => line.includes('柯桥区.csv'))).toMatch(/^! unreadable +收到\/柯桥区\.csv: This is a CSV text file/u);
      expect(lines.find((line) => line.includes('上虞区.xls'))).toMatch(/with a password to open.*remove the password first/u);
      expect(lines.find((line) => line.includes('新昌县.ods'))).toMatch(/with a password to open.*“Save with password” cleared/u);
      expect(lines.find((line) => line.includes('定海区.xlsb'))).toMatch(/an Excel binary workbook \(\.xlsb\)/u);
      expect(status).toBe(3);
      const files = (JSON.parse(fs.readFileSync(json, 'utf8')) as { files: Array<{ file: string; status: string; problem?: { code: string } }> }).files;
      const codes = Object.fromEntries(files.map((file) => [path.basename(file.file), [file.status, file.problem?.code]]));
      expect(codes).toEqual({
        '越城区.xlsx': ['accepted', undefined],
        '柯桥区.csv': ['unreadable', 'file.csv'],
        '上虞区.xls': ['unreadable', 'file.encrypted'],
        '嵊州市.xls': ['unreadable', 'file.encrypted'],
        '新昌县.ods': ['unreadable', 'file.encrypted'],
        '诸暨市.xlsx': ['unreadable', 'file.encrypted'],
        '定海区.xlsb': ['unreadable', 'file.not_xlsx'],
      });
    });
  });

  describe('a Windows shortcut put in the folder instead of the return', () => {
    it('is listed and refused, naming where it points on the county’s computer; other shortcuts and files so named are not taken for one', async () => {
      const folder2 = path.join(dir, '共享');
      fs.mkdirSync(folder2);
      fs.writeFileSync(path.join(folder2, '柯桥区.xlsx - 快捷方式.lnk'), shortcutTo('D:\\报表\\柯桥区.xlsx'));
      fs.writeFileSync(path.join(folder2, '桌面.lnk'), shortcutTo('C:\\Users\\Public\\Desktop'));
      fs.writeFileSync(path.join(folder2, '上虞区.xlsx - 快捷方式.lnk'), 'not a shortcut');
      const { stdout, status } = await cli(['check', folder2], { cwd: dir });
      expect(fileLines(stdout)).toEqual([
        '! 无法读取   共享/柯桥区.xlsx - 快捷方式.lnk：这是 Windows 快捷方式，不是报表文件：它指向报送单位电脑上的 D:\\报表\\柯桥区.xlsx，报表本身不在这里，未读取。请报送单位发送报表文件本身（.xlsx）。',
      ]);
      expect(status).toBe(3);
      // Its path kept only in the code page (an older shortcut, without LinkInfo's Unicode part) reads the same.
      fs.writeFileSync(path.join(folder2, '柯桥区.xlsx - 快捷方式.lnk'), shortcutTo('D:\\报表\\柯桥区.xlsx', false));
      const english = await cli(['check', path.join(folder2, '柯桥区.xlsx - 快捷方式.lnk'), '--lang', 'en-US'], { cwd: dir });
      expect(fileLines(english.stdout)[0]).toMatch(/This is a Windows shortcut, not a return: it points to D:\\报表\\柯桥区\.xlsx on the sender’s computer/u);
    });
  });

  describe('an annotated copy sent back as the return', () => {
    it('is refused as the copy it is (check and consolidate), not rejected for its formulas turned into values', async () => {
      const back = path.join(dir, '寄回');
      fs.copyFileSync(path.join(dir, '批注', '新昌县.批注.xlsx'), path.join(back, '新昌县-按批注修改.xlsx'));
      const { stdout, status } = await cli(['check', back], { cwd: dir });
      const refused = '这是审核时生成的批注副本（公式已换成数值，单元格按审核结果着色），不是报表，未校验。请在原报表上按批注修改后重新提交。';
      expect(fileLines(stdout)).toEqual([`! 无法读取   寄回/新昌县-按批注修改.xlsx：${refused}`, `! 无法读取   寄回/新昌县（已改）.xlsx：${refused}`]);
      expect(status).toBe(3);
      const consolidated = await cli(['consolidate', back, path.join(folder, '越城区.xlsx'), '-o', path.join(dir, '寄回汇总.xlsx')], { cwd: dir });
      expect(`${consolidated.stdout}${consolidated.stderr}`).toContain(`寄回/新昌县（已改）.xlsx：${refused}`);
    });
  });

  describe('a return still being copied into the folder', () => {
    it('is said to be incomplete (try again later), not a file of another kind', async () => {
      const copying = path.join(dir, '复制中');
      fs.mkdirSync(copying);
      // A copy under way on a Windows share: the file's size set first, the bytes filled in as they come.
      const size = fs.statSync(path.join(dir, '越城区.xlsx')).size;
      fs.writeFileSync(path.join(copying, '越城区.xlsx'), Buffer.alloc(size));
      const { stdout, status } = await cli(['check', copying], { cwd: dir });
      expect(fileLines(stdout)).toEqual(['! 无法读取   复制中/越城区.xlsx：这个文件开头全是空字节（0），报表内容还没有写入：可能仍在复制或下载中，或复制时中断。请稍后再校验；仍是这样的，请报送单位重新发送。']);
      expect(status).toBe(3);
    });
  });

  describe('a county’s figures in a neighbour’s form, the file named for the county', () => {
    it('names the file whose name (or folder) says another county of the city than its form, and no other', async () => {
      const named = path.join(dir, '各地');
      fs.mkdirSync(path.join(named, '柯桥区'), { recursive: true });
      const yuecheng = fs.readFileSync(path.join(dir, '越城区.xlsx'));
      fs.writeFileSync(path.join(named, '柯桥2025年报表（定稿）.xlsx'), yuecheng);
      fs.writeFileSync(path.join(named, '柯桥区', '报表.xlsx'), yuecheng);
      fs.writeFileSync(path.join(named, '柯桥区', '越城区-代填.xlsx'), yuecheng);
      fs.writeFileSync(path.join(named, '越城区.xlsx'), yuecheng);
      fs.writeFileSync(path.join(named, '2025年报表.xlsx'), yuecheng);
      const json = path.join(dir, 'named.json');
      const { stdout, status } = await cli(['check', named, '--json', json], { cwd: dir });
      const notes = stdout.split('\n').filter((line) => line.includes('的名称写的是'));
      expect(notes).toEqual([
        '· 各地/柯桥2025年报表（定稿）.xlsx 的名称写的是绍兴市柯桥区，其中却是绍兴市越城区的报表：请向报送单位核实是否用了其他地区的报表（各地须填本地区的报表）。汇总时按表中地区计入绍兴市越城区。',
        '· 各地/柯桥区/报表.xlsx 的名称写的是绍兴市柯桥区，其中却是绍兴市越城区的报表：请向报送单位核实是否用了其他地区的报表（各地须填本地区的报表）。汇总时按表中地区计入绍兴市越城区。',
      ]);
      // The returns' verdicts are their own checks': each is a clean return of 越城区.
      expect(fileLines(stdout).every((line) => line.startsWith('✓ 接受'))).toBe(true);
      expect(status).toBe(0);
      const sameReturns = (JSON.parse(fs.readFileSync(json, 'utf8')) as { sameReturns: Array<{ kind: string; file?: string; named?: string[] }> }).sameReturns;
      expect(sameReturns.filter((note) => note.kind === 'named_other').map(({ file, named: regions }) => [file, regions])).toEqual([
        ['各地/柯桥2025年报表（定稿）.xlsx', ['绍兴市柯桥区']],
        ['各地/柯桥区/报表.xlsx', ['绍兴市柯桥区']],
      ]);
      const english = await cli(['check', named, '--lang', 'en-US'], { cwd: dir });
      expect(english.stdout).toContain('· 各地/柯桥区/报表.xlsx is named for 绍兴市柯桥区 but holds the return of 绍兴市越城区:');
    });

    it('consolidate says it beside 柯桥区 not having reported, and ends with notes (exit 1)', async () => {
      const alone = path.join(dir, '只有柯桥');
      fs.mkdirSync(alone);
      fs.copyFileSync(path.join(dir, '越城区.xlsx'), path.join(alone, '柯桥2025年报表（定稿）.xlsx'));
      const { stdout, status } = await cli(['consolidate', alone, '-o', path.join(dir, '汇总.xlsx')], { cwd: dir });
      expect(stdout).toContain('· 绍兴市柯桥区（330603）没有报送报表，汇总中不含该地区。');
      expect(stdout).toContain('· 只有柯桥/柯桥2025年报表（定稿）.xlsx 的名称写的是绍兴市柯桥区，其中却是绍兴市越城区的报表：请向报送单位核实是否用了其他地区的报表（各地须填本地区的报表）。汇总时按表中地区计入绍兴市越城区。');
      expect(status).toBe(1);
    });
  });
});
