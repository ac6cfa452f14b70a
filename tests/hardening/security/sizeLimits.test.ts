/**
 * Files over the reader's limits, checked as a reviewer checks a folder: each is refused with one line naming
 * the file and what is wrong with it, in Chinese, and the batch goes on to the next file. The limits themselves
 * and the guard's detail are tests/hardening/badInput.test.ts's; this is what the person at the command line sees.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cli, fileLines } from '../../support/cli';
import { partText, withParts } from '../../support/xlsx/zipFixtures';
import { filledReturn } from '../../support/hardening/damagedReturns';

const MB = 1024 * 1024;
const SHEET = 'xl/worksheets/sheet2.xml';

/** A file of `size` bytes that takes no room: its length is set, nothing is written. */
function sparseFile(file: string, size: number): void {
  fs.writeFileSync(file, Buffer.from('PK\u0003\u0004'));
  fs.truncateSync(file, size);
}

let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'size-limits-'));
  const good = await filledReturn(false);
  const sheetXml = await partText(good, SHEET);
  fs.writeFileSync(path.join(dir, 'a-越城区.xlsx'), good);
  sparseFile(path.join(dir, 'b-附图片.xlsx'), 60 * MB);
  // Larger than Node can read into one Buffer: refused from its size, never read.
  sparseFile(path.join(dir, 'c-备份.xlsx'), 3 * 1024 * MB);
  fs.writeFileSync(path.join(dir, 'd-压缩包.xlsx'), await withParts(good, {}, { [SHEET]: 300 * MB }));
  fs.writeFileSync(path.join(dir, 'e-百万行.xlsx'), await withParts(good, { [SHEET]: sheetXml.replace(/<dimension ref="[^"]*"\/>/u, '<dimension ref="A1:S1000000"/>') }));
  fs.writeFileSync(path.join(dir, 'f-越城区副本.xlsx'), good);
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('plan-indicators check over a folder with files past the limits', () => {
  it('one line per file naming it and the problem; the good files are still checked; exit 3', async () => {
    const result = await cli(['check', dir], { cwd: dir });
    const lines = fileLines(result.stdout).filter((line) => line.includes('.xlsx'));
    // f is a copy of a: said under the summary (decision 0268).
    expect(result.stdout).toContain('· a-越城区.xlsx、f-越城区副本.xlsx 都是绍兴市越城区2025年');
    // The returns read in the GB/T 2260 order of their regions (both 越城区: in the folder's order), the unreadable
    // files after them by name (decision 0245).
    expect(lines).toEqual([
      expect.stringMatching(/^✓ 接受\s+a-越城区\.xlsx {2}错误 0，警告 0/u),
      expect.stringMatching(/^✓ 接受\s+f-越城区副本\.xlsx/u),
      expect.stringMatching(/^! 无法读取\s+b-附图片\.xlsx：文件大小为 60 MB，超过允许的 50 MB，未读取。/u),
      expect.stringMatching(/^! 无法读取\s+c-备份\.xlsx：文件大小为 3072 MB，超过允许的 50 MB，未读取。/u),
      expect.stringMatching(/^! 无法读取\s+d-压缩包\.xlsx：这个文件解压后超过 200 MB，远大于一张报表，为安全起见未读取。/u),
      expect.stringMatching(/^! 无法读取\s+e-百万行\.xlsx：工作表“指标填报”的范围超过允许的 100000 行（达到第 1000000 行），/u),
    ]);
    expect(result.stdout).toContain('共 6 个文件：接受 2，说明后接受 0，退回 0，无法读取 4。');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(3);
  });

  it('the same in English with --lang en-US', async () => {
    const result = await cli(['check', path.join(dir, 'c-备份.xlsx'), '--lang', 'en-US'], { cwd: dir });
    expect(result.stdout).toMatch(/^! unreadable\s+c-备份\.xlsx: The file is 3072 MB, over the 50 MB allowed, and was not read\./mu);
    expect(result.status).toBe(3);
  });

  it('consolidating the folder names the refused files and goes on with the others', async () => {
    const result = await cli(['consolidate', dir, '--plan', 'yuecheng-2021-2025', '--year', '2025', '-o', path.join(dir, 'out', '汇总.xlsx')], { cwd: dir });
    expect(result.stderr).toContain('! c-备份.xlsx：文件大小为 3072 MB，超过允许的 50 MB，未读取。');
    expect(result.stderr).toContain('! b-附图片.xlsx：文件大小为 60 MB');
    expect(fs.existsSync(path.join(dir, 'out', '汇总.xlsx'))).toBe(true);
  });
});
