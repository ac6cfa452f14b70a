import type { PlanCatalog } from '../catalog';
import { coverSheetLayout } from './coverSheet';
import { planSheetName } from './documentSheet';
import { REPORTING } from '../form';
import type { ReportingInput } from '../layout';
import { reportingWorkbookLayout } from '../layout';
import type { WorkbookLayout } from '../layout';

export interface TemplateInput {
  plans: readonly PlanCatalog[];
  region: { name: string; code: string };
  reportingYear: number;
  /** One sheet with a row per concept across the plans, instead of a sheet per plan. */
  merge: boolean;
  catalogVersion: string;
  /** Printed on the cover of sample workbooks (示例数据). */
  banner?: string;
  /**
   * Names the workbook already gives these plans' sheets (plan id → name), kept: a workbook made when a long title was
   * cut at 31 characters is updated in its sheet, not given a second one under the shortened name (decision 0277).
   */
  keptNames?: Readonly<Record<string, string>>;
}

/** The reporting inputs of a template: one merged sheet, one sheet for a single plan, else a sheet per plan. */
function templateReportingInputs(input: TemplateInput): ReportingInput[] {
  const common = { region: input.region, reportingYear: input.reportingYear, catalogVersion: input.catalogVersion };
  if (input.merge || input.plans.length === 1) {
    return [{ ...common, plans: [...input.plans], merge: input.merge, sheetName: REPORTING.sheetName }];
  }
  const taken = new Set<string>(['_meta']);
  return input.plans.map((plan) => {
    const kept = input.keptNames?.[plan.plan.id];
    const name = kept !== undefined && !taken.has(kept) ? kept : planSheetName(plan.plan.title, (title) => title, taken);
    taken.add(name);
    return { ...common, plans: [plan], merge: false, sheetName: name };
  });
}

/** A reporting workbook as the template command and the task pane make it: cover, reporting sheet(s), _meta. */
export function templateWorkbookLayout(input: TemplateInput): WorkbookLayout {
  const reporting = reportingWorkbookLayout(templateReportingInputs(input));
  const cover = coverSheetLayout({
    plans: input.plans, region: input.region, reportingYear: input.reportingYear, catalogVersion: input.catalogVersion,
    reportingSheets: reporting.sheets.map((sheet) => sheet.name),
    ...(input.banner === undefined ? {} : { banner: input.banner }),
  });
  return { sheets: [cover, ...reporting.sheets], metadata: reporting.metadata };
}
