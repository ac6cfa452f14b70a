import type { LayoutCell } from '../../src/core/layout';
import { styleBlocks } from '../../src/excel/styleBlocks';

const cell = (row: number, col: number, style: string): LayoutCell => ({ row, col, style, value: { kind: 'empty' } });

describe('styleBlocks', () => {
  it('covers a table body of per-column styles with one rectangle per column run', () => {
    const cells: LayoutCell[] = [];
    for (let row = 7; row < 1007; row++) ['text', 'text', 'raw', 'entry', 'entry', 'id'].forEach((style, col) => cells.push(cell(row, col, style)));
    expect(styleBlocks(cells)).toEqual([
      { top: 7, bottom: 1006, left: 0, right: 1, style: 'text' },
      { top: 7, bottom: 1006, left: 2, right: 2, style: 'raw' },
      { top: 7, bottom: 1006, left: 3, right: 4, style: 'entry' },
      { top: 7, bottom: 1006, left: 5, right: 5, style: 'id' },
    ]);
  });

  it('breaks a column where a row has another style, and leaves out cells the layout does not hold', () => {
    const cells = [cell(0, 0, 'a'), cell(1, 0, 'sub'), cell(2, 0, 'a'), cell(2, 2, 'a')];
    expect(styleBlocks(cells)).toEqual([
      { top: 0, bottom: 0, left: 0, right: 0, style: 'a' },
      { top: 1, bottom: 1, left: 0, right: 0, style: 'sub' },
      { top: 2, bottom: 2, left: 0, right: 0, style: 'a' },
      { top: 2, bottom: 2, left: 2, right: 2, style: 'a' },
    ]);
  });

  it('covers every cell exactly once', () => {
    const styles = ['a', 'b', 'c'];
    const cells: LayoutCell[] = [];
    for (let row = 0; row < 40; row++) for (let col = 0; col < 12; col++) if ((row * 7 + col * 3) % 5 !== 0) cells.push(cell(row, col, styles[(row + col * col) % 3] as string));
    const covered = new Map<string, string>();
    for (const block of styleBlocks(cells)) {
      for (let row = block.top; row <= block.bottom; row++) {
        for (let col = block.left; col <= block.right; col++) {
          expect(covered.has(`${row}:${col}`)).toBe(false);
          covered.set(`${row}:${col}`, block.style);
        }
      }
    }
    expect(covered).toEqual(new Map(cells.map((c) => [`${c.row}:${c.col}`, c.style])));
  });
});
