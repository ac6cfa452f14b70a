import { enUS } from './en-US';
import { formatNumber } from './formatNumber';
import type { Locale, LocaleTable, MessageParam, MessageParams } from './types';
import { zhCN, type MessageCode } from './zh-CN';

export const LOCALES: Readonly<Record<Locale, LocaleTable>> = { 'zh-CN': zhCN, 'en-US': enUS };

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/gu;
/**
 * A word that agrees with a number param: `{count|value|values}` reads "value" when `count` is 1, else "values". For
 * English; Chinese has no plural and its templates never need one.
 */
const PLURAL = /\{([A-Za-z0-9_]+)\|([^|{}]*)\|([^|{}]*)\}/gu;

/**
 * Fills the template `code` of `table` with `params`. A code the table lacks comes back as the code and its
 * params, so a missing key shows instead of vanishing (the locale tests keep that from shipping); a
 * placeholder without a param stays as written, for the same reason.
 */
export function translateWith(table: LocaleTable, code: string, params: MessageParams = {}): string {
  const template = table[code];
  if (template === undefined) {
    const shown = Object.entries(params).map(([key, value]) => `${key}=${formatParam(value, table)}`);
    return shown.length === 0 ? code : `${code} (${shown.join(', ')})`;
  }
  return template.replace(PLURAL, (whole, name: string, one: string, other: string) => {
    const value = params[name];
    return typeof value === 'number' ? (value === 1 ? one : other) : whole;
  }).replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : formatParam(value, table);
  });
}

/** The wording of `code` in `locale`, filled with `params`. */
export function translate(locale: Locale, code: MessageCode, params: MessageParams = {}): string {
  return translateWith(LOCALES[locale], code, params);
}

/**
 * The wording of a code built from data rather than written in the source: `rule.<id>` for a rule's name. (Findings
 * and problems carry a MessageCode and are worded by renderFinding / renderProblem.) The locale tests hold every
 * rule's name to the tables; one that still slips through shows as itself with its params, never as nothing.
 */
export function translateCarried(locale: Locale, code: string, params: MessageParams = {}): string {
  return translateWith(LOCALES[locale], code, params);
}

/** Whether `code` (read from a file, an error or built from parts) names a message of the tables. */
export function isMessageCode(code: string): code is MessageCode {
  return Object.prototype.hasOwnProperty.call(zhCN, code);
}

/** A param as text: a number formatted, a string as it is, a nested message worded from `table` (the same language). */
export function formatParam(value: MessageParam, table: LocaleTable = LOCALES['zh-CN']): string {
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string') return value;
  return translateWith(table, value.code, value.params);
}

/** The placeholders a template uses, in order. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '');
}

/**
 * A pseudo-locale: every literal piece of every template wrapped in ⟦ ⟧, placeholders left as they are.
 * Rendering a message with it shows at once which text came from the table and which did not.
 */
export function pseudoLocalize(table: LocaleTable): LocaleTable {
  const pseudo: Record<string, string> = {};
  for (const [code, template] of Object.entries(table)) {
    pseudo[code] = template
      .split(/(\{[A-Za-z0-9_]+\})/u)
      .map((piece) => (piece === '' || /^\{[A-Za-z0-9_]+\}$/u.test(piece) ? piece : `⟦${piece}⟧`))
      .join('');
  }
  return pseudo;
}
