/**
 * A reviewer's tools and the files they are handed (issue 11, item 7), against real files in a temporary folder:
 * inputs named without .xlsx, symbolic links named like outputs, a named pipe and a link to /dev/zero among the
 * returns, reports and JSON named like inputs, outputs that cannot be written. Every input's hash is compared before
 * and after. A folder CI cannot make read-only for root (CI runs as root, whom permissions do not stop) is stood in
 * for by an injected file system whose writes fail there (io.outputFs), and by a report path under a regular file,
 * which fails for root too.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main';
import type { CommandIo } from '../../src/cli/io';
import type { OutputFs } from '../../src/cli/safeWrite';
import { edit, filledReturn, formsOf, type Form } from '../support/hardening/damagedReturns';
import { fileLines } from '../support/cli';
import { convertAll } from '../support/soffice';
import { placeOf, sheetNamesOf, writtenLinks } from '../support/xlsx/cellLinks';

const hash = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

let dir: string;
let damaged: Uint8Array;
let clean: Uint8Array;

beforeAll(async () => {
  clean = await filledReturn(false);
  const form = formsOf(false)[0] as Form;
  damaged = await edit(clean, (sheet) => {
    sheet.getCell(form.at('yuecheng-2021-2025.rd-gdp-share', form.map.columns.targets[2025] ?? -1)).value = '2.0';
  }, form.name);
});

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trust-files-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(args: string[], outputFs?: OutputFs): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CommandIo = {
    stdout: (text) => { stdout += text; }, stderr: (text) => { stderr += text; }, readStdin: async () => '', isTty: false, cwd: dir,
    ...(outputFs === undefined ? {} : { outputFs }),
  };
  const status = await main(args, io);
  return { status, stdout, stderr };
}

const put = (name: string, bytes: Uint8Array = damaged) => {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes);
  return file;
};

/** node:fs, except that every write under `readOnly` (a file opened, or a name given by a link or rename) fails as on a read-only share. */
function failingUnder(readOnly: string): OutputFs {
  const refuse = (file: unknown) => {
    if (String(file).startsWith(readOnly)) throw Object.assign(new Error(`EROFS: read-only file system, open '${String(file)}'`), { code: 'EROFS' });
  };
  return {
    ...fs,
    openSync: ((file: fs.PathLike, ...rest: unknown[]) => {
      refuse(file);
      return (fs.openSync as (...args: unknown[]) => number)(file, ...rest);
    }) as typeof fs.openSync,
    linkSync: (existing: fs.PathLike, name: fs.PathLike) => {
      refuse(name);
      fs.linkSync(existing, name);
    },
    renameSync: (old: fs.PathLike, name: fs.PathLike) => {
      refuse(name);
      fs.renameSync(old, name);
    },
    mkdirSync: fs.mkdirSync, lstatSync: fs.lstatSync, realpathSync: fs.realpathSync,
  };
}

describe('annotated copies are named from the input and never written over an input', () => {
  it.each(['x.xlsm', 'return', 'x.xlsx.bak', 'X.XLS', 'x.xlsx'])('check %s --annotate writes beside it, the input unchanged', async (name) => {
    const input = put(name);
    const before = hash(input);
    const { status, stdout } = await run(['check', name, '--annotate']);
    expect(status).toBe(2);
    expect(fileLines(stdout)).toHaveLength(1);
    expect(hash(input)).toBe(before);
    const expected = `${name.replace(/\.xls[xm]?$/iu, '')}.批注.xlsx`;
    expect(fs.readdirSync(dir).sort()).toEqual([name, expected].sort());
  });

  it('an annotated copy that would land on another input is not written (one line, exit 4, the input unchanged)', async () => {
    const first = put('a.xlsm');
    const second = put('a.批注.xlsx');
    const hashes = [hash(first), hash(second)];
    const { status, stdout } = await run(['check', 'a.xlsm', 'a.批注.xlsx', '--annotate', '--force']);
    expect(status).toBe(4);
    expect(fileLines(stdout)[0]).toMatch(/批注副本未写出：a\.批注\.xlsx 是输入文件之一/u);
    expect([hash(first), hash(second)]).toEqual(hashes);
  });

  it('a symlink named like the annotated copy is not written through, even with --force', async () => {
    put('r.xlsx');
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'trust-outside-'));
    const victim = path.join(outside, 'victim.txt');
    fs.writeFileSync(victim, 'evidence');
    fs.symlinkSync(victim, path.join(dir, 'r.批注.xlsx'));
    const { status, stdout } = await run(['check', 'r.xlsx', '--annotate', '--force']);
    expect(status).toBe(4);
    expect(stdout).toMatch(/r\.批注\.xlsx 是符号链接/u);
    expect(fs.readFileSync(victim, 'utf8')).toBe('evidence');
    fs.rmSync(outside, { recursive: true, force: true });
  });

  it('an existing annotated copy is replaced only with --force', async () => {
    put('r.xlsx');
    fs.writeFileSync(path.join(dir, 'r.批注.xlsx'), 'old');
    const refused = await run(['check', 'r.xlsx', '--annotate']);
    expect(refused.status).toBe(4);
    expect(refused.stdout).toMatch(/r\.批注\.xlsx 已存在，未覆盖。确需替换请加 --force。/u);
    expect(fs.readFileSync(path.join(dir, 'r.批注.xlsx'), 'utf8')).toBe('old');
    const forced = await run(['check', 'r.xlsx', '--annotate', '--force']);
    expect(forced.status).toBe(2);
    expect(fs.readFileSync(path.join(dir, 'r.批注.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });
});

describe('--report and --json equal to an input are refused before anything is read', () => {
  it.each([['--report'], ['--json']])('%s', async (option) => {
    const input = put('r.xlsx');
    fs.symlinkSync(input, path.join(dir, 'link.xlsx'));
    const before = hash(input);
    for (const target of ['r.xlsx', 'link.xlsx']) {
      const { status, stdout, stderr } = await run(['check', 'r.xlsx', option, target]);
      expect(status).toBe(64);
      expect(stderr).toMatch(/是输入文件之一/u);
      expect(fileLines(stdout)).toEqual([]);
    }
    expect(hash(input)).toBe(before);
  });

  it('consolidate -o and annex -o equal to an input are refused too', async () => {
    const input = put('r.xlsx', clean);
    const before = hash(input);
    expect((await run(['consolidate', 'r.xlsx', '-o', 'r.xlsx'])).status).toBe(64);
    expect((await run(['annex', '--plan', 'yuecheng-2021-2025', '--returns', 'r.xlsx', '-o', 'r.xlsx'])).status).toBe(64);
    expect(hash(input)).toBe(before);
  });
});

describe('returns on a read-only share', () => {
  it('says where else the annotated copies can go, and --annotate-to puts them there, the share untouched', async () => {
    const share = path.join(dir, '共享', '2025年报表');
    const returns = [put('共享/2025年报表/越城区.xlsx'), put('共享/2025年报表/子文件夹/柯桥区.xlsx')];
    const before = returns.map(hash);
    const readOnly = failingUnder(path.join(dir, '共享'));
    const beside = await run(['check', share, '--annotate'], readOnly);
    expect(beside.status).toBe(4);
    expect(fileLines(beside.stdout).every((line) => line.includes('批注副本未写出：无法写入'))).toBe(true);
    expect(beside.stdout).toContain('· 有批注副本未写出。原文件所在位置不可写（如只读共享文件夹）时，可用 --annotate-to <文件夹> 把批注副本写到别处。');

    const elsewhere = await run(['check', share, '--annotate-to', '批注'], readOnly);
    expect(elsewhere.status).toBe(2);
    expect(elsewhere.stdout).not.toContain('未写出');
    expect(fs.readdirSync(path.join(dir, '批注')).sort()).toEqual(['柯桥区.批注.xlsx', '越城区.批注.xlsx']);
    expect(returns.map(hash)).toEqual(before);
    expect(fs.readdirSync(share).sort()).toEqual(['子文件夹', '越城区.xlsx']);
    // A file given as the folder is a mistake of the command line, said before anything is read.
    fs.writeFileSync(path.join(dir, '批注.txt'), '');
    expect((await run(['check', share, '--annotate-to', '批注.txt'], readOnly)).status).toBe(64);
  });
});

describe('only regular files are read', () => {
  it('a folder with a FIFO, a link to /dev/zero, a socket and a read-only output location: one line per file, the batch finishes', async () => {
    put('a.xlsx');
    put('b.xlsx', clean);
    execFileSync('mkfifo', [path.join(dir, 'pipe.xlsx')]);
    fs.symlinkSync('/dev/zero', path.join(dir, 'zero.xlsx'));
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(path.join(dir, 'socket.xlsx'), resolve));
    const hashes = [hash(path.join(dir, 'a.xlsx')), hash(path.join(dir, 'b.xlsx'))];
    try {
      const { status, stdout } = await run(['check', '.', '--annotate', '--report', 'out/report.xlsx', '--json', 'out/result.json'], failingUnder(dir + path.sep + 'a.'));
      const lines = fileLines(stdout);
      expect(lines).toHaveLength(5);
      expect(lines.find((line) => line.includes('a.xlsx'))).toMatch(/^✗ .*批注副本未写出：无法写入 a\.批注\.xlsx：该位置是只读的/u);
      expect(stdout).not.toMatch(/E[A-Z]{3,}/u);
      expect(lines.find((line) => line.includes('b.xlsx'))).toMatch(/^✓ /u);
      // What each is, in the reader's words (not Node's 'FIFO' or 'directory').
      for (const [name, kind] of [['pipe.xlsx', '命名管道'], ['zero.xlsx', '设备'], ['socket.xlsx', '套接字']]) {
        expect(lines.find((line) => line.includes(name ?? ''))).toMatch(new RegExp(`^! 无法读取 .*这不是普通文件（是${kind}）`, 'u'));
      }
      expect(status).toBe(4);
      expect(fs.existsSync(path.join(dir, 'out', 'report.xlsx'))).toBe(true);
      expect(JSON.parse(fs.readFileSync(path.join(dir, 'out', 'result.json'), 'utf8')).exitStatus).toBe(4);
      expect([hash(path.join(dir, 'a.xlsx')), hash(path.join(dir, 'b.xlsx'))]).toEqual(hashes);
    } finally {
      server.close();
    }
  });

  it('a report that cannot be written is one line (exit 4); the JSON is still written', async () => {
    put('b.xlsx', clean);
    fs.writeFileSync(path.join(dir, 'plain.txt'), '');
    const { status, stdout } = await run(['check', 'b.xlsx', '--report', 'plain.txt/report.xlsx', '--json', 'result.json']);
    expect(status).toBe(4);
    // The system's reason in words (it says EEXIST or ENOTDIR, as the case may be), never its code.
    expect(stdout).toMatch(/^! 无法写入 plain\.txt\/report\.xlsx：路径中有一段是文件而不是文件夹/mu);
    expect(stdout).not.toMatch(/E[A-Z]{3,}/u);
    expect(fs.existsSync(path.join(dir, 'result.json'))).toBe(true);
  });
});

describe('reports are marked, and a later run skips them', () => {
  it('a report written into the returns folder is skipped the next time, not read as an unreadable return', async () => {
    put('b.xlsx', clean);
    expect((await run(['check', '.', '--report', '校验汇总.xlsx'])).status).toBe(0);
    const again = await run(['check', '.', '--json', 'result.json']);
    expect(again.status).toBe(0);
    expect(fileLines(again.stdout).find((line) => line.includes('校验汇总.xlsx'))).toMatch(/^– 跳过 .*本工具写出的/u);
    // Written again under its own name: the old report is replaced (with --force), not refused as an input.
    const replaced = await run(['check', '.', '--report', '校验汇总.xlsx', '--force']);
    expect([replaced.status, fileLines(replaced.stdout).length]).toEqual([0, 1]);
  });
});

describe('links in reports are relative file links', () => {
  it('a back-slashed file name is shown, never linked as \\\\host\\share or file://', async () => {
    put('\\\\server\\share\\x.xlsx');
    put('ok.xlsx');
    const { status } = await run(['check', '.', '--report', 'report.xlsx']);
    expect(status).toBe(2);
    const targets = writtenLinks(fs.readFileSync(path.join(dir, 'report.xlsx'))).map((link) => link.uri ?? '');
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.some((target) => target === 'ok.xlsx')).toBe(true);
    for (const target of targets) expect(target).not.toMatch(/^(?:[\\/]{2}|file:|[a-z]:|\/)|\\/iu);
  });

  it('every link opens its return at the finding\'s cell, as Excel and LibreOffice read it: returns of one name in two folders, names with #, % and spaces, a sheet renamed with a quote, Chinese and a leading digit', async () => {
    const form = formsOf(false)[0] as Form;
    const renamed = await edit(damaged, (sheet) => { sheet.name = "2025 It's 越城（改）"; }, form.name);
    const files = ['甲/越城区.xlsx', '乙/越城区.xlsx', 'c d/yc #1 100%.xlsx', '-改名.xlsx'];
    files.forEach((file, i) => put(file, i === 3 ? renamed : damaged));
    const { status } = await run(['check', '.', '--report', 'report.xlsx', '--json', 'r.json']);
    expect(status).toBe(2);
    const result = JSON.parse(fs.readFileSync(path.join(dir, 'r.json'), 'utf8')) as { files: Array<{ file: string; sheets: Array<{ findings: Array<{ sheet: string; address: string | null }> }> }> };
    // Every finding placed on a cell, as file, sheet and cell; the links of the report, resolved the way Excel does.
    const expected = new Set(result.files.flatMap((file) => file.sheets.flatMap((sheet) => sheet.findings
      .filter((finding) => finding.address !== null && /^[A-Z]+\d+$/u.test(finding.address))
      .map((finding) => JSON.stringify([file.file, finding.sheet, finding.address])))));
    expect(expected.size).toBeGreaterThanOrEqual(files.length);
    expect([...expected].some((key) => key.includes("2025 It's 越城（改）"))).toBe(true);
    const report = fs.readFileSync(path.join(dir, 'report.xlsx'));
    const links = writtenLinks(report).filter((link) => link.file !== null);
    const linked = new Set<string>();
    for (const link of links) {
      const place = placeOf(link.location ?? '');
      if (place === null || link.file === null) throw new Error(`a link without a cell: ${JSON.stringify(link)}`);
      expect(files).toContain(link.file);
      expect(sheetNamesOf(fs.readFileSync(path.join(dir, link.file)))).toContain(place.sheet);
      linked.add(JSON.stringify([link.file, place.sheet, place.cell]));
    }
    for (const key of expected) expect(linked).toContain(key);
    // LibreOffice reads each link as one file and one place in it (it joined ExcelJS's doubled string into a place of no cell).
    const [fods] = convertAll([path.join(dir, 'report.xlsx')], 'fods', dir, dir);
    const hrefs = [...fs.readFileSync(fods ?? '', 'utf8').matchAll(/xlink:href="([^"]*)"/gu)].map((match) => (match[1] ?? '').replace(/&apos;/gu, "'").replace(/&quot;/gu, '"').replace(/&amp;/gu, '&'));
    expect(hrefs).toHaveLength(links.length);
    for (const href of hrefs) {
      const [file, place, ...rest] = href.split('#');
      expect(rest).toEqual([]);
      expect(files).toContain(decodeURIComponent(file ?? '').replace(/^\.\//u, ''));
      expect(placeOf(decodeURIComponent(place ?? ''))).not.toBeNull();
    }
  });
});

describe('one run never replaces what it wrote itself', () => {
  it('r.xlsx and r.xlsm both annotated, even with --force: the second copy is not written over the first (one line, exit 4)', async () => {
    put('r.xlsx');
    const second = put('r.xlsm');
    const before = hash(second);
    const { status, stdout } = await run(['check', 'r.xlsx', 'r.xlsm', '--annotate', '--force']);
    expect(status).toBe(4);
    const lines = fileLines(stdout);
    expect(lines).toHaveLength(2);
    expect(lines[0]).not.toMatch(/未写出/u);
    expect(lines[1]).toMatch(/批注副本未写出：r\.批注\.xlsx 也是输入文件 r\.xlsx 的批注副本名/u);
    expect(fs.readdirSync(dir).sort()).toEqual(['r.xlsm', 'r.xlsx', 'r.批注.xlsx']);
    expect(hash(second)).toBe(before);
  });

  it.each([['--report'], ['--json']])('%s named like the annotated copy of the same run is refused before anything is read', async (option) => {
    put('r.xlsx');
    const { status, stdout, stderr } = await run(['check', 'r.xlsx', '--annotate', option, 'r.批注.xlsx', '--force']);
    expect(status).toBe(64);
    expect(stderr).toMatch(new RegExp(`${option} 与 --annotate 是同一个文件（r\\.批注\\.xlsx）`, 'u'));
    expect(fileLines(stdout)).toEqual([]);
    expect(fs.readdirSync(dir)).toEqual(['r.xlsx']);
  });
});

describe('file names are shown as they are, not obeyed by the terminal', () => {
  it('a name holding an escape sequence, a newline and a right-to-left override is one line, with those characters escaped', async () => {
    put('a\u001b[2J\nb\u202exslx.xlsx');
    const { stdout } = await run(['check', '.']);
    const lines = fileLines(stdout);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('a\\u{1b}[2J\\u{a}b\\u{202e}xslx.xlsx');
    expect([stdout.includes('\u001b'), stdout.includes('\u202e')]).toEqual([false, false]);
  });
});
