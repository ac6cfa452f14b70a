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

/** A check's outcome before it is shown. */
interface Checked {
  result: CheckResult | null;
  empty: boolean;
  elsewhere: boolean;
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

  /** The workbook's reporting sheets checked now, not yet shown. */
  const checked = useCallback(async (wanted: 'active' | 'all'): Promise<Checked | null> => {
    if (loaded === null) return null;
    const sheets = await port.readReturns(wanted);
    // The active sheet may be the cover a workbook opens on: say where the reporting sheets are, not that none exist.
    const elsewhere = wanted === 'active' && sheets.length === 0 && (await port.readReturns('all')).length > 0;
    return { result: sheets.length === 0 ? null : { check: checkSheets(sheets, loaded), sheets }, empty: sheets.length === 0, elsewhere };
  }, [port, loaded]);

  const show = useCallback((run: Checked) => {
    setElsewhere(run.elsewhere);
    setEmpty(run.empty);
    setResult(run.result);
    return run.result;
  }, []);

  const check = useCallback(async (wanted: 'active' | 'all') => {
    setScope(wanted);
    const run = await checked(wanted);
    return run === null ? null : show(run);
  }, [checked, show]);

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
    // Shown only once taken: a refused value's own finding (1.5 for 2家, another code) would replace the finding being
    // corrected in the list for a moment, and its editor, with the typed text, with it.
    const after = await checked(scope);
    const typed = text.trim();
    const refused = after?.result?.check.errors.find((other) => other.sheet === finding.sheet && other.indicatorId === finding.indicatorId && (other.value ?? '').trim() === typed) ?? null;
    if (refused !== null) {
      await port.writeValue(finding.sheet, cell, finding.value ?? '');
      await check(scope);
    } else if (after !== null) {
      show(after);
    }
    return refused;
  }, [port, check, checked, show, scope]);

  const canExplain = useCallback((finding: Finding) => result !== null && explanationCellOf(finding, result.sheets) !== null, [result]);
  const canCorrect = useCallback((finding: Finding) => port.writeValue !== undefined && result !== null && isActualCell(finding, result.sheets), [port, result]);

  return { result, empty, elsewhere, check, explain, correct, canExplain, canCorrect };
}
