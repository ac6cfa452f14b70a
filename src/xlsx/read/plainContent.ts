/**
 * An element's content read without saxes where it is plain XML, as a worksheet's cells are (decision 0266): elements
 * with ASCII names, attributes in quotes, text and the five predefined entities — what every office suite writes
 * among the cells. Anything else (a comment, CDATA, a processing instruction, a character reference, a raw '>' or
 * a carriage return in text, a tab or line break in an attribute value, a name of other than ASCII characters, a
 * character outside the BMP, a tag not closed as it was opened, a duplicate attribute) makes the scan give up, and the caller drops
 * what it was handed and gives the whole text to saxes, which reads or refuses it as before. What it does accept
 * it reads as saxes does, event for event (tests/xlsx/read/plainContent.test.ts holds the two to the same events,
 * and to the same refusal, on texts made to break it).
 */

export interface PlainEvents {
  /** An element opened: its name as written (prefix kept) and its attributes, as saxes gives them (no prototype). */
  open(name: string, attributes: Record<string, string>): void;
  /** Text between two tags, entities replaced; never empty. Only when given. */
  text?: ((text: string) => void) | undefined;
  /** An element closed (a self-closing one right after its open). */
  close(name: string): void;
}

const TAB = 9;
const LF = 10;
const SPACE = 32;
const DOUBLE_QUOTE = 34;
const AMPERSAND = 38;
const SINGLE_QUOTE = 39;
const SLASH = 47;
const LESS = 60;
const EQUALS = 61;
const GREATER = 62;
/**
 * A character saxes takes as it is, besides '<' and '&': from the space up, not a surrogate (saxes checks their pairs:
 * a character outside the BMP is not taken here), not U+FFFE or U+FFFF; no control character but tab and line feed
 * (`controls`: text takes them, an attribute value does not, saxes turning them into spaces). NaN (past the end) is none.
 */
function plainCharacter(code: number, controls: boolean): boolean {
  if (code >= SPACE) return code < 0xd800 || (code >= 0xe000 && code <= 0xfffd);
  return controls && (code === TAB || code === LF);
}

/** Letters, '_' and ':' (saxes reads names without namespaces: a colon is a name character). */
function nameStart(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95 || code === 58;
}

function nameChar(code: number): boolean {
  return nameStart(code) || (code >= 48 && code <= 57) || code === 45 || code === 46;
}

/** Space, tab, line feed (a carriage return is not taken: saxes turns it into a line feed). */
function space(code: number): boolean {
  return code === SPACE || code === TAB || code === LF;
}

const ENTITIES: ReadonlyArray<readonly [string, string]> = [['amp;', '&'], ['lt;', '<'], ['gt;', '>'], ['quot;', '"'], ['apos;', "'"]];

/** The predefined entity whose '&' is at `at`: its character and where the text goes on; null for any other. */
function entityAt(text: string, at: number): { character: string; end: number } | null {
  for (const [name, character] of ENTITIES) if (text.startsWith(name, at + 1)) return { character, end: at + 1 + name.length };
  return null;
}

/**
 * Names met before, the same string objects each time: V8 makes a string it stores a property under internal (one copy
 * in its table), and a name found here skips both the new string and that lookup; the handlers' `switch` on names then
 * compares references. One name kept per first character and length (a sheet has some ten names; another name of the
 * same first character and length takes its place).
 */
const known: Array<string | undefined> = new Array<string | undefined>(128 * 16).fill(undefined);

/** The name written from `start` to `end` (ASCII name characters), as met before when it was. */
function nameAt(text: string, start: number, end: number): string {
  const length = end - start;
  const slot = (length < 16 ? length : 15) * 128 + text.charCodeAt(start);
  const kept = known[slot];
  if (kept !== undefined && kept.length === length) {
    let same = true;
    for (let index = 1; index < length; index += 1) {
      if (kept.charCodeAt(index) !== text.charCodeAt(start + index)) {
        same = false;
        break;
      }
    }
    if (same) return kept;
  }
  const name = text.slice(start, end);
  known[slot] = name;
  return name;
}

/** Names of the attributes of the tag being read (the first `count` of them): a name given twice is refused by saxes. */
const names: string[] = [];

function given(attribute: string, count: number): boolean {
  for (let index = 0; index < count; index += 1) if (names[index] === attribute) return true;
  return false;
}

/**
 * Attributes as saxes gives them, an object whose prototype chain holds nothing (no `constructor`, no `__proto__`
 * setter: an attribute of any name is an own property, one not given is undefined), in V8's fast mode: objects made
 * by `Object.create(null)` are dictionaries, slower to fill and to read.
 */
const Attributes = function Attributes(this: object) {} as unknown as new () => Record<string, string>;
Attributes.prototype = Object.create(null) as Record<string, string>;

/**
 * Reads the content that begins at `from` (just after an element's open tag) up to the close tag that ends it, handing
 * each event to `events` as it goes. The index of that close tag's '<' (the caller has saxes read it and all that
 * follows), or -1 when the content turns out not to be plain, or never ends: then what was handed on is to be dropped.
 */
export function plainContent(text: string, from: number, events: PlainEvents): number {
  const open: string[] = [];
  const onText = events.text;
  let at = from;
  for (;;) {
    // Text up to the next '<'.
    let start = at;
    let decoded = '';
    for (;;) {
      const code = text.charCodeAt(at);
      if (code === LESS) break;
      if (code === AMPERSAND) {
        const entity = entityAt(text, at);
        if (entity === null) return -1;
        decoded += text.slice(start, at) + entity.character;
        at = entity.end;
        start = at;
        continue;
      }
      // A '>' in text is taken by saxes unless it ends ']]>': not taken here.
      if (code === GREATER || !plainCharacter(code, true)) return -1;
      at += 1;
    }
    if (onText !== undefined && (decoded.length > 0 || at > start)) onText(decoded + text.slice(start, at));
    const next = text.charCodeAt(at + 1);
    if (next === SLASH) {
      let end = at + 2;
      if (!nameStart(text.charCodeAt(end))) return -1;
      while (nameChar(text.charCodeAt(end))) end += 1;
      const name = nameAt(text, at + 2, end);
      while (space(text.charCodeAt(end))) end += 1;
      if (text.charCodeAt(end) !== GREATER) return -1;
      if (open.length === 0) return at;
      if (open.pop() !== name) return -1;
      events.close(name);
      at = end + 1;
      continue;
    }
    if (!nameStart(next)) return -1;
    let end = at + 2;
    while (nameChar(text.charCodeAt(end))) end += 1;
    const name = nameAt(text, at + 1, end);
    const attributes = new Attributes();
    let count = 0;
    let code = text.charCodeAt(end);
    let selfClosing = false;
    for (;;) {
      if (code === GREATER) {
        end += 1;
        break;
      }
      if (code === SLASH) {
        if (text.charCodeAt(end + 1) !== GREATER) return -1;
        selfClosing = true;
        end += 2;
        break;
      }
      // After the name or a value: a space before the next attribute, '>' or '/>'.
      if (!space(code)) return -1;
      do end += 1;
      while (space(text.charCodeAt(end)));
      code = text.charCodeAt(end);
      if (code === GREATER || code === SLASH) continue;
      if (!nameStart(code)) return -1;
      const attributeAt = end;
      while (nameChar(text.charCodeAt(end))) end += 1;
      const attribute = nameAt(text, attributeAt, end);
      while (space(text.charCodeAt(end))) end += 1;
      if (text.charCodeAt(end) !== EQUALS) return -1;
      end += 1;
      while (space(text.charCodeAt(end))) end += 1;
      const quote = text.charCodeAt(end);
      if (quote !== DOUBLE_QUOTE && quote !== SINGLE_QUOTE) return -1;
      end += 1;
      let valueAt = end;
      let value = '';
      for (;;) {
        const character = text.charCodeAt(end);
        if (character === quote) break;
        if (character === AMPERSAND) {
          const entity = entityAt(text, end);
          if (entity === null) return -1;
          value += text.slice(valueAt, end) + entity.character;
          end = entity.end;
          valueAt = end;
          continue;
        }
        // '<' is refused by saxes.
        if (character === LESS || !plainCharacter(character, false)) return -1;
        end += 1;
      }
      value += text.slice(valueAt, end);
      end += 1;
      if (given(attribute, count)) return -1;
      names[count] = attribute;
      count += 1;
      attributes[attribute] = value;
      code = text.charCodeAt(end);
    }
    events.open(name, attributes);
    if (selfClosing) events.close(name);
    else open.push(name);
    at = end;
  }
}
