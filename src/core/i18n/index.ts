export type { Coded, Locale, LocaleTable, MessageParam, MessageParams } from './types';
export { LOCALES, formatParam, isMessageCode, translateCarried, placeholdersOf, pseudoLocalize, translate, translateWith } from './translate';
export { renderFinding, renderProblem } from './rendered';
export { formatNumber } from './formatNumber';
export { zhCN, type MessageCode } from './zh-CN';
export { enUS } from './en-US';
