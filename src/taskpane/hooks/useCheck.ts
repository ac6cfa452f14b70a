/**
 * A check of the workbook's reporting sheets that the 校验 and 审核 tabs share: run it, keep its result, and
 * run it again after an explanation or a correction so the list and the verdict follow.
 */
import { useCallback, useState } from 'react';
import type { Finding } from '../../core/checks';
import type { LoadedCatalog } from '../../core/catalog';
import type { ReturnSheet } from '../../core/returns';
import { checkSheets, explanationCellOf, isActualCell, type WorkbookCheck } from '../model/sheetChecks';
import type { WorkbookPort } from '../ports/workbookPort';
import { placeA1 } from '../../core/form';

export interface CheckResult {
  check: WorkbookCheck;
  sheets: ReturnSheet[];
}

export interface CheckRun {
  result: CheckResult | null;
  /** True when the last run found no reporting sheet. */
  empty: boolean;
  /** The last run of the active sheet found none there, while the workbook holds reporting sheets elsewhere. */
  elsewhere: boolean;
  check: (scope: 'active' | 'all') => Promise<CheckResult | null>;
  explain: (finding: Finding, text: string) => Promise<void>;
  /**
   * Types a corrected value and checks again. A value the checks refuse as an error (as Excel's validation refuses
   * it when typed) is taken back out: the cell keeps what it had, and the refusing finding is returned.
   */
  correct: (finding: Finding, text: string) => Promise<Finding | null>;
  canExplain: (finding: Finding) => boolean;
  canCorrect: (finding: Finding) => boolean;
}

export function useCheck(port: WorkbookPort, loaded: LoadedCatalog | null): CheckRun {
  const [result, setResult] = useState<CheckResult | null>(null);
  const [scope, setScope] = useState<'active' | 'all'>('all');
  const [empty, setEmpty] = useState(false);
  const [elsewhere, setElsewhere] = useState(false);

  const check = useCallback(async (wanted: 'active' | 'all') => {
    if (loaded === null) return null;
    setScope(wanted);
    const sheets = await port.readReturns(wanted);
    // The active sheet may be the cover a workbook opens on: say where the reporting sheets are, not that none exist.
    setElsewhere(wanted === 'active' && sheets.length === 0 && (await port.readReturns('all')).length > 0);
    setEmpty(sheets.length === 0);
    const next = sheets.length === 0 ? null : { check: checkSheets(sheets, loaded), sheets };
    setResult(next);
    return next;
  }, [port, loaded]);

  const explain = useCallback(async (finding: Finding, text: string) => {
    const cell = result === null ? null : explanationCellOf(finding, result.sheets);
    if (cell === null) return;
    await port.writeExplanation(finding.sheet, cell, text);
    await check(scope);
  }, [port, result, check, scope]);

  const correct = useCallback(async (finding: Finding, text: string): Promise<Finding | null> => {
    if (port.writeValue === undefined || finding.ref?.column === undefined) return null;
    const cell = placeA1(finding.ref);
    await port.writeValue(finding.sheet, cell, text);
    const after = await check(scope);
    const typed = text.trim();
    const refused = after?.check.errors.find((other) => other.sheet === finding.sheet && other.indicatorId === finding.indicatorId && (other.value ?? '').trim() === typed) ?? null;
    if (refused !== null) {
      await port.writeValue(finding.sheet, cell, finding.value ?? '');
      await check(scope);
    }
    return refused;
  }, [port, check, scope]);

  const canExplain = useCallback((finding: Finding) => result !== null && explanationCellOf(finding, result.sheets) !== null, [result]);
  const canCorrect = useCallback((finding: Finding) => port.writeValue !== undefined && result !== null && isActualCell(finding, result.sheets), [port, result]);

  return { result, empty, elsewhere, check, explain, correct, canExplain, canCorrect };
}
