import fc from 'fast-check';
import { SheetSize } from '../../../src/xlsx/read/sheetSize';
import { expectEqual } from '../../support/equalOrExpect';

/** How an area was read before it was read by character codes: the pattern, kept here as the oracle. */
function areaByPattern(ref: string): { rows: number; cols: number; bottom: number } | null {
  const parts = ref.replace(/\$/gu, '').split(':');
  if (parts.length > 2) return null;
  const corners = parts.map((part) => /^([A-Za-z]{0,3})(\d{0,7})$/u.exec(part));
  if (corners.some((corner) => corner === null || corner[0] === '')) return null;
  if (corners.length === 1 && (corners[0]?.[1] === '' || corners[0]?.[2] === '')) return null;
  const [first, second = first] = corners as RegExpExecArray[];
  const column = (letters: string) => [...letters.toUpperCase()].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0);
  const left = first?.[1] ? column(first[1]) : 1;
  const right = second?.[1] ? column(second[1]) : 16_384;
  const top = first?.[2] ? Number(first[2]) : 1;
  const bottom = second?.[2] ? Number(second[2]) : 1_048_576;
  return { rows: Math.abs(bottom - top) + 1, cols: Math.abs(right - left) + 1, bottom: Math.max(top, bottom) };
}

/** What a sheet covering only `ref` measures: cells covered and how far down, as the pattern reads the area. */
function expectedExtent(ref: string) {
  const area = areaByPattern(ref);
  return area === null ? { coveredCells: 0, coveredBottom: 0, dimensionRows: null } : { coveredCells: area.rows * area.cols, coveredBottom: area.bottom, dimensionRows: area.bottom };
}

function measured(ref: string) {
  const size = new SheetSize();
  size.cover(ref);
  size.dimension(ref);
  const { coveredCells, coveredBottom, dimensionRows } = size.extent;
  return { coveredCells, coveredBottom, dimensionRows };
}

describe('the areas a sheet covers', () => {
  it('reads any ref as the pattern did', () => {
    const pieces = fc.constantFrom('$', ':', 'A', 'J', 'Z', 'a', 'x', 'ı', 'K', '0', '1', '7', '9', ' ', '@', '[', '`', '{', '\u00a0', 'É', '٣');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 20 }).map((parts) => parts.join('')), (ref) => {
      expectEqual(measured(ref), expectedExtent(ref));
    }), { numRuns: 20_000 });
    for (const ref of ['A1', 'J7:M30', 'M30:J7', 'J:J', '3:5', 'J', '3', '', ':', 'A1:', ':A1', 'A1:B2:C3', '$J$7:$M$30', 'J$$7', '7$', 'ABCD1', 'A12345678',
      'XFD1048576', 'a1:c3', 'A0', '0:0', 'J7:K']) {
      expect(measured(ref)).toEqual(expectedExtent(ref));
    }
  });
});
