import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readRegularFile } from '../../src/cli/safeRead';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'safe-read-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function fileOf(name: string, size: number): { file: string; bytes: Buffer } {
  const bytes = Buffer.alloc(size);
  for (let at = 0; at < size; at++) bytes[at] = (at * 31 + 7) % 251;
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return { file, bytes };
}

describe('readRegularFile gives a regular file\'s bytes, all of them and no more', () => {
  it.each([
    ['an empty file', 0],
    ['a return-sized file', 30_000],
    ['a file past the first megabyte (read in more than one piece)', (1 << 20) + 3],
  ])('%s', (_name, size) => {
    const { file, bytes } = fileOf(`f-${size}.bin`, size);
    const read = readRegularFile(file, 50 * (1 << 20));
    expect(read.ok).toBe(true);
    if (read.ok) {
      expect(read.bytes.byteLength).toBe(size);
      expect(Buffer.from(read.bytes).equals(bytes)).toBe(true);
    }
  });

  it('a file of exactly the limit is read; one byte more is too large', () => {
    const { file } = fileOf('limit.bin', 4_096);
    expect(readRegularFile(file, 4_096).ok).toBe(true);
    expect(readRegularFile(file, 4_095)).toEqual({ ok: false, reason: 'too_large', size: 4_096 });
  });
});
