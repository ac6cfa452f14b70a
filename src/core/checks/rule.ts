import type { Indicator } from '../catalog';
import type { SheetPlace } from '../form';
import type { MessageCode, MessageParams } from '../i18n';
import type { EnteredCell, ReturnRow } from '../returns';
import type { EnteredValue } from './reading';
import type { SheetView } from './sheetView';
import type { Severity } from './types';

/**
 * A rule is data: an id, a severity, the message codes it may emit and one run function, executed by the
 * generic runner (runner.ts). As in R's `validate`, confronting data with a rule gives pass, fail or
 * not_available (the rule cannot decide: a value it needs is missing).
 */
export interface Failure {
  status: 'fail';
  /** A code of the rule's `codes`, worded by the locale tables. */
  code: MessageCode;
  params: MessageParams;
  /** The entry as found; cell rules default to the cell's text. */
  value?: string | null;
  /** What was expected, language-neutral. */
  expected?: string | null;
  /** Overrides the rule's severity when the data says so (a catalog rule's own severity). */
  severity?: Severity;
}

export type Outcome = { status: 'pass' } | { status: 'not_available' } | Failure;

export const PASS: Outcome = { status: 'pass' };
export const NOT_AVAILABLE: Outcome = { status: 'not_available' };

export function fail(code: MessageCode, params: MessageParams, details: Omit<Failure, 'status' | 'code' | 'params'> = {}): Failure {
  return { status: 'fail', code, params, ...details };
}

/** One actual-value cell of one row, with what the rules read from it. */
export interface CellSubject {
  row: ReturnRow;
  indicator: Indicator;
  year: number;
  /** Null when the sheet has no cell for the year. */
  cell: EnteredCell | null;
  entered: EnteredValue;
  /** The number the entry stands for, null when none. */
  number: number | null;
  view: SheetView;
}

interface RuleBase {
  id: string;
  severity: Severity;
  /** Every message code the rule emits (the locale tests hold the tables to them). */
  codes: readonly MessageCode[];
  /** What the rule checks, for the documentation and the reviewer. */
  description: string;
}

/** Runs once per actual cell: every year column ('every'), or the reporting year only ('reporting'). */
export interface CellRule extends RuleBase {
  scope: 'cell';
  years: 'every' | 'reporting';
  appliesTo(subject: CellSubject): boolean;
  run(subject: CellSubject): Outcome;
}

export interface SheetOutcome {
  outcome: Outcome;
  /** The cell or row concerned; null for the sheet as a whole. */
  at: SheetPlace | null;
  indicatorId: string | null;
  /** Rows concerned: a warning is explained when one of their 说明 cells is filled. */
  rows: readonly ReturnRow[];
}

/** Runs once over the whole sheet (structure, cross-indicator rules). */
export interface SheetRule extends RuleBase {
  scope: 'sheet';
  run(view: SheetView): SheetOutcome[];
}

export type CheckRule = CellRule | SheetRule;
