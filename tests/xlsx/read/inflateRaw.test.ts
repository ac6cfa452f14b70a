/**
 * The command line inflates a return's parts with Node's zlib, the pane with fflate (webpack maps inflateRaw.ts to
 * inflateRaw.browser.ts): both must hand the reader the same bytes, and neither more than the size an entry declares.
 */
import zlib from 'node:zlib';
import { inflateRaw as inNode } from '../../../src/xlsx/read/inflateRaw';
import { inflateRaw as inPane } from '../../../src/xlsx/read/inflateRaw.browser';

const part = Buffer.from(`<sheetData>${'<row><c r="A1" t="s"><v>12</v></c></row>'.repeat(400)}</sheetData>`);
const deflated = zlib.deflateRawSync(part);

describe.each([['Node (zlib)', inNode], ['the pane (fflate)', inPane]])('inflating an entry in %s', (_where, inflateRaw) => {
  it('gives the part as deflated, byte for byte, at its declared size', () => {
    expect(Buffer.from(inflateRaw(deflated, part.byteLength) as Uint8Array).equals(part)).toBe(true);
  });

  it('says "longer" for an entry that inflates past the size it declares, by one byte or many', () => {
    expect(inflateRaw(deflated, part.byteLength - 1)).toBe('longer');
    expect(inflateRaw(deflated, 10)).toBe('longer');
    expect(inflateRaw(zlib.deflateRawSync(Buffer.from('x')), 0)).toBe('longer');
  });

  it('gives what there is of an entry that falls short of its size (the reader refuses it)', () => {
    expect((inflateRaw(deflated, part.byteLength + 100) as Uint8Array).byteLength).toBe(part.byteLength);
  });

  it('throws on data that is no deflate stream', () => {
    expect(() => inflateRaw(new Uint8Array([0xff, 0xff, 0xff, 0xff]), 100)).toThrow();
  });
});
