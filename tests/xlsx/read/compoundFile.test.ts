/**
 * The compound-file reader that tells an .xls with a password to open (decision 0279) at its edges: a Workbook stream
 * found through the FAT, one under the mini-stream cutoff, and any cut or damaged file read without a throw. The
 * files LibreOffice saves with and without a password are read in tests/libreoffice/recomputed/notQuiteReturns.suite.ts.
 */
import { biffEncrypted, compoundStreamHead } from '../../../src/xlsx/read/compoundFile';

const SECTOR = 512;
const END = 0xfffffffe;

/** A compound file of one FAT sector (0), one directory sector (1) and a stream named `name` from sector 2 on. */
function compound(name: string, stream: Uint8Array): Uint8Array {
  const sectors = Math.ceil(stream.byteLength / SECTOR);
  const file = new Uint8Array(SECTOR * (3 + sectors));
  const view = new DataView(file.buffer);
  file.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  view.setUint16(0x1e, 9, true);
  view.setUint16(0x20, 6, true);
  view.setUint32(0x2c, 1, true);
  view.setUint32(0x30, 1, true);
  view.setUint32(0x38, 4096, true);
  view.setUint32(0x44, END, true);
  for (let i = 0; i < 109; i++) view.setUint32(0x4c + i * 4, i === 0 ? 0 : 0xffffffff, true);
  const fat = SECTOR;
  view.setUint32(fat, 0xfffffffd, true);
  view.setUint32(fat + 4, END, true);
  for (let i = 0; i < sectors; i++) view.setUint32(fat + (2 + i) * 4, i === sectors - 1 ? END : 3 + i, true);
  const entry = 2 * SECTOR;
  [...'Root Entry'].forEach((char, i) => view.setUint16(entry + i * 2, char.charCodeAt(0), true));
  view.setUint16(entry + 0x40, 22, true);
  file[entry + 0x42] = 5;
  view.setUint32(entry + 0x74, END, true);
  [...name].forEach((char, i) => view.setUint16(entry + 128 + i * 2, char.charCodeAt(0), true));
  view.setUint16(entry + 128 + 0x40, (name.length + 1) * 2, true);
  file[entry + 128 + 0x42] = 2;
  view.setUint32(entry + 128 + 0x74, 2, true);
  view.setUint32(entry + 128 + 0x78, stream.byteLength, true);
  file.set(stream, 3 * SECTOR);
  return file;
}

/** A workbook stream: BOF (BIFF8), then FILEPASS when `password`, else another record, padded to `size`. */
function workbookStream(password: boolean, size = 4096): Uint8Array {
  const stream = new Uint8Array(size);
  const view = new DataView(stream.buffer);
  view.setUint16(0, 0x0809, true);
  view.setUint16(2, 16, true);
  view.setUint16(20, password ? 0x002f : 0x00e1, true);
  view.setUint16(22, password ? 54 : 2, true);
  return stream;
}

const head = (file: Uint8Array) => compoundStreamHead(file, ['Workbook', 'Book'], 64);

describe('compoundStreamHead and biffEncrypted', () => {
  it('tells a workbook stream that opens with FILEPASS from one that does not', () => {
    expect(biffEncrypted(head(compound('Workbook', workbookStream(true)))!)).toBe(true);
    expect(biffEncrypted(head(compound('Workbook', workbookStream(false)))!)).toBe(false);
    expect(biffEncrypted(head(compound('Book', workbookStream(true)))!)).toBe(true);
  });

  it('finds no head for a stream of another name or one in the mini stream (said as a plain .xls then)', () => {
    expect(head(compound('Workbook2', workbookStream(true)))).toBeNull();
    expect(head(compound('Workbook', workbookStream(true, 1024)))).toBeNull();
  });

  it('never throws on a file cut anywhere or with any byte of its header, FAT or directory changed', () => {
    const file = compound('Workbook', workbookStream(true));
    for (let length = 0; length <= 3 * SECTOR + 64; length += 7) expect(() => head(file.subarray(0, length))).not.toThrow();
    for (let at = 0; at < 3 * SECTOR; at++) {
      for (const value of [0x00, 0xff, 0x7f]) {
        const changed = file.slice();
        changed[at] = value;
        const found = head(changed);
        expect(found === null || found instanceof Uint8Array).toBe(true);
      }
    }
  });
});
