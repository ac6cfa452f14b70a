/** The languages the product speaks: Chinese first, English second. */
export type Locale = 'zh-CN' | 'en-US';

/** The values a message is filled with. Numbers are formatted by the translator, strings are inserted as they are. */
export type MessageParams = Record<string, string | number>;

/** One language's wording: message code → template with `{param}` placeholders. */
export type LocaleTable = Readonly<Record<string, string>>;

/** A message in both languages, as findings carry it. */
export interface LocalizedText {
  zh: string;
  en: string;
}
