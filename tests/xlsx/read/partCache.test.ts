/**
 * Parts read once per batch (src/xlsx/read/partCache.ts): a result is reused only for the very same bytes, so a
 * part edited by a single character, even to the same length, is read afresh.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { COVER } from '../../../src/core/form';
import { DEFAULT_LIMITS } from '../../../src/xlsx/fileProblem';
import { PartCache } from '../../../src/xlsx/read/partCache';
import { partFingerprint as inNode } from '../../../src/xlsx/read/partFingerprint';
import { partFingerprint as inPane } from '../../../src/xlsx/read/partFingerprint.browser';
import { readWorkbookPackage } from '../../../src/xlsx/read/readWorkbookPackage';
import { filledReturn } from '../../support/hardening/damagedReturns';
import { PackageEdit } from '../../support/hardening/packageEdit';

const bytesOf = (text: string) => new TextEncoder().encode(text);

/** A cache whose reader counts its reads and gives back the text it read. */
function counted(): { cache: PartCache<string>; reads: () => number; read: (bytes: Uint8Array, context?: string) => string } {
  const cache = new PartCache<string>(4);
  let reads = 0;
  const decode = (bytes: Uint8Array) => {
    reads += 1;
    return new TextDecoder().decode(bytes);
  };
  return { cache, reads: () => reads, read: (bytes, context = '') => cache.get(bytes, context, decode) };
}

/** `run` as the pane's bundle runs in a browser: where Node's Buffer does not exist, from loading the module on. */
function withoutNodeBuffer(run: (Cache: typeof PartCache) => void): void {
  const global = globalThis as { Buffer?: unknown };
  const saved = global.Buffer;
  try {
    global.Buffer = undefined;
    jest.isolateModules(() => {
      run((jest.requireActual('../../../src/xlsx/read/partCache') as { PartCache: typeof PartCache }).PartCache);
    });
  } finally {
    global.Buffer = saved;
  }
}

describe('PartCache in a browser (no Node Buffer)', () => {
  it('keeps equal bytes and reads afresh bytes that differ by one character of the same length', () => {
    let reads = 0;
    const results: string[] = [];
    withoutNodeBuffer((Cache) => {
      const cache = new Cache<string>(4);
      const read = (text: string) => cache.get(bytesOf(text), '', (bytes) => {
        reads += 1;
        return new TextDecoder().decode(bytes);
      });
      for (const text of ['<v>1</v>', '<v>1</v>', '<v>1</v>', '<v>2</v>']) results.push(read(text));
    });
    expect(results).toEqual(['<v>1</v>', '<v>1</v>', '<v>1</v>', '<v>2</v>']);
    expect(reads).toBe(3);
  });
});

describe('PartCache', () => {
  it('keeps a result once its bytes come a second time, then reads them no more', () => {
    const { read, reads } = counted();
    for (let time = 0; time < 4; time++) expect(read(bytesOf('<sst>a</sst>'))).toBe('<sst>a</sst>');
    expect(reads()).toBe(2);
  });

  it('reads afresh bytes that differ by one character of the same length', () => {
    const { read, reads } = counted();
    read(bytesOf('<v>1</v>'));
    read(bytesOf('<v>1</v>'));
    expect(read(bytesOf('<v>2</v>'))).toBe('<v>2</v>');
    expect(reads()).toBe(3);
  });

  it('reads the same bytes afresh in another context (a part name, a limit)', () => {
    const { read, reads } = counted();
    read(bytesOf('<x/>'), 'sheet1');
    read(bytesOf('<x/>'), 'sheet1');
    expect(read(bytesOf('<x/>'), 'sheet2')).toBe('<x/>');
    expect(reads()).toBe(3);
  });

  it('reads a large part every time, keeping neither it nor a copy of it', () => {
    const { read, reads } = counted();
    const large = bytesOf(`<sst>${'x'.repeat(300 * 1024)}</sst>`);
    for (let time = 0; time < 3; time++) read(large);
    expect(reads()).toBe(3);
  });

  it('compares with a copy of the bytes read, not with a buffer its caller changed since', () => {
    const { read } = counted();
    const buffer = bytesOf('<v>1</v>');
    read(buffer);
    read(buffer);
    buffer.set(bytesOf('9'), 3);
    expect(read(buffer)).toBe('<v>9</v>');
  });

  it('copies a part handed over as a Node Buffer (zlib inflates into one; its slice() is a view, not a copy)', () => {
    const { read, reads } = counted();
    const buffer = Buffer.from('<v>1</v>');
    read(buffer);
    // The inflated buffer is reused or let go by its caller: what was seen must not change with it.
    buffer.set(bytesOf('9'), 3);
    read(Buffer.from('<v>1</v>'));
    read(Buffer.from('<v>1</v>'));
    expect(reads()).toBe(2);
  });
});

describe('the package reader with parts kept from earlier files', () => {
  const coverText = (bytes: Uint8Array, row: number) => {
    const read = readWorkbookPackage(bytes, DEFAULT_LIMITS);
    if (!read.ok) throw new Error(read.problem.code);
    const cell = read.workbook.grids.sheets.find((grid) => grid.name === COVER.sheetName)?.rows[row]?.[0];
    return cell?.value.type === 'text' ? cell.value.value : null;
  };

  it('reads a cover sheet edited to the same length as edited, after the genuine one was kept', async () => {
    const clean = await filledReturn();
    const edited = new PackageEdit(clean);
    const cover = edited.sheetPart(COVER.sheetName);
    const a3 = /<c r="A3"[^>]*t="s"[^>]*><v>(\d+)<\/v>/u.exec(edited.text(cover));
    const a4 = /<c r="A4"[^>]*t="s"[^>]*><v>(\d+)<\/v>/u.exec(edited.text(cover));
    if (a3?.[1] === undefined || a4?.[1] === undefined || a3[1].length !== a4[1].length) throw new Error('the cover sheet changed shape: fix this test');
    const [genuineA3, genuineA4] = [coverText(clean, 2), coverText(clean, 3)];
    // Read a third time: the genuine cover is kept by now.
    expect(coverText(clean, 2)).toBe(genuineA3);
    const forged = edited.change(cover, (xml) => xml.replace(a3[0], a3[0].replace(`<v>${a3[1]}</v>`, `<v>${a4[1]}</v>`))).bytes();

    expect(genuineA3).not.toBe(genuineA4);
    expect(coverText(forged, 2)).toBe(genuineA4);
    expect(coverText(clean, 2)).toBe(genuineA3);
  });
});

describe('PartCache and memory', () => {
  it('keeps no copy of a part seen once (a part seen again is kept with a copy of its bytes, above)', () => {
    v8.setFlagsFromString('--expose-gc');
    const collect = vm.runInNewContext('gc') as () => void;
    // Twice: the buffers a collection finds dead are freed, and counted as freed, by the time the next one starts.
    const gc = () => {
      collect();
      collect();
    };
    const cache = new PartCache<number>(16);
    const part = (index: number) => new Uint8Array(256 * 1024 - 1).fill(index);
    gc();
    const before = process.memoryUsage().arrayBuffers;
    // Sixteen parts of 256 KB seen once each, as a batch's own figures are: a copy of each would hold 4 MB.
    for (let index = 0; index < 16; index += 1) cache.get(part(index), '', (bytes) => bytes.byteLength);
    gc();
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(1024 * 1024);
  });
});

describe.each([['Node (zlib CRC-32)', inNode], ['the pane (FNV-1a)', inPane]])('a part\'s fingerprint in %s', (_where, fingerprint) => {
  it('is the same for the same bytes, wherever they sit in their buffer, and another for one byte changed', () => {
    const text = bytesOf('<sheetData><row r="1"><c r="A1"><v>12</v></c></row></sheetData>');
    const inside = new Uint8Array(text.byteLength + 10);
    inside.set(text, 7);
    const changed = bytesOf('<sheetData><row r="1"><c r="A1"><v>13</v></c></row></sheetData>');
    expect(fingerprint(inside.subarray(7, 7 + text.byteLength))).toBe(fingerprint(text));
    expect(fingerprint(changed)).not.toBe(fingerprint(text));
  });
});
