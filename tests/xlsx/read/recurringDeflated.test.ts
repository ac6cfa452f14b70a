/**
 * Parts whose deflated bytes recur from file to file are inflated once (src/xlsx/read/recurringDeflated.ts): what a
 * reader is handed is what inflating would give, and a file whose directory declares another size for the same bytes
 * is judged by its own directory — refused as damage, not read as the earlier file's part.
 */
import zlib from 'node:zlib';
import { DEFAULT_LIMITS } from '../../../src/xlsx/fileProblem';
import { RecurringDeflated } from '../../../src/xlsx/read/recurringDeflated';
import { inflateParts, listEntries } from '../../../src/xlsx/read/zipPackage';
import { zipOf } from '../../support/xlsx/zipFixtures';

const WORKBOOK = 'xl/workbook.xml';
const text = new Uint8Array(Buffer.from('<workbook><sheets><sheet name="指标填报" sheetId="1" r:id="rId1"/></sheets></workbook>'));

function inflated(bytes: Uint8Array): ReturnType<typeof inflateParts> {
  const listing = listEntries(bytes, DEFAULT_LIMITS);
  if (!listing.ok) throw new Error(listing.problem.detail);
  return inflateParts(bytes, new Set([WORKBOOK]), listing.entries);
}

describe('parts inflated once when their deflated bytes recur', () => {
  it('hands on the same bytes every time the part recurs, and judges a lying size by its own directory', () => {
    const good = zipOf([{ name: WORKBOOK, data: text }]);
    for (let time = 0; time < 4; time++) {
      const read = inflated(good);
      expect(read.ok && [...(read.parts.get(WORKBOOK) ?? [])]).toEqual([...text]);
    }
    // The same deflated bytes, the directory declaring fewer or more: damage, as it is read the first time.
    expect(inflated(zipOf([{ name: WORKBOOK, data: text, declaredSize: text.byteLength - 5 }]))).toMatchObject({
      ok: false, problem: { code: 'file.corrupt', detail: `${WORKBOOK} inflates to more than the ${text.byteLength - 5} bytes it declares` },
    });
    expect(inflated(zipOf([{ name: WORKBOOK, data: text, declaredSize: text.byteLength + 5 }]))).toMatchObject({
      ok: false, problem: { code: 'file.corrupt', detail: `${WORKBOOK} inflates to ${text.byteLength} bytes, not the ${text.byteLength + 5} it declares` },
    });
  });

  it('inflates the second time and not after, and never for bytes that differ by one', () => {
    const cache = new RecurringDeflated(4);
    let inflations = 0;
    const inflate = (deflated: Uint8Array, size: number) => {
      inflations += 1;
      return new Uint8Array(zlib.inflateRawSync(deflated, { maxOutputLength: size }));
    };
    const deflated = new Uint8Array(zlib.deflateRawSync(text));
    for (let time = 0; time < 5; time++) expect([...cache.inflated(deflated, text.byteLength, inflate)]).toEqual([...text]);
    expect(inflations).toBe(2);
    const other = new Uint8Array(Buffer.from(text).map((byte, index) => (index === 3 ? byte + 1 : byte)));
    for (let time = 0; time < 3; time++) expect([...cache.inflated(new Uint8Array(zlib.deflateRawSync(other)), other.byteLength, inflate)]).toEqual([...other]);
    expect(inflations).toBe(4);
  });
});
