/** A plan's title in the pane's language: the catalog's English title where it has one, else the Chinese. */
import type { PlanCatalog } from '../../core/catalog';
import type { Locale } from '../../core/i18n';

export function planTitle(plan: PlanCatalog, locale: Locale): string {
  return locale === 'en-US' && plan.plan.titleEn !== undefined && plan.plan.titleEn !== '' ? plan.plan.titleEn : plan.plan.title;
}

/** A plan's name for a file name: the title without the issuing region and quotation marks, cut to 24 characters. */
export function planShortName(plan: PlanCatalog | undefined, locale: Locale): string {
  if (plan === undefined) return '';
  const title = planTitle(plan, locale).replace(/[“”"'‘’《》\\/:*?<>|]/gu, '').trim();
  return title.length > 24 ? title.slice(0, 24) : title;
}
