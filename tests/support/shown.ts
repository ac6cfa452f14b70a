import { renderFinding, type Coded, type Locale } from '../../src/core/i18n';

/** A finding as a person reads it: worded from its code and params by the one edge function; undefined stays undefined. */
export function shown(finding: Coded | undefined, locale: Locale = 'zh-CN'): string | undefined {
  return finding === undefined ? undefined : renderFinding(finding, locale);
}
