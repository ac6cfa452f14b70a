/**
 * A number that goes up after the workbook changed, at most once per `delayMs`: views that show what the
 * workbook holds (the status list) read it again then, instead of once per typed cell.
 */
import { useEffect, useState } from 'react';
import type { WorkbookPort } from '../ports/workbookPort';

export const CHANGE_DEBOUNCE_MS = 600;

export function useWorkbookRevision(port: WorkbookPort, delayMs: number = CHANGE_DEBOUNCE_MS): number {
  const [revision, setRevision] = useState(0);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = port.onChange(() => {
      clearTimeout(timer);
      timer = setTimeout(() => setRevision((value) => value + 1), delayMs);
    });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [port, delayMs]);
  return revision;
}
