import { inflateEntry } from '../../../src/xlsx/zip/inflateEntry';
import { readZipDirectory } from '../../../src/xlsx/zip/zipDirectory';
import { template, YUECHENG } from '../support';
import { entriesOf, zipOf } from '../zipFixtures';

describe('readZipDirectory', () => {
  it('lists the parts of a generated workbook with the sizes they inflate to', async () => {
    const { bytes } = await template(YUECHENG, 2024);
    const directory = readZipDirectory(bytes);
    if (!directory.ok) throw new Error(directory.detail);
    const truth = await entriesOf(bytes);
    const files = directory.entries.filter((entry) => !entry.name.endsWith('/'));
    expect(files.map((entry) => [entry.name, entry.uncompressedSize]).sort())
      .toEqual(truth.map((entry) => [entry.name, entry.data.byteLength]).sort());
    expect(files.every((entry) => entry.method === 8 && !entry.encrypted)).toBe(true);
  });

  it('reads names written with a leading slash as ExcelJS does, without it', () => {
    const directory = readZipDirectory(zipOf([{ name: '/xl/workbook.xml', data: new Uint8Array([60, 47, 62]) }]));
    expect(directory.ok && directory.entries.map((entry) => entry.name)).toEqual(['xl/workbook.xml']);
  });

  it.each([
    ['too short', new Uint8Array(10)],
    ['no end record', new Uint8Array(200)],
  ])('%s: not ok, with a reason', (_name, bytes) => {
    expect(readZipDirectory(bytes)).toMatchObject({ ok: false, detail: expect.any(String) });
  });
});

describe('inflateEntry', () => {
  it('streams an entry in pieces and stops when asked', async () => {
    const data = new Uint8Array(1_000_000).map((_, i) => i % 251);
    const bytes = zipOf([{ name: 'a.bin', data }]);
    const directory = readZipDirectory(bytes);
    if (!directory.ok) throw new Error(directory.detail);
    const entry = directory.entries[0];
    if (entry === undefined) throw new Error('no entry');
    let total = 0;
    let pieces = 0;
    expect(await inflateEntry(bytes, entry, (chunk) => { total += chunk.byteLength; pieces += 1; return true; })).toEqual({ ok: true, stopped: false });
    expect([total, pieces > 1]).toEqual([1_000_000, true]);
    let seen = 0;
    expect(await inflateEntry(bytes, entry, (chunk) => { seen += chunk.byteLength; return false; })).toEqual({ ok: true, stopped: true });
    expect(seen).toBeLessThan(1_000_000);
  });
});
