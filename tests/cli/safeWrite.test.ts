/**
 * An output takes its name only when it is whole (decision 0268): a report or JSON cut short by a full disk, a share
 * that went away or Ctrl-C is never left under the name a reviewer (or the next run, which would not replace it)
 * takes for the finished file.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeOutput, type OutputFs } from '../../src/cli/safeWrite';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'safe-write-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const noInputs = new Set<string>();
/** The JSON of a batch, written file by file as check --json writes it. */
const pieces = { chunks: ['{"files": [', '{"file": "越城区.xlsx"}', ',{"file": "柯桥区.xlsx"}', ']}'] };

function folder(name: string): string {
  const made = path.join(dir, name);
  fs.mkdirSync(made);
  return made;
}

describe('writeOutput', () => {
  it('gives the output its name only once every byte is written; a write that fails half way leaves nothing', () => {
    const out = folder('full-disk');
    const target = path.join(out, '校验结果.json');
    const seen: boolean[] = [];
    let writes = 0;
    const fullDisk: OutputFs = {
      ...fs,
      writeSync: ((...args: Parameters<typeof fs.writeSync>) => {
        seen.push(fs.existsSync(target));
        if (++writes === 3) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        return (fs.writeSync as (...a: unknown[]) => number)(...args);
      }) as typeof fs.writeSync,
    };
    expect(writeOutput(target, pieces, { force: false, inputs: noInputs, fs: fullDisk })).toEqual({ ok: false, refusal: 'failed', detail: 'ENOSPC' });
    expect(seen).toEqual([false, false, false]);
    expect(fs.readdirSync(out)).toEqual([]);

    expect(writeOutput(target, pieces, { force: false, inputs: noInputs })).toEqual({ ok: true });
    expect(JSON.parse(fs.readFileSync(target, 'utf8'))).toEqual({ files: [{ file: '越城区.xlsx' }, { file: '柯桥区.xlsx' }] });
    expect(fs.readdirSync(out)).toEqual(['校验结果.json']);
  });

  it('does not replace what a second run wrote under the name meanwhile (without --force)', () => {
    const out = folder('two-runs');
    const target = path.join(out, '校验汇总.xlsx');
    let other = false;
    const racing: OutputFs = {
      ...fs,
      writeSync: ((...args: Parameters<typeof fs.writeSync>) => {
        if (!other) fs.writeFileSync(target, 'the other run');
        other = true;
        return (fs.writeSync as (...a: unknown[]) => number)(...args);
      }) as typeof fs.writeSync,
    };
    expect(writeOutput(target, 'this run', { force: false, inputs: noInputs, fs: racing })).toMatchObject({ ok: false, refusal: 'exists' });
    expect(fs.readFileSync(target, 'utf8')).toBe('the other run');
    expect(fs.readdirSync(out)).toEqual(['校验汇总.xlsx']);
  });

  it('writes on a file system without hard links (a FAT USB stick), leaving no temporary file', () => {
    const out = folder('fat');
    const noLinks: OutputFs = { ...fs, linkSync: () => { throw Object.assign(new Error('EPERM: operation not permitted, link'), { code: 'EPERM' }); } };
    expect(writeOutput(path.join(out, '汇总.xlsx'), 'whole', { force: false, inputs: noInputs, fs: noLinks })).toEqual({ ok: true });
    expect(fs.readdirSync(out)).toEqual(['汇总.xlsx']);
    fs.writeFileSync(path.join(out, '又一份.xlsx'), 'there');
    expect(writeOutput(path.join(out, '又一份.xlsx'), 'whole', { force: false, inputs: noInputs, fs: noLinks })).toMatchObject({ refusal: 'exists' });
  });

  it('replaces an output whose name is near the 255-byte limit with --force', () => {
    const out = folder('long');
    const target = path.join(out, `${'越城区'.repeat(27)}校验.json`); // 249 bytes
    fs.writeFileSync(target, 'last week');
    expect(writeOutput(target, 'this week', { force: true, inputs: noInputs })).toEqual({ ok: true });
    expect(fs.readFileSync(target, 'utf8')).toBe('this week');
    expect(fs.readdirSync(out)).toHaveLength(1);
  });

  it('removes the temporaries a process killed mid-write left a day or more before (SIGKILL), not one being written now', () => {
    // SIGKILL, or a power cut, ends a process with no chance to tidy (decision 0271): its hidden temporary would stay
    // beside the returns for good. The next write into the folder removes it; a temporary another run is writing now
    // (written to within the day), and a file of another name, are not touched.
    const out = folder('killed');
    const old = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    const put = (name: string, modified?: Date) => {
      fs.writeFileSync(path.join(out, name), 'PK half a report');
      if (modified !== undefined) fs.utimesSync(path.join(out, name), modified, modified);
    };
    put('.plan-indicators-4242-0123abcd.tmp', old);
    put('.plan-indicators-4243-89abcdef.tmp');
    put('.plan-indicators-notes.tmp', old);
    expect(writeOutput(path.join(out, '校验汇总.xlsx'), 'whole', { force: false, inputs: noInputs })).toEqual({ ok: true });
    expect(fs.readdirSync(out).sort()).toEqual(['.plan-indicators-4243-89abcdef.tmp', '.plan-indicators-notes.tmp', '校验汇总.xlsx']);
  });
});
