import { sheetRef, type SheetPlace } from '../form';
import type { MessageCode } from '../i18n';
import type { ReturnRow } from '../returns';
import { cellText } from './reading';
import { enteredPlace } from './rules/common';
import type { CellRule, CellSubject, CheckRule, Outcome, SheetOutcome, SheetRule } from './rule';
import type { SheetView } from './sheetView';
import type { Finding, RuleTally } from './types';

export interface RuleRun {
  findings: Finding[];
  byRule: Record<string, RuleTally>;
  byIndicator: Record<string, RuleTally>;
}

interface Where {
  at: SheetPlace | null;
  indicatorId: string | null;
  rows: readonly ReturnRow[];
  /** The entry shown when a failure does not name one (a cell's; none for a sheet rule's outcome). */
  entry?: string | null;
}

/**
 * Where a cell rule ran, worked out only when it fails: most cells pass every rule, and the cell's place and text
 * (an address parsed, a number formatted) would be made for nothing once per rule, row and year.
 */
function cellWhere(subject: CellSubject): Where {
  const { row, cell } = subject;
  return { at: enteredPlace(cell), indicatorId: row.indicatorId, rows: [row], entry: cellText(cell) };
}

const RULE_ERROR_CODE: MessageCode = 'check.rule_error';

function emptyTally(): RuleTally {
  return { passes: 0, fails: 0, notAvailable: 0 };
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** Runs rules over a sheet: one generic loop for all of them; a rule that throws becomes a rule_error finding. */
class Runner {
  readonly findings: Finding[] = [];
  readonly byRule: Record<string, RuleTally> = {};
  readonly byIndicator: Record<string, RuleTally> = {};
  /**
   * Each indicator row's cells, of every year it has a cell for and of the reporting year, in order: the same subjects
   * for each cell rule (rules only read them), made when the first cell rule runs.
   */
  private cells: ReadonlyArray<readonly CellSubject[]> | undefined;

  constructor(private readonly view: SheetView) {}

  run(rule: CheckRule): void {
    this.byRule[rule.id] ??= emptyTally();
    if (rule.scope === 'cell') this.runCells(rule);
    else this.runSheet(rule);
  }

  private runCells(rule: CellRule): void {
    const reportingOnly = rule.years === 'reporting';
    const reporting = this.view.reportingYear;
    for (const row of (this.cells ??= this.subjects())) {
      for (const subject of row) {
        if (reportingOnly && subject.year !== reporting) continue;
        try {
          if (rule.appliesTo(subject)) this.recordCell(rule, rule.run(subject), subject);
        } catch (error) {
          this.recordError(rule, error, cellWhere(subject));
        }
      }
    }
  }

  private subjects(): CellSubject[][] {
    const { view } = this;
    const reporting = view.reportingYear;
    return view.sheet.rows.flatMap((row) => {
      const indicator = view.indicatorOf(row);
      if (indicator === undefined) return [];
      // Years are distinct keys: the reporting year is added when the row has no cell for it.
      const years = Object.keys(row.actuals).map(Number);
      if (!years.includes(reporting)) years.push(reporting);
      return [years.sort((a, b) => a - b).map((year) => view.subject(row, indicator, year))];
    });
  }

  private runSheet(rule: SheetRule): void {
    let outcomes: SheetOutcome[];
    try {
      outcomes = rule.run(this.view);
    } catch (error) {
      this.recordError(rule, error, { at: null, indicatorId: null, rows: [] });
      return;
    }
    for (const found of outcomes) this.record(rule, found.outcome, found);
  }

  private tally(rule: CheckRule, indicatorId: string | null, key: keyof RuleTally): void {
    (this.byRule[rule.id] ??= emptyTally())[key] += 1;
    if (indicatorId !== null) (this.byIndicator[indicatorId] ??= emptyTally())[key] += 1;
  }

  /** A cell's outcome: a pass is only counted, so its place is worked out only for a finding. */
  private recordCell(rule: CellRule, outcome: Outcome, subject: CellSubject): void {
    if (outcome.status === 'pass') return this.tally(rule, subject.row.indicatorId, 'passes');
    if (outcome.status === 'not_available') return this.tally(rule, subject.row.indicatorId, 'notAvailable');
    this.record(rule, outcome, cellWhere(subject));
  }

  private record(rule: CheckRule, outcome: Outcome, where: Where): void {
    if (outcome.status === 'pass') return this.tally(rule, where.indicatorId, 'passes');
    if (outcome.status === 'not_available') return this.tally(rule, where.indicatorId, 'notAvailable');
    if (!rule.codes.includes(outcome.code)) {
      return this.recordError(rule, new Error(`undeclared message code ${outcome.code}`), where);
    }
    this.tally(rule, where.indicatorId, 'fails');
    const severity = outcome.severity ?? rule.severity;
    const explanation = where.rows.map((row) => this.view.explanationOf(row)).find((text) => text !== null) ?? null;
    this.findings.push({
      sheet: this.view.sheet.sheet,
      ref: where.at === null ? null : sheetRef(this.view.sheet.sheet, where.at),
      indicatorId: where.indicatorId,
      ruleId: rule.id,
      severity,
      code: outcome.code,
      params: outcome.params,
      value: outcome.value === undefined ? (where.entry ?? null) : outcome.value,
      expected: outcome.expected ?? null,
      explained: severity === 'warning' && explanation !== null,
      explanation,
    });
  }

  /** A broken rule is recorded, not thrown: the rule could not decide (not available), and the return says so. */
  private recordError(rule: CheckRule, error: unknown, where: Where): void {
    this.tally(rule, where.indicatorId, 'notAvailable');
    const params = { rule: rule.id, detail: describe(error) };
    this.findings.push({
      sheet: this.view.sheet.sheet,
      ref: where.at === null ? null : sheetRef(this.view.sheet.sheet, where.at),
      indicatorId: where.indicatorId,
      ruleId: rule.id,
      severity: 'error',
      code: RULE_ERROR_CODE,
      params,
      value: where.entry ?? null,
      expected: null,
      explained: false,
      explanation: null,
    });
  }
}

export function runRules(view: SheetView, rules: readonly CheckRule[]): RuleRun {
  const runner = new Runner(view);
  for (const rule of rules) runner.run(rule);
  return { findings: runner.findings, byRule: runner.byRule, byIndicator: runner.byIndicator };
}
