/**
 * Number formats that make a cell show something other than the value it stores: an empty section (';;;' shows
 * nothing), a section of literal text without a digit placeholder ('"已达标"' or '"650"' over 560), digits written
 * into the format ('0"0"', '0!0' or '0\0' shows 5600 for 560; '*6 0' fills the cell with 6s before the value), a
 * scaling comma ('0,' shows 560 for 560000), a condition choosing such a section, a colour one cannot tell from the
 * page ([White], [Yellow], [Color2]…), or a text section of literal text ('0;0;0;"已达标"' shows 已达标 over the
 * status formula's 未达标, or over any 说明).
 * What a county sees must be what is stored: such a format on the form is a finding.
 */
import { indistinct } from '../../util/contrast';
import { keptPerText } from '../../util/kept';

/** Excel's colour names and its 56 numbered colours ([Color1]…[Color56]), as they print. */
const NAMED_COLOURS: Readonly<Record<string, string>> = {
  black: '000000', blue: '0000FF', cyan: '00FFFF', green: '00FF00', magenta: 'FF00FF', red: 'FF0000', white: 'FFFFFF', yellow: 'FFFF00',
};
const PALETTE = ('000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF 800000 008000 000080 808000 800080 008080 C0C0C0 808080 '
  + '9999FF 993366 FFFFCC CCFFFF 660066 FF8080 0066CC CCCCFF 000080 FF00FF FFFF00 00FFFF 800080 800000 008080 0000FF 00CCFF CCFFFF '
  + 'CCFFCC FFFF99 99CCFF FF99CC CC99FF FFCC99 3366FF 33CCCC 99CC00 FFCC00 FF9900 FF6600 666699 969696 003366 339966 003300 333300 '
  + '993300 993366 333399 333333').split(' ');

/** The colour a section prints in ([Red], [Color 10]), as six hex digits; null when it names none. */
function sectionColour(section: string): string | null {
  for (const [, inside] of section.matchAll(/\[([^\]]*)\]/gu)) {
    const name = (inside ?? '').trim().toLowerCase();
    const named = NAMED_COLOURS[name];
    if (named !== undefined) return named;
    const numbered = /^colou?r\s*(\d+)$/u.exec(name);
    if (numbered !== null) return PALETTE[Number(numbered[1]) - 1] ?? null;
  }
  return null;
}

/** The sections of a format (positive; negative; zero; text), split at ';' outside quotes and brackets. */
function formatSections(format: string): string[] {
  const sections: string[] = [];
  let current = '';
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < format.length; i++) {
    const char = format[i] ?? '';
    // '\x' and '!x' both print x as it is (Excel's two escapes).
    if ((char === '\\' || char === '!') && !quoted) {
      current += char + (format[i + 1] ?? '');
      i += 1;
      continue;
    }
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === '[') bracket = true;
    else if (!quoted && char === ']') bracket = false;
    if (char === ';' && !quoted && !bracket) {
      sections.push(current);
      current = '';
    } else current += char;
  }
  sections.push(current);
  return sections;
}

/**
 * What a section prints besides the value: quoted text, characters escaped with '\' or '!', and the character a '*'
 * repeats to fill the cell ('*6 0' shows 666666 678 for 678; '* ' pads, as accounting formats do).
 */
function literalText(section: string): string {
  return [...section.matchAll(/"([^"]*)"|[\\!](.)|\*(.)/gu)].map((match) => match[1] ?? match[2] ?? match[3] ?? '').join('');
}

/** A section with its literals, colours and conditions removed: what formats the value. */
function placeholders(section: string): string {
  return section.replace(/"[^"]*"|[\\!].|_.|\*.|\[[^\]]*\]/gu, '');
}

const DATE_OR_TIME = /[ymdhs]/iu;

/**
 * Why a format hides its value. `text_replaced` concerns text only (the fourth section prints a literal instead of
 * the text): a number in such a cell shows as it is.
 */
export type HidingReason = 'empty_section' | 'literal_only' | 'literal_digits' | 'white' | 'scaled' | 'text_replaced';

/**
 * Why the format hides or replaces the value it formats; null when it shows the value. Kept per format lately: a sheet
 * has thousands of cells and a few formats, the same in every return of a batch (Excel keeps formats of up to 255
 * characters; a longer one is not kept).
 */
export const hidingReason = keptPerText(judge, 1024, 255);

function judge(format: string): HidingReason | null {
  if (format === '' || /^general$/iu.test(format) || format === '@') return null;
  const sections = formatSections(format);
  for (const [index, section] of sections.entries()) {
    // A colour one cannot tell from a white page (the form's entry fill is as pale): [White], [Yellow], [Color2]…
    const colour = sectionColour(section);
    if (colour !== null && indistinct(colour, 'FFFFFF')) return 'white';
    const body = placeholders(section).trim();
    // The fourth section formats text: '@' shows it; an empty one hides text too (';;;'); a literal without '@'
    // prints itself instead of the text ('0;0;0;"已达标"').
    if (index === 3) {
      if (body === '' && literalText(section) === '') return 'empty_section';
      if (!section.replace(/"[^"]*"|[\\!]./gu, '').includes('@') && literalText(section).trim() !== '') return 'text_replaced';
      continue;
    }
    if (body === '' && literalText(section) === '') return 'empty_section';
    if (/\d/u.test(literalText(section))) return 'literal_digits';
    // A comma after the last digit placeholder divides by 1000 ('0,' shows 560 for 560000): thousands separators
    // ('#,##0') have a placeholder after them.
    if (/[0#?.],+(?![,]*[0#?])/u.test(body)) return 'scaled';
    if (!/[0#?]|general/iu.test(body) && !DATE_OR_TIME.test(body)) return 'literal_only';
  }
  return null;
}
