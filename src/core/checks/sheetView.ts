import { isOwnPlan, ratioParts, type CrossIndicatorRule, type Indicator } from '../catalog';
import type { ReturnRow, ReturnSheet } from '../returns';
import { baselineFor, catalogValueAt, valueShape } from './catalogValues';
import { companionIndicator } from './companions';
import { cellText, explanationQuality, numberOf, readEnteredNumber, readEnteredValue, type EnteredValue, type ValueShape } from './reading';
import type { CellSubject } from './rule';
import type { CheckContext, CheckOptions } from './types';
import { companionRowId, conceptRowId } from '../form';

/** A number a value is compared with: last year's actual or the printed baseline, and where it came from. */
export interface Reference {
  year: number;
  value: number;
  from: 'sheet' | 'catalog';
}

/**
 * The sheet as rules see it: rows by id and by concept, entries read once, last year's values and baselines
 * looked up in the sheet first and the catalog second. Rules ask; they never index rows themselves.
 */
export class SheetView {
  readonly crossRules: readonly CrossIndicatorRule[];
  private readonly catalogIndicators = new Map<string, Indicator>();
  /** Companion rows by row id: their own indicator, and the indicator they serve. */
  private readonly companions = new Map<string, { indicator: Indicator; serves: Indicator }>();
  private readonly parts = new Map<string, Indicator>();
  private readonly entries = new Map<ReturnRow, Map<number, EnteredValue>>();
  /** Whether each plan of the sheet is the reporting region's own, by plan id. */
  private readonly ownPlans = new Map<string, boolean>();

  constructor(
    readonly sheet: ReturnSheet,
    readonly context: CheckContext,
    readonly options: CheckOptions,
  ) {
    this.crossRules = context.plans.flatMap((plan) => plan.rules);
    for (const plan of context.plans) for (const indicator of plan.indicators) this.catalogIndicators.set(indicator.id, indicator);
    const region = sheet.metadata?.region.code;
    for (const plan of context.plans) this.ownPlans.set(plan.plan.id, region === undefined || isOwnPlan(plan, region));
    for (const [rowId, serves] of Object.entries(context.indicators)) {
      const companionId = context.companionRows?.[serves.id] ?? companionRowId(rowId);
      const indicator = companionIndicator(serves, companionId);
      if (indicator !== null && context.indicators[companionId] === undefined) this.companions.set(companionId, { indicator, serves });
      // The numerator and denominator of a share are checked like amounts without a target.
      for (const part of ratioParts(serves, rowId)) if (context.indicators[part.id] === undefined) this.parts.set(part.id, part);
    }
  }

  get reportingYear(): number {
    return this.context.reportingYear;
  }

  indicatorOf(row: ReturnRow): Indicator | undefined {
    return row.indicatorId === null ? undefined : this.indicatorOfRowId(row.indicatorId);
  }

  /** The indicator behind a row id: the context's, or the companion quantity a companion row reports. */
  indicatorOfRowId(id: string): Indicator | undefined {
    return this.context.indicators[id] ?? this.companions.get(id)?.indicator ?? this.parts.get(id);
  }

  /** For a companion row, the indicator whose relative target it serves. */
  servedBy(row: ReturnRow): Indicator | undefined {
    return row.indicatorId === null ? undefined : this.companions.get(row.indicatorId)?.serves;
  }

  /** An indicator of the context's plans (or of the sheet's rows), by id. */
  catalogIndicator(id: string): Indicator | undefined {
    return this.catalogIndicators.get(id) ?? this.context.indicators[id];
  }

  /** The row of an indicator: by its id, or on a merged sheet by its concept. */
  rowOfIndicator(id: string): ReturnRow | undefined {
    const row = this.sheet.rows.find((candidate) => candidate.indicatorId === id);
    if (row !== undefined || this.sheet.metadata?.merged !== true) return row;
    const concept = this.catalogIndicator(id)?.concept;
    return concept === undefined ? undefined : this.rowOfConcept(concept);
  }

  /** The first row whose indicator has `concept`, or whose id is the concept's ('concept:<id>' on merged sheets). */
  rowOfConcept(concept: string): ReturnRow | undefined {
    const ids = [concept, conceptRowId(concept)];
    return this.sheet.rows.find((row) => (row.indicatorId !== null && ids.includes(row.indicatorId)) || this.indicatorOf(row)?.concept === concept);
  }

  /**
   * Where the companion quantity of the indicator of `row` is reported: the row the context names, else the
   * row `<row id>#companion`, else a row of the companion's concept.
   */
  companionRow(row: ReturnRow, indicator: Indicator): ReturnRow | undefined {
    const mapped = this.context.companionRows?.[indicator.id] ?? companionRowId(row.indicatorId ?? indicator.id);
    const found = this.sheet.rows.find((candidate) => candidate.indicatorId === mapped);
    if (found !== undefined) return found;
    const concept = indicator.companion?.concept;
    return concept === undefined ? undefined : this.rowOfConcept(concept);
  }

  /**
   * The row belongs to the reporting region's own plan (or the sheet does not say whose it is), so what the plan
   * prints — baseline, actuals, targets, footnotes — is this region's. A county's row of the province's plan is
   * its contribution, monitored and not judged (catalog's judgedIndicator): the province's figures are neither its
   * target nor its last year's value nor the size its value should have.
   */
  ownRow(indicator: Indicator): boolean {
    return this.ownPlans.get(indicator.planId) ?? true;
  }

  shapeOf(indicator: Indicator): ValueShape {
    return valueShape(indicator);
  }

  /** The entry of a row for a year, read in the row's unit and shape. */
  enteredAt(row: ReturnRow, year: number): EnteredValue {
    let byYear = this.entries.get(row);
    if (byYear === undefined) this.entries.set(row, (byYear = new Map()));
    let entered = byYear.get(year);
    if (entered === undefined) {
      const indicator = this.indicatorOf(row);
      const cell = row.actuals[year];
      entered = indicator === undefined ? readEnteredNumber(cell, row.unit) : readEnteredValue(cell, indicator.unit, valueShape(indicator));
      byYear.set(year, entered);
    }
    return entered;
  }

  numberAt(row: ReturnRow, year: number): number | null {
    return numberOf(this.enteredAt(row, year));
  }

  /** A row's number read in a given unit (companion rows, which have no catalog indicator). */
  numberIn(row: ReturnRow, year: number, unit: string): number | null {
    return numberOf(readEnteredNumber(row.actuals[year], unit));
  }

  /** Last year's value: the sheet's cell, else the catalog's actual or baseline for that year (on a row of the region's own plan). */
  previous(row: ReturnRow, year: number): Reference | null {
    const entered = this.numberAt(row, year - 1);
    if (entered !== null) return { year: year - 1, value: entered, from: 'sheet' };
    const indicator = this.indicatorOf(row);
    const printed = indicator === undefined || !this.ownRow(indicator) ? null : catalogValueAt(indicator, year - 1, ['actual', 'baseline']);
    return printed === null ? null : { year: year - 1, value: printed, from: 'catalog' };
  }

  /** The printed baseline that applies in `year`, on a row of the region's own plan. */
  baseline(row: ReturnRow, year: number): Reference | null {
    const indicator = this.indicatorOf(row);
    const baseline = indicator === undefined || !this.ownRow(indicator) ? null : baselineFor(indicator, year);
    return baseline === null ? null : { ...baseline, from: 'catalog' };
  }

  /** The 说明 text of a row, null when the cell is empty or says nothing ("无", "。", "同上": explanationText.ts). */
  explanationOf(row: ReturnRow): string | null {
    // A formula's cached text is whatever the file says (="无" cached as a paragraph): it explains nothing.
    if (row.explanation.formula !== undefined) return null;
    const text = cellText(row.explanation);
    const quality = explanationQuality(text);
    return quality === 'meaningful' || quality === 'too_long' ? text : null;
  }

  subject(row: ReturnRow, indicator: Indicator, year: number): CellSubject {
    const entered = this.enteredAt(row, year);
    return { row, indicator, year, cell: row.actuals[year] ?? null, entered, number: numberOf(entered), view: this };
  }
}
