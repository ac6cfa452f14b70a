/**
 * 填报 › 生成下一年报表: next year's return made from the reporting sheets of the open workbook — the same checks
 * (core's checkCarry) and the same carry (carriedLayout: actuals, 说明 and the foot by id, with their number
 * formats) as `plan-indicators template --from`. The result is a new workbook for the pane to hand out; the open
 * one, last year's return as sent, is not touched.
 */
import { checkCarry, type ArgumentProblem } from '../../core/arguments';
import type { LoadedCatalog, PlanCatalog } from '../../core/catalog';
import type { MessageCode } from '../../core/i18n';
import type { ReturnMetadata, ReturnSheet } from '../../core/returns';
import { carriedFromVerdict, carriedLayout, type CarriedFromVerdict, type CarriedLayout } from '../../core/regenerate';

export interface NextYearChoice {
  /** Plans, region and year the person chose in the form, when they did: the workbook's must agree. */
  plans?: readonly PlanCatalog[];
  region?: { name: string; code: string };
  /** Default: the year after the workbook's. */
  reportingYear?: number;
}

export type NextYearReturn =
  | {
    ok: true; layout: CarriedLayout; region: { name: string; code: string }; previousYear: number; reportingYear: number;
    /** The open workbook as the checks judge it: a rejected one's entries are carried as found, and the pane says so. */
    earlier: CarriedFromVerdict;
  }
  | { ok: false; problem: ArgumentProblem };

/** The command line's wording names its options (--plan, --region, --year); the pane's names its fields. */
const PANE_WORDING: Partial<Record<MessageCode, MessageCode>> = {
  'carry.plan_mismatch': 'pane.carry.plan_mismatch',
  'carry.region_mismatch': 'pane.carry.region_mismatch',
  'carry.year_not_later': 'pane.carry.year_not_later',
};

export function nextYearReturn(sheets: readonly ReturnSheet[], choice: NextYearChoice, loaded: LoadedCatalog, workbookName: string): NextYearReturn {
  const previous = [...new Set(sheets.flatMap((sheet): ReturnMetadata[] => (sheet.metadata === null ? [] : [sheet.metadata])))];
  const first = previous[0];
  if (first === undefined) return { ok: false, problem: { code: 'pane.carry.no_return', params: {} } };
  const reportingYear = choice.reportingYear ?? first.reportingYear + 1;
  const basis = checkCarry(previous, {
    reportingYear, ...(choice.plans === undefined ? {} : { plans: choice.plans }), ...(choice.region === undefined ? {} : { region: choice.region }),
  }, loaded.catalog.plans, workbookName);
  if (!basis.ok) return { ok: false, problem: { code: PANE_WORDING[basis.problem.code] ?? basis.problem.code, params: basis.problem.params } };
  const carry = carriedLayout(sheets, loaded, { reportingYear, withCover: true });
  if (!carry.ok) return { ok: false, problem: { code: carry.problem.code, params: carry.problem.params } };
  return { ok: true, layout: carry.layout, region: basis.value.region, previousYear: basis.value.previousYear, reportingYear, earlier: carriedFromVerdict(sheets, loaded) };
}
