/**
 * The notation grammar under anything a cell can hold: random text, and every value cell of the plans' tables
 * damaged the ways typists and PDF extraction damage them (a character inserted, deleted or replaced, full-width
 * and half-width swapped, marks added). It never throws, keeps the text exactly as given, and never finds a number
 * in a text that holds no digit and no Chinese numeral. tests/core/notation checks what each seed cell means; this
 * checks what happens around them.
 */
import fc from 'fast-check';
import { flatNumbers, parseNotation, type NotationResult } from '../../../src/core/notation';
import { expectEqual, expectNoThrow, expectSame } from '../../support/equalOrExpect';
import { fuzz } from '../../support/hardening/fuzzSettings';
import { allSeedTables } from '../../support/seedTables';

const SEED_CELLS = [...new Set(allSeedTables().flatMap((table) => table.rows.flatMap((row) => row.values.map((cell) => cell.text))))];

/** The numerals the grammar reads in words (超千亿元, 百亿元): a number may come from these without a digit. */
const CHINESE_NUMERAL = /[一二两三四五六七八九十百千]/u;

/** A digit as the grammar sees it: after NFKC, so ４, ① and ² count as digits. */
function holdsNumberSign(text: string): boolean {
  return /\d/u.test(text.normalize('NFKC')) || CHINESE_NUMERAL.test(text);
}

function numbersOf(result: NotationResult): Array<number | null> {
  if (!result.ok) return [];
  const { value, low, high, increment, cumulative } = flatNumbers(result.value);
  return [value, low, high, increment, cumulative];
}

/** The checks every text must pass: no throw, the raw kept, no number out of a text without one. */
function expectSound(text: string): void {
  // 16 000 texts a run: each matcher is called only when its check fails (tests/support/equalOrExpect), as expect()
  // itself costs more than parsing the text (decision 0273).
  const result = expectNoThrow(() => parseNotation(text));
  if (result === undefined) return;
  expectSame(result.ok ? result.value.raw : result.error.raw, text);
  if (!holdsNumberSign(text)) expectEqual([text, numbersOf(result).filter((n) => n !== null)], [text, []]);
  for (const n of numbersOf(result)) if (n !== null) expectSame(Number.isFinite(n), true);
}

/** Characters that matter to the grammar, and some that should not. */
const PIECES = [
  ...'0123456789０１２３４５６７８９.．,，%％-－—–~～/／*＊▲△※>＞<＜≥≤ 　\t\u200b\ufeff',
  '（预计）', '(预计)', '预计', '以上', '以下', '左右', '上下', '不超过', '不低于', '超过', '高于', '低于', '至', '到', '前', '强',
  '约', '近', '达到', '力争', '个百分点', '倍', '家', '万家', '亿元', '万元', '人年', '件', '项', '全覆盖', '增速高于', '固定资产投资增速',
  '一', '两', '十', '百', '千', '万', '亿', '〇', '零', 'e', 'E', 'NaN', 'Infinity', '0x', '1e308', '9'.repeat(400),
  '😀', 'é', '\u0301', '\ud800',
];

type Edit = { kind: 'insert' | 'replace'; at: number; piece: string } | { kind: 'delete'; at: number; length: number } | { kind: 'width'; at: number } | { kind: 'mark'; piece: string };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), piece: fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })) }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), piece: fc.oneof(fc.constantFrom(...PIECES), fc.string({ minLength: 1, maxLength: 2 })) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('width' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('mark' as const), piece: fc.constantFrom('*', '▲', '△', '※', '（预计）', '（预估值）', '＊') }),
);

/** Half-width ASCII to full-width and back (U+FF01…U+FF5E are U+0021…U+007E shifted by 0xFEE0). */
function swapWidth(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x21 && code <= 0x7e) return String.fromCodePoint(code + 0xfee0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCodePoint(code - 0xfee0);
  if (char === ' ') return '\u3000';
  if (char === '\u3000') return ' ';
  return char;
}

function applyEdit(text: string, change: Edit): string {
  const chars = [...text];
  switch (change.kind) {
    case 'insert': {
      const at = change.at % (chars.length + 1);
      return [...chars.slice(0, at), change.piece, ...chars.slice(at)].join('');
    }
    case 'replace': {
      if (chars.length === 0) return change.piece;
      const at = change.at % chars.length;
      return [...chars.slice(0, at), change.piece, ...chars.slice(at + 1)].join('');
    }
    case 'delete': {
      if (chars.length === 0) return text;
      const at = change.at % chars.length;
      return [...chars.slice(0, at), ...chars.slice(at + change.length)].join('');
    }
    case 'width': {
      if (chars.length === 0) return text;
      const at = change.at % chars.length;
      return chars.map((char, i) => (i === at ? swapWidth(char) : char)).join('');
    }
    case 'mark':
      return `${text}${change.piece}`;
  }
}

describe('parseNotation under random text', () => {
  it('finds the seed cells to mutate', () => {
    expect(SEED_CELLS.length).toBeGreaterThan(100);
  });

  it('any string: never throws, keeps the raw, no number without a digit or numeral', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc.string({ unit: 'binary', maxLength: 20 }),
      fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((pieces) => pieces.join('')),
    );
    fc.assert(fc.property(text, (value) => expectSound(value)), fuzz(4000));
  });

  it('texts without any digit or numeral never read as a number', () => {
    const wordy = fc.array(fc.constantFrom(...PIECES.filter((piece) => !holdsNumberSign(piece))), { minLength: 1, maxLength: 6 }).map((pieces) => pieces.join(''));
    fc.assert(fc.property(wordy, (value) => expectSound(value)), fuzz(2000));
  });

  it('every seed cell, mutated: never throws, keeps the raw, no number without a digit or numeral', () => {
    const mutated = fc.tuple(fc.constantFrom(...SEED_CELLS), fc.array(edit, { minLength: 1, maxLength: 4 }))
      .map(([cell, edits]) => edits.reduce(applyEdit, cell));
    fc.assert(fc.property(mutated, (value) => expectSound(value)), fuzz(6000));
  });

  it('every seed cell with every single edit of one kind still reads soundly', () => {
    for (const cell of SEED_CELLS) {
      const chars = [...cell];
      for (let at = 0; at <= chars.length; at++) {
        expectSound(applyEdit(cell, { kind: 'delete', at, length: 1 }));
        expectSound(applyEdit(cell, { kind: 'width', at }));
        expectSound(applyEdit(cell, { kind: 'insert', at, piece: '以上' }));
      }
      expectSound(`${cell}▲`);
      expectSound(`${cell}（预计）`);
    }
  });
});
