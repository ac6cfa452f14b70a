/** The keeping helpers every batch cache uses (src/core/util/kept.ts): a kept answer is the computed one, and bounded. */
import { keptFor, keptForLast, keptPerText } from '../../../src/core/util/kept';

describe('keptPerText', () => {
  it('computes a text once, keeps answers that are undefined or null too, and computes a long text every time', () => {
    const asked: string[] = [];
    const answer = keptPerText((text) => {
      asked.push(text);
      return text === 'none' ? undefined : text === 'null' ? null : text.length;
    }, 8, 5);
    expect([answer('ab'), answer('ab'), answer('none'), answer('none'), answer('null'), answer('null')]).toEqual([2, 2, undefined, undefined, null, null]);
    expect([answer('longer'), answer('longer')]).toEqual([6, 6]);
    expect(asked).toEqual(['ab', 'none', 'null', 'longer', 'longer']);
  });

  it('keeps at most `size` texts: full, it drops them all and computes again', () => {
    let computed = 0;
    const answer = keptPerText((text) => {
      computed += 1;
      return text;
    }, 2, 10);
    for (const text of ['a', 'b', 'c', 'a']) answer(text);
    // 'c' found it full and dropped 'a' and 'b': 'a' is computed again.
    expect(computed).toBe(4);
  });
});

describe('keptFor', () => {
  it('makes once per object, again for another object equal to it', () => {
    const kept = new WeakMap<readonly number[], number>();
    let made = 0;
    const sum = (part: readonly number[]) => {
      made += 1;
      return part.reduce((a, b) => a + b, 0);
    };
    const part = [1, 2];
    expect([keptFor(kept, part, sum), keptFor(kept, part, sum), keptFor(kept, [1, 2], sum)]).toEqual([3, 3, 3]);
    expect(made).toBe(2);
  });
});

describe('keptForLast', () => {
  it('makes once per object while it is among the last `size` asked, and again once newer ones pushed it out', () => {
    const made: string[] = [];
    const lengthOf = keptForLast(2, (part: { name: string }) => {
      made.push(part.name);
      return part.name.length;
    });
    const [a, b, c] = [{ name: 'a' }, { name: 'bb' }, { name: 'ccc' }];
    expect([lengthOf(a), lengthOf(b), lengthOf(a), lengthOf({ name: 'a' })]).toEqual([1, 2, 1, 1]);
    // The second { name: 'a' } is another object: made anew, it pushed the first a out (the last two made are kept).
    expect([lengthOf(c), lengthOf(a), lengthOf(c)]).toEqual([3, 1, 3]);
    expect(made).toEqual(['a', 'bb', 'a', 'ccc', 'a']);
  });

  it('makes again what it kept once told to forget (the file it was made for is done with)', () => {
    let made = 0;
    const lengthOf = keptForLast(4, (part: string[]) => {
      made += 1;
      return part.length;
    });
    const part = ['x'];
    lengthOf(part);
    lengthOf(part);
    lengthOf.forget();
    lengthOf(part);
    expect(made).toBe(2);
  });
});
