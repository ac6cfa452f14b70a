/**
 * The notes under a batch's summary that name returns which are, or look like, the same return (returnsAlike,
 * decision 0268), in `locale`, each plan by its title. Files that are one county's return twice get one line for all
 * the plans they share (a return holds a sheet per plan).
 */
import type { PlanCatalog } from '../core/catalog';
import { returnsAlike, type ReturnValues } from '../core/consolidation';
import { translate, type Locale } from '../core/i18n';
import { printable } from './shownPath';

/** One note as `check --json` gives it (`sameReturns`): the files, what they share, and the line worded in --lang. */
export type AlikeNote =
  | { kind: 'same_region'; files: string[]; region: string; year: number; plans: string[]; differing: number; message: string }
  | { kind: 'copied'; files: [string, string]; regions: [string, string]; year: number; plan: string; count: number; message: string };

export function alikeNotes(returns: readonly ReturnValues[], plans: readonly PlanCatalog[], locale: Locale): AlikeNote[] {
  const titleOf = (id: string) => plans.find((plan) => plan.plan.id === id)?.plan.title ?? id;
  const separator = translate(locale, 'cli.list_separator');
  const sameCounty = new Map<string, { files: string[]; region: string; year: number; plans: string[]; count: number }>();
  const copied: AlikeNote[] = [];
  for (const alike of returnsAlike(returns)) {
    if (alike.kind === 'copied') {
      const message = translate(locale, 'cli.check.copied', {
        file: printable(alike.sources[0]), region: alike.regions[0], other: printable(alike.sources[1]), otherRegion: alike.regions[1],
        year: alike.year, plan: titleOf(alike.plan), count: alike.count,
      });
      copied.push({ kind: 'copied', files: alike.sources, regions: alike.regions, year: alike.year, plan: alike.plan, count: alike.count, message });
      continue;
    }
    const key = `${alike.sources.join('\u0000')}\u0000${alike.region}\u0000${alike.year}`;
    const line = sameCounty.get(key) ?? { files: alike.sources, region: alike.region, year: alike.year, plans: [], count: 0 };
    line.plans.push(alike.plan);
    line.count += alike.differing;
    sameCounty.set(key, line);
  }
  return [
    ...[...sameCounty.values()].map(({ files, region, year, plans: ids, count }): AlikeNote => ({
      kind: 'same_region', files, region, year, plans: ids, differing: count,
      message: translate(locale, count === 0 ? 'cli.check.same_region.same' : 'cli.check.same_region.differ', {
        files: files.map(printable).join(separator), region, year, plan: ids.map(titleOf).join('》《'), count,
      }),
    })),
    ...copied,
  ];
}
