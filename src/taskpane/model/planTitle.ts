/** A plan's title in the pane's language: the catalog's English title where it has one, else the Chinese. */
import type { PlanCatalog } from '../../core/catalog';
import type { Locale } from '../../core/i18n';

export function planTitle(plan: PlanCatalog, locale: Locale): string {
  return locale === 'en-US' && plan.plan.titleEn !== undefined && plan.plan.titleEn !== '' ? plan.plan.titleEn : plan.plan.title;
}

/**
 * A plan's name for a file name, after the region already named: the title without its own region (绍兴市越城区,
 * 越城区) and without quotation marks or characters a file name cannot hold, cut to 24 characters.
 */
export function planShortName(plan: PlanCatalog | undefined, locale: Locale): string {
  if (plan === undefined) return '';
  const region = plan.plan.region.name;
  const local = region.replace(/^.*?市(?=.)/u, '');
  const title = planTitle(plan, locale).split(region).join('').split(local).join('').replace(/[“”"'‘’《》\\/:*?<>|]/gu, '').trim();
  return title.length > 24 ? title.slice(0, 24) : title;
}
