import type { PlanCatalog } from '../core/catalog';
import { translate, type Locale } from '../core/i18n';
import type { FileResult } from './checkJob';

/** Plan titles by indicator id, made once per catalog (the batch's catalog is loaded once). */
const TITLES = new WeakMap<readonly PlanCatalog[], Map<string, string>>();

function titlesOf(plans: readonly PlanCatalog[]): Map<string, string> {
  let titles = TITLES.get(plans);
  if (titles === undefined) {
    titles = new Map(plans.flatMap((plan) => plan.indicators.map((indicator) => [indicator.id, plan.plan.title] as const)));
    TITLES.set(plans, titles);
  }
  return titles;
}

/**
 * The lines under a file's verdict that say how many of its rows are 仅监测 because they belong to a higher level's
 * plan (a county's return of the province's plan: its contributions, not judged by the province's targets), one line
 * per such plan, so that the text output says why as the JSON's `reason` and the pane's status list do.
 */
export function monitoredBelowLines(result: FileResult, plans: readonly PlanCatalog[], locale: Locale): string[] {
  const titles = titlesOf(plans);
  const counts = new Map<string, number>();
  for (const sheet of result.sheets) {
    for (const row of sheet.attainments) {
      if (row.reason === undefined || !row.reason.startsWith('attainment.reported_below.')) continue;
      const title = titles.get(row.indicatorId) ?? '';
      counts.set(title, (counts.get(title) ?? 0) + 1);
    }
  }
  return [...counts].map(([title, count]) => translate(locale, 'cli.check.monitored_below', { count, plans: `《${title}》` }));
}
