/**
 * Number formats that make a cell show something other than the value it stores: an empty section (';;;' shows
 * nothing), a section of literal text without a digit placeholder ('"已达标"' or '"650"' over 560), digits written
 * into the format ('0"0"' shows 5600 for 560), a scaling comma ('0,' shows 560 for 560000), a condition choosing
 * such a section, or the [White] colour.
 * What a county sees must be what is stored: such a format on the form is a finding.
 */
import { keptPerText } from '../../util/kept';

/** The sections of a format (positive; negative; zero; text), split at ';' outside quotes and brackets. */
function formatSections(format: string): string[] {
  const sections: string[] = [];
  let current = '';
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < format.length; i++) {
    const char = format[i] ?? '';
    if (char === '\\' && !quoted) {
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

/** What a section prints besides the value: quoted text, escaped characters, and '_x' / '*x' spacing. */
function literalText(section: string): string {
  return [...section.matchAll(/"([^"]*)"|\\(.)/gu)].map((match) => match[1] ?? match[2] ?? '').join('');
}

/** A section with its literals, colours and conditions removed: what formats the value. */
function placeholders(section: string): string {
  return section.replace(/"[^"]*"|\\.|_.|\*.|\[[^\]]*\]/gu, '');
}

const DATE_OR_TIME = /[ymdhs]/iu;

type HidingReason = 'empty_section' | 'literal_only' | 'literal_digits' | 'white' | 'scaled';

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
    if (/\[white\]/iu.test(section)) return 'white';
    const body = placeholders(section).trim();
    // The fourth section formats text: '@' shows it; an empty one hides text too (';;;').
    if (index === 3) {
      if (body === '' && literalText(section) === '') return 'empty_section';
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
