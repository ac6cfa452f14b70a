import fc from 'fast-check';
import { areaOf, WorksheetScan } from '../../../src/xlsx/guard/worksheetScan';

const SHEET = [
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
  '<dimension ref="A1:S31"/><sheetData>',
  ...Array.from({ length: 31 }, (_, i) => `<row r="${i + 1}" spans="1:19" ht="27.75" customHeight="1"><c r="A${i + 1}" t="s"><v>${i}</v></c></row>`),
  '</sheetData><mergeCells count="2"><mergeCell ref="A1:R1"/><mergeCell ref="B8:B10"/></mergeCells>',
  '<dataValidations count="1"><dataValidation type="whole" sqref="H11:M11 H12:M13"><formula1>0</formula1></dataValidation></dataValidations>',
  '<rowBreaks count="1"><brk id="20"/></rowBreaks></worksheet>',
].join('');

function scan(pieces: readonly string[]) {
  const scanner = new WorksheetScan();
  const encoder = new TextEncoder();
  for (const piece of pieces) scanner.push(encoder.encode(piece));
  scanner.end();
  return scanner.facts;
}

describe('WorksheetScan', () => {
  const whole = scan([SHEET]);

  it('reads the dimension, counts rows (not rowBreaks), and the cells merges and validations cover', () => {
    expect(whole).toEqual({ dimensionRows: 31, rowElements: 31, highestRow: 31, coveredCells: 18 + 3 + 6 + 12, coveredBottom: 13, largestArea: 'A1:R1' });
  });

  it('gives the same facts however the stream is cut (tags and UTF-8 split across pieces)', () => {
    const bytes = new TextEncoder().encode(`${SHEET}<!-- 指标填报 -->`);
    fc.assert(fc.property(fc.uniqueArray(fc.integer({ min: 1, max: bytes.byteLength - 1 }), { maxLength: 40 }), (cuts) => {
      const scanner = new WorksheetScan();
      const points = [0, ...[...cuts].sort((a, b) => a - b), bytes.byteLength];
      for (let i = 1; i < points.length; i++) scanner.push(bytes.subarray(points[i - 1], points[i]));
      scanner.end();
      expect(scanner.facts).toEqual(whole);
    }));
  });

  it('reads tags with a namespace prefix, as some producers write them', () => {
    expect(scan(['<x:worksheet><x:dimension ref="A1:B5"/><x:sheetData><x:row r="5"/></x:sheetData></x:worksheet>'])).toMatchObject({ dimensionRows: 5, rowElements: 1, highestRow: 5 });
  });

  it('names why a sheet is too large', () => {
    const scanner = new WorksheetScan();
    scanner.push(new TextEncoder().encode('<dimension ref="A1:C200000"/>'));
    expect(scanner.excess(100_000)).toBe('its dimension reaches row 200000');
    expect(scanner.excess(300_000)).toBeNull();
  });
});

describe('areaOf', () => {
  it.each([
    ['A1', { rows: 1, cols: 1, bottom: 1 }],
    ['J7:M30', { rows: 24, cols: 4, bottom: 30 }],
    ['$B$2:$C$3', { rows: 2, cols: 2, bottom: 3 }],
    ['J:J', { rows: 1_048_576, cols: 1, bottom: 1_048_576 }],
    ['3:5', { rows: 3, cols: 16_384, bottom: 5 }],
  ])('%s', (ref, area) => {
    expect(areaOf(ref)).toEqual(area);
  });

  it.each(['', 'A1:B2:C3', '!!', 'ABCD1'])('%s is unreadable', (ref) => {
    expect(areaOf(ref)).toBeNull();
  });
});
