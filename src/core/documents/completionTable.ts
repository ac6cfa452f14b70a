/**
 * The completion table of an evaluation (as in the 柯桥 plan's "十三五" table): 序号 / 指标 / 规划目标 / 实绩 /
 * 是否完成 / 完成进度, for the indicators with a target in the target year. 是否完成 and 完成进度 come from the
 * attainment module, so the table says what the reporting sheet's colours say.
 */
import { applicableTarget, attainmentOf, reportedBelowReason, type Attainment, type AttainmentStatus } from '../attainment';
import { inScope, judgedIndicator, type Indicator, type PlanCatalog } from '../catalog';
import { formatNumber, renderFinding, translate, type Coded, type Locale, type MessageCode } from '../i18n';
import { documentSheet, documentStyles, FIRST_BODY_ROW, nameWithUnit, sheetName } from './documentSheet';
import type { AnnexOptions } from './documentSheet';
import { ANNEX } from '../form';
import { decimalsKeepingJudgement, decimalsOf, EMPTY, makeStyle, numberStyleName, numberStyles, percentDecimals, rowDecimals, SheetBuilder } from '../layout';
import type { SheetLayout } from '../layout';

/** An indicator's actual in the target year, in the indicator's unit. */
export interface CompletionActual {
  /** A number; true/false answer a qualitative target (是/否); null when not reported. */
  value: number | boolean | null;
  /** Text to print instead of the number (e.g. "3.00▲" as a document prints an estimate). */
  shown?: string;
  /** increment/cumulative targets: the previous year's running total. */
  previous?: number | null;
  /** relative targets: the value of the quantity compared with. */
  companion?: number | null;
  /**
   * Why the checks did not accept this value (an error or an unexplained warning), worded in the table's locale: shown
   * 待核实, never judged.
   */
  unverified?: Coded;
}

export interface CompletionTableInput {
  catalog: PlanCatalog;
  targetYear: number;
  actuals: Readonly<Record<string, CompletionActual>>;
  /** The caption; by default "<plan title>主要指标完成情况（<year>年）". */
  caption?: string;
  /** Which indicators, in this order; by default every indicator with a target in the target year. */
  indicatorIds?: readonly string[];
  /** The region whose figures these are: a contribution to a higher level's total is shown 仅监测, never judged. */
  regionCode?: string;
  /** Returns left out of the tables, each worded with its file and reason: named in the title area (issue 10.6). */
  leftOut?: readonly string[];
  /** The language of the notes saying why a row is 仅监测 (the table's own words are the document's Chinese). */
  locale?: Locale;
  /**
   * The year the actuals are for, when before the target year: a 否 then notes the status the reporting sheet shows
   * for that year (符合序时进度, 滞后, 倒退), since the target is not yet due.
   */
  reportingYear?: number;
}

function targetIn(indicator: Indicator, year: number) {
  const printed = indicator.values.find((value) => value.role === 'target' && value.year === year && value.parsed.kind !== 'blank');
  if (printed !== undefined || !indicator.perYear) return printed;
  // A 每年 goal set through a later year (嵊州's 每年引进亿元以上制造业项目40个以上, to 2030) is due in this year too,
  // as the reporting sheet judges it.
  const applied = applicableTarget(indicator, year)?.target;
  return applied !== undefined && applied.year >= year ? applied : undefined;
}

function attainment(indicator: Indicator, year: number, actual: CompletionActual | undefined): Attainment {
  const values = new Map<number, number | boolean>();
  if (actual !== undefined && actual.value !== null) values.set(year, actual.value);
  if (actual?.previous !== undefined && actual.previous !== null) values.set(year - 1, actual.previous);
  return attainmentOf(indicator, year, values, actual?.companion ?? null);
}

/** The note of a 否 whose target is not yet due: the status the reporting sheet shows for the row. */
const NOT_DUE: Partial<Record<AttainmentStatus, MessageCode>> = {
  on_track: 'annex.not_due.on_track', behind: 'annex.not_due.behind', regressing: 'annex.not_due.regressing',
};

/** 是 when met, 否 when reported and not met, 仅监测 for a row not judged, — when nothing was reported. */
function completedText(result: Attainment): string {
  if (result.status === 'met') return ANNEX.completed.yes;
  if (result.status === 'monitoring') return ANNEX.completed.monitoring;
  if (result.status === 'no_value') return ANNEX.completed.unknown;
  return ANNEX.completed.no;
}

function actualText(actual: CompletionActual | undefined): string {
  if (actual === undefined || actual.value === null) return actual?.shown ?? '';
  const text = actual.shown ?? (typeof actual.value === 'boolean' ? (actual.value ? ANNEX.completed.yes : ANNEX.completed.no) : formatNumber(actual.value));
  return actual.unverified === undefined ? text : ANNEX.actualUnverified(text);
}

export function completionTableLayout(input: CompletionTableInput, options: AnnexOptions = {}): SheetLayout {
  const { catalog, targetYear } = input;
  const byId = new Map(catalog.indicators.map((indicator) => [indicator.id, indicator]));
  const due = input.indicatorIds === undefined
    ? catalog.indicators.filter((indicator) => targetIn(indicator, targetYear) !== undefined)
    : input.indicatorIds.flatMap((id) => byId.get(id) ?? []);
  // A region's table lists the rows on its form: a higher level's rankings, coverages and qualitative aims are not
  // reported by it (decision 0050) and would show 仅监测 with nothing monitored; the caption counts them.
  const { regionCode } = input;
  const indicators = regionCode === undefined ? due : due.filter((indicator) => inScope(indicator, catalog, regionCode));
  const notOnForm = due.length - indicators.length;
  const base = documentStyles();
  const percents = Object.fromEntries([2, 3, 4].map((places) => [`percent${places}`, makeStyle({ numberFormat: `0.${'0'.repeat(places)}%` }, base.percent)]));
  const sheet = new SheetBuilder({ ...base, ...numberStyles(base.raw), ...percents });
  let unconverted = 0;
  let below = 0;
  let notDue = 0;
  // A 其中 row takes no number of its own, as in the plan's table and the reporting sheet (one listed without its
  // parent is numbered: nothing above it says what it is part of).
  const listed = new Set(indicators.map((indicator) => indicator.id));
  let seq = 0;
  indicators.forEach((indicator, i) => {
    const r = FIRST_BODY_ROW + i;
    const sub = indicator.parent !== undefined && listed.has(indicator.parent);
    if (!sub) seq += 1;
    const actual = input.actuals[indicator.id];
    const judged = input.regionCode === undefined ? indicator : judgedIndicator(indicator, catalog, input.regionCode);
    const belowReason = input.regionCode === undefined ? undefined : reportedBelowReason(indicator, catalog, input.regionCode);
    const result = attainment(judged, targetYear, actual);
    sheet.text(r, 0, sub ? '' : String(seq), 'raw');
    sheet.text(r, 1, nameWithUnit(indicator), indicator.parent === undefined ? 'text' : 'sub');
    sheet.text(r, 2, targetIn(indicator, targetYear)?.raw ?? '', 'raw');
    const unverified = actual?.unverified === undefined ? undefined : renderFinding(actual.unverified, input.locale ?? 'zh-CN');
    // A plain number is a number cell showing the decimals the plan prints for the row (as the reporting sheet and the
    // consolidation show it); an estimate as printed, 是/否 or 待核实 stay text.
    const plain = actual !== undefined && typeof actual.value === 'number' && actual.shown === undefined && unverified === undefined ? actual.value : null;
    // The plan's decimals, or more where they would make the figure read as the opposite of 是否完成 (decision 0244).
    const decimals = plain === null ? null
      : decimalsKeepingJudgement(plain, rowDecimals([indicator], indicator.unit) ?? decimalsOf(plain), (shown) => attainment(judged, targetYear, { ...actual, value: shown }).status);
    if (plain !== null && decimals !== null) sheet.set(r, 3, { kind: 'number', value: plain }, numberStyleName(decimals));
    else sheet.text(r, 3, actualText(actual), 'raw', unverified);
    // 待核实 says in its note which check did not accept the value; 仅监测 for a target the plan prints says why it is
    // not judged (a change without its baseline, as the reporting sheet's target note does; a county's row of a
    // higher level's plan).
    const reason = unverified === undefined && result.status === 'monitoring' ? result.reason ?? belowReason : undefined;
    if (reason !== undefined && reason === belowReason) below += 1;
    else if (reason !== undefined) unconverted += 1;
    // Before the target year, 是 only where the sheet shows 已达标 for the reporting year too (a running total reached
    // early still owes the target year's increment): otherwise 否, noted with the sheet's status.
    const now = input.reportingYear !== undefined && input.reportingYear < targetYear ? attainment(judged, input.reportingYear, actual) : null;
    // A target due every year (每年增长10%) is judged for the reporting year itself, against its own year before.
    const dueNow = now !== null && (now.status === 'met' || now.status === 'not_met');
    const completed = now === null ? result : dueNow ? { ...result, status: now.status } : result.status === 'met' ? { ...result, status: 'not_met' as const } : result;
    const pending = unverified === undefined && reason === undefined && now !== null && !dueNow && completed.status === 'not_met' ? NOT_DUE[now.status] : undefined;
    if (pending !== undefined) notDue += 1;
    const why = unverified ?? (reason !== undefined ? translate(input.locale ?? 'zh-CN', reason)
      : pending === undefined ? undefined : translate(input.locale ?? 'zh-CN', pending, { year: targetYear }));
    sheet.text(r, 4, unverified === undefined ? completedText(completed) : ANNEX.completed.unverified, 'raw', why);
    const places = result.completion === null ? 1 : percentDecimals(result.completion);
    sheet.set(r, 5, result.completion === null || unverified !== undefined ? EMPTY : { kind: 'number', value: result.completion }, places === 1 ? 'percent' : `percent${places}`);
  });
  const unverifiedCount = indicators.filter((indicator) => input.actuals[indicator.id]?.unverified !== undefined).length;
  const plainCaption = input.caption ?? ANNEX.completionCaption(catalog.plan.title, targetYear);
  // Each note on a line of its own: run on after the title with a full-width space, they read as part of it.
  const caption = [
    plainCaption,
    ...(notDue === 0 ? [] : [ANNEX.notDueCaption(notDue, targetYear)]),
    ...(unverifiedCount === 0 ? [] : [ANNEX.unverifiedCaption(unverifiedCount)]),
    ...(unconverted === 0 ? [] : [ANNEX.unconvertedCaption(unconverted)]),
    ...(below === 0 ? [] : [ANNEX.reportedBelowCaption(below)]),
    ...(notOnForm === 0 ? [] : [ANNEX.notOnFormCaption(notOnForm)]),
    ...(input.leftOut === undefined || input.leftOut.length === 0 ? [] : [ANNEX.leftOutCaption(input.leftOut.join('；'))]),
  ].join('\n');
  return documentSheet(
    {
      name: sheetName(plainCaption, options.takenNames),
      caption,
      headers: [...ANNEX.completionHeader],
      notes: [],
      fits: { 0: { min: 5, max: 6 }, 1: { min: 20, max: 44 }, 2: { min: 10, max: 16 }, 3: { min: 10, max: 16 }, 4: { min: 10, max: 10 }, 5: { min: 10, max: 10 } },
    },
    sheet,
    indicators.length,
  );
}
