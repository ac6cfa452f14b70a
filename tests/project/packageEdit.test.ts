/**
 * tests/support/hardening/packageEdit.ts zips an edited return with each part's deflate kept between edits
 * (decision 0273): the bytes must be fflate's zipSync's, which the hardening tests were written against, so that
 * the files they hand the readers are the same.
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import { PackageEdit, zipParts } from '../support/hardening/packageEdit';
import { filledReturn } from '../support/hardening/damagedReturns';

const WRITTEN = new Date(2024, 0, 20, 9, 30, 17);

describe('PackageEdit zips as fflate’s zipSync does', () => {
  it('byte for byte: a clean return’s parts, an empty part, a folder entry and a part with a Chinese name', async () => {
    const parts = { ...unzipSync(await filledReturn()), 'xl/empty.xml': new Uint8Array(0), 'customXml/': new Uint8Array(0), 'xl/media/填报说明.txt': strToU8('说明') };
    const ours = zipParts(parts, WRITTEN);
    expect(Buffer.from(ours).equals(Buffer.from(zipSync(parts, { mtime: WRITTEN })))).toBe(true);
    // Again, every part's deflate now kept: the same bytes.
    expect(Buffer.from(zipParts(parts, WRITTEN)).equals(Buffer.from(ours))).toBe(true);
  });

  it('an edit of a return twice over: each gives the parts it changed and the others as they were', async () => {
    const source = await filledReturn();
    const first = new PackageEdit(source).change('xl/workbook.xml', (xml) => xml.replace('</workbook>', '<!-- one --></workbook>')).bytes();
    const second = new PackageEdit(source).change('xl/workbook.xml', (xml) => xml.replace('</workbook>', '<!-- two --></workbook>')).bytes();
    const [original, one, two] = [source, first, second].map((bytes) => unzipSync(bytes));
    for (const [edited, mark] of [[one, 'one'], [two, 'two']] as const) {
      expect(Object.keys(edited ?? {})).toEqual(Object.keys(original ?? {}));
      for (const name of Object.keys(original ?? {})) {
        const text = Buffer.from(edited?.[name] ?? []).toString('utf8');
        const before = Buffer.from(original?.[name] ?? []).toString('utf8');
        expect([name, text]).toEqual([name, name === 'xl/workbook.xml' ? before.replace('</workbook>', `<!-- ${mark} --></workbook>`) : before]);
      }
    }
  });
});
