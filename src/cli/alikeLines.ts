/**
 * The lines under a batch's summary that name returns which are, or look like, the same return (returnsAlike,
 * decision 0268), in `locale`, each plan by its title. Files that are one county's return twice get one line for all
 * the plans they share (a return holds a sheet per plan).
 */
import type { PlanCatalog } from '../core/catalog';
import { returnsAlike, type ReturnValues } from '../core/consolidation';
import { translate, type Locale } from '../core/i18n';
import { printable } from './shownPath';

export function alikeLines(returns: readonly ReturnValues[], plans: readonly PlanCatalog[], locale: Locale): string[] {
  const titleOf = (id: string) => plans.find((plan) => plan.plan.id === id)?.plan.title ?? id;
  const separator = translate(locale, 'cli.list_separator');
  const sameCounty = new Map<string, { files: string; region: string; year: number; plans: string[]; count: number }>();
  const copied: string[] = [];
  for (const alike of returnsAlike(returns)) {
    if (alike.kind === 'copied') {
      copied.push(translate(locale, 'cli.check.copied', {
        file: printable(alike.sources[0]), region: alike.regions[0], other: printable(alike.sources[1]), otherRegion: alike.regions[1],
        year: alike.year, plan: titleOf(alike.plan), count: alike.count,
      }));
      continue;
    }
    const files = alike.sources.map(printable).join(separator);
    const key = `${files}\u0000${alike.region}\u0000${alike.year}`;
    const line = sameCounty.get(key) ?? { files, region: alike.region, year: alike.year, plans: [], count: 0 };
    line.plans.push(titleOf(alike.plan));
    line.count += alike.differing;
    sameCounty.set(key, line);
  }
  return [
    ...[...sameCounty.values()].map(({ files, region, year, plans: titles, count }) => translate(locale, count === 0 ? 'cli.check.same_region.same' : 'cli.check.same_region.differ', {
      files, region, year, plan: titles.join('》《'), count,
    })),
    ...copied,
  ];
}
