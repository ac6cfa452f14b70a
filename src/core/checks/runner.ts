import { isCarriedUnchanged, placeOfAddress, sheetRef, type SheetPlace } from '../form';
import type { MessageCode } from '../i18n';
import type { ReturnRow } from '../returns';
import { cellText } from './reading';
import { enteredPlace } from './rules/common';
import { explanation as explanationRule } from './rules/explanation';
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
  /** The year of the cell a cell rule judged; a sheet rule's outcome is about the form as it is now. */
  year?: number;
}

/**
 * Where a cell rule ran, worked out only when it fails: most cells pass every rule, and the cell's place and text
 * (an address parsed, a number formatted) would be made for nothing once per rule, row and year.
 */
function cellWhere(subject: CellSubject): Where {
  const { row, cell } = subject;
  return { at: enteredPlace(cell), indicatorId: row.indicatorId, rows: [row], entry: cellText(cell), year: subject.year };
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
  /** Rows whose 说明, carried unchanged from last year's return, was not taken to explain warnings about this year. */
  private readonly carriedUnexplained = new Map<ReturnRow, number>();
  /** Rows whose 说明 a warning of another rule looks to for its explanation. */
  private readonly warned = new Set<ReturnRow>();
  /** Each 说明 that says nothing, kept back for finish(): a finding only where a warning looks to it. */
  private readonly sayingNothing: Array<{ rule: SheetRule; outcome: Outcome; where: Where }> = [];

  constructor(private readonly view: SheetView) {}

  run(rule: CheckRule): void {
    this.byRule[rule.id] ??= emptyTally();
    if (rule.scope === 'cell') this.runCells(rule);
    else this.runSheet(rule);
  }

  private runCells(rule: CellRule): void {
    const reportingOnly = rule.years === 'reporting';
    const reporting = this.view.reportingYear;
    // The rule's tally and the indicator's, looked up once a run and once an indicator (cells of one row come
    // together), not for every cell; an indicator's is made when its first cell is counted, as tally() makes it.
    const ruleTally = (this.byRule[rule.id] ??= emptyTally());
    let indicatorId: string | null = null;
    let indicatorTally: RuleTally | null = null;
    for (const row of (this.cells ??= this.subjects())) {
      for (const subject of row) {
        if (reportingOnly && subject.year !== reporting) continue;
        try {
          if (!rule.appliesTo(subject)) continue;
          const outcome = rule.run(subject);
          // A pass is only counted, so its place is worked out only for a finding.
          if (outcome.status !== 'pass' && outcome.status !== 'not_available') {
            this.record(rule, outcome, cellWhere(subject));
            continue;
          }
          const key = outcome.status === 'pass' ? 'passes' : 'notAvailable';
          ruleTally[key] += 1;
          const id = subject.row.indicatorId;
          if (id === null) continue;
          if (id !== indicatorId || indicatorTally === null) {
            indicatorId = id;
            indicatorTally = this.byIndicator[id] ??= emptyTally();
          }
          indicatorTally[key] += 1;
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
    for (const found of outcomes) {
      const { outcome } = found;
      if (outcome.status === 'fail' && outcome.code === 'check.explanation_meaningless' && found.rows.length > 0) this.sayingNothing.push({ rule, outcome, where: found });
      else this.record(rule, outcome, found);
    }
  }

  private tally(rule: CheckRule, indicatorId: string | null, key: keyof RuleTally): void {
    (this.byRule[rule.id] ??= emptyTally())[key] += 1;
    if (indicatorId !== null) (this.byIndicator[indicatorId] ??= emptyTally())[key] += 1;
  }


  private record(rule: CheckRule, outcome: Outcome, where: Where): void {
    if (outcome.status === 'pass') return this.tally(rule, where.indicatorId, 'passes');
    if (outcome.status === 'not_available') return this.tally(rule, where.indicatorId, 'notAvailable');
    if (!rule.codes.includes(outcome.code)) {
      return this.recordError(rule, new Error(`undeclared message code ${outcome.code}`), where);
    }
    this.tally(rule, where.indicatorId, 'fails');
    const severity = outcome.severity ?? rule.severity;
    if (severity === 'warning' && rule.id !== explanationRule.id) for (const row of where.rows) this.warned.add(row);
    const explanation = where.rows.map((row) => this.explanationFor(row, severity === 'warning' ? where : null)).find((text) => text !== null) ?? null;
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

  /**
   * The 说明 that explains a finding of `row`: none when it is the text carried unchanged from last year's return and
   * the warning is about this year's values (decision 0243); the row is then noted, for finish() to say why.
   */
  private explanationFor(row: ReturnRow, warning: Where | null): string | null {
    const text = this.view.explanationOf(row);
    if (warning === null || (warning.year !== undefined && warning.year < this.view.reportingYear)) return text;
    if (!isCarriedUnchanged(this.view.sheet.metadata, row.indicatorId, text)) return text;
    this.carriedUnexplained.set(row, (this.carriedUnexplained.get(row) ?? 0) + 1);
    return null;
  }

  /**
   * A 说明 that says nothing ("无", "同上") is a finding only on a row with a warning it was to explain: there it says
   * why the warning stays unexplained. On a row with nothing to explain it is the county's way of leaving the column
   * filled, and no reason to send the return back (decision 0263, in place of 0022's finding on any row): a pass.
   */
  private recordSayingNothing(): void {
    for (const { rule, outcome, where } of this.sayingNothing) {
      if (where.rows[0] !== undefined && this.warned.has(where.rows[0])) this.record(rule, outcome, where);
      else this.tally(rule, where.indicatorId, 'passes');
    }
  }

  /** One warning per row whose carried 说明 explained none of this year's warnings, at its 说明 cell. */
  finish(): void {
    this.recordSayingNothing();
    const fromYear = this.view.sheet.metadata?.carriedExplanations?.fromYear;
    for (const [row, count] of this.carriedUnexplained) {
      const indicator = this.view.indicatorOf(row);
      const text = cellText(row.explanation);
      const at = placeOfAddress(row.explanation.address);
      this.tally(explanationRule, row.indicatorId, 'fails');
      this.findings.push({
        sheet: this.view.sheet.sheet,
        ref: at === null ? null : sheetRef(this.view.sheet.sheet, at),
        indicatorId: row.indicatorId,
        ruleId: explanationRule.id,
        severity: 'warning',
        code: 'check.explanation_carried',
        params: {
          name: indicator?.name ?? row.name, nameEn: indicator?.nameEn ?? indicator?.name ?? row.name, cell: row.explanation.address,
          fromYear: fromYear ?? this.view.reportingYear - 1, reportingYear: this.view.reportingYear, count,
        },
        value: text,
        expected: null,
        explained: false,
        explanation: null,
      });
    }
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
  runner.finish();
  return { findings: runner.findings, byRule: runner.byRule, byIndicator: runner.byIndicator };
}
