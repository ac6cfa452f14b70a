/**
 * tests/support/hardening/packageEdit.ts keeps each return's unzipped parts, and zipOf each part's deflate, between
 * edits (decision 0273): an edit must still hand the readers its own change and the other parts as they were.
 */
import { unzipSync } from 'fflate';
import { PackageEdit } from '../support/hardening/packageEdit';
import { filledReturn } from '../support/hardening/damagedReturns';

describe('PackageEdit with parts and deflates kept between edits', () => {
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
