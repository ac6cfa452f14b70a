import type { Coded, Locale, MessageParams } from './types';
import { translateWith, LOCALES } from './translate';
import type { MessageCode } from './zh-CN';

/**
 * A finding's (or any coded message's) wording in `locale`, made where it is shown: the pane, the cell notes, the
 * CLI lines, the reports, the `check --json` output. Nested messages in the params are worded in the same language.
 */
export function renderFinding(finding: Coded, locale: Locale): string {
  return translateWith(LOCALES[locale], finding.code, finding.params);
}

/** A file problem's message in `locale`: its `messageCode` (the code or a variant of it) with its params. */
export function renderProblem(problem: { messageCode: MessageCode; params: MessageParams }, locale: Locale): string {
  return translateWith(LOCALES[locale], problem.messageCode, problem.params);
}
