/**
 * Runs one user action at a time: what it is doing while it runs (the pane shows a spinner with that text), the
 * error worded for the user when it fails. A failed write says that the workbook is as it was: the adapters
 * write into new sheets and swap them in only when everything is written.
 */
import { useCallback, useRef, useState } from 'react';
import { useText } from '../i18n';
import { errorText } from '../model/errorText';

export interface ActionState {
  /** What is running, worded; null when idle. */
  busy: string | null;
  error: string | null;
  run: <T>(label: string, action: () => Promise<T>, options?: { writes?: boolean }) => Promise<T | undefined>;
  clearError: () => void;
}

export function useAction(): ActionState {
  const { locale, t } = useText();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const running = useRef(false);

  const run = useCallback(async <T,>(label: string, action: () => Promise<T>, options: { writes?: boolean } = {}): Promise<T | undefined> => {
    if (running.current) return undefined;
    running.current = true;
    setBusy(label);
    setError(null);
    try {
      return await action();
    } catch (caught) {
      const text = errorText(caught, locale);
      setError(options.writes === true ? `${text}${t('pane.error.nothing_lost')}` : text);
      return undefined;
    } finally {
      running.current = false;
      setBusy(null);
    }
  }, [locale, t]);

  const clearError = useCallback(() => setError(null), []);
  return { busy, error, run, clearError };
}
