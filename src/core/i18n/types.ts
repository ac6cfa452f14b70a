import type { MessageCode } from './zh-CN';

/** The languages the product speaks: Chinese first, English second. */
export type Locale = 'zh-CN' | 'en-US';

/** A message not yet worded: a code of the tables and its params. Findings and problems carry this, never text. */
export interface Coded<Code extends MessageCode = MessageCode> {
  code: Code;
  params: MessageParams;
}

/**
 * A value a message is filled with: a number (formatted by the translator), a string (inserted as it is: data,
 * never wording) or a nested message (a reason that itself needs words), worded in the same language.
 */
export type MessageParam = string | number | Coded;

export type MessageParams = Record<string, MessageParam>;

/** One language's wording: message code → template with `{param}` placeholders. */
export type LocaleTable = Readonly<Record<string, string>>;
