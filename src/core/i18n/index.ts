export type { Locale, LocaleTable, LocalizedText, MessageParams } from './types';
export { LOCALES, formatParam, placeholdersOf, pseudoLocalize, translate, translateWith } from './translate';
export { formatNumber } from './formatNumber';
export { zhCN, type MessageCode } from './zh-CN';
export { enUS } from './en-US';
