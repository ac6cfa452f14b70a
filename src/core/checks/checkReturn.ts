import type { ReturnSheet } from '../returns';
import { resolveOptions } from './options';
import { buildReport } from './report';
import { runRules } from './runner';
import { SheetView } from './sheetView';
import type { CheckContext, CheckReport } from './types';

/**
 * Confronts a filled reporting sheet with every rule: pass / fail / not available per rule and cell, a
 * finding per failure (worded in Chinese and English from the locale tables), counts per rule and
 * indicator, and the verdict. Never throws on the sheet's content; a rule that breaks is a finding.
 */
export function checkReturn(sheet: ReturnSheet, context: CheckContext): CheckReport {
  const options = resolveOptions(context.options);
  const view = new SheetView(sheet, context, options);
  const run = runRules(view, options.rules);
  return buildReport(run.findings, run.byRule, run.byIndicator);
}
