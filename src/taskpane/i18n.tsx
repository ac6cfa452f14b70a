/**
 * The pane's language: zh-CN unless Office (or, outside Office, the browser) speaks English. Every word the
 * pane shows comes from the locale tables of src/core/i18n (the `pane.*` section).
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { translate, type Locale, type MessageCode, type MessageParams } from '../core/i18n';

export function localeOf(language: string): Locale {
  return /^en(?:-|_|$)/iu.test(language.trim()) ? 'en-US' : 'zh-CN';
}

export type Translate = (code: MessageCode, params?: MessageParams) => string;

const LocaleContext = createContext<Locale>('zh-CN');

export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export function useText(): { locale: Locale; t: Translate } {
  const locale = useContext(LocaleContext);
  return useMemo(() => ({ locale, t: (code: MessageCode, params?: MessageParams) => translate(locale, code, params) }), [locale]);
}
