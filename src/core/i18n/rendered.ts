import type { MessageParams, Locale } from './types';
import { translateCarried } from './translate';

/** What findings and file problems carry instead of wording: a message code and its params. */
export interface Coded {
  code: string;
  params: MessageParams;
}

/**
 * A finding's message in `locale`, worded where it is shown from its code and params. (Findings still carry
 * `message: {zh, en}` for `check --json`, whose output stays as it was; nothing displays that field.)
 */
export function renderFinding(finding: Coded, locale: Locale): string {
  return translateCarried(locale, finding.code, finding.params);
}

/** A file problem's message in `locale`: its `messageCode` (the code or a variant of it) with its params. */
export function renderProblem(problem: { messageCode: string; params: MessageParams }, locale: Locale): string {
  return translateCarried(locale, problem.messageCode, problem.params);
}
