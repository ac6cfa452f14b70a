/** A plan's title in the pane's language: the catalog's English title where it has one, else the Chinese. */
import type { PlanCatalog } from '../../core/catalog';
import type { Locale } from '../../core/i18n';

export function planTitle(plan: PlanCatalog, locale: Locale): string {
  return locale === 'en-US' && plan.plan.titleEn !== undefined && plan.plan.titleEn !== '' ? plan.plan.titleEn : plan.plan.title;
}
