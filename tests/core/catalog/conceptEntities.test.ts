/**
 * A concept joins the same measure across plans: a province's total with a county's is what concepts are for, but one
 * named zone's rank with another zone's is not (越城's 国家级绍兴高新区进入全国50强 and the province's 杭州、宁波国家高新区
 * 进入全国前 10 shared national_hightech_zone_rank until decision 0278). Held over the shipped catalog here rather than
 * as a load-time lint, so that releases made before still load for the returns made with them (decision 0250).
 */
import { isRanking, type Indicator, type PlanCatalog } from '../../../src/core/catalog';
import { ZHEJIANG } from '../../../src/core/regions';
import { comparableText } from '../../../src/core/util/comparableText';
import { realCatalog } from '../../support/catalog';

const catalog = realCatalog().catalog;
const planOfIndicator = new Map(catalog.plans.flatMap((plan) => plan.indicators.map((indicator) => [indicator, plan] as const)));
const byConcept = new Map<string, Indicator[]>();
for (const plan of catalog.plans) for (const indicator of plan.indicators) byConcept.set(indicator.concept, [...(byConcept.get(indicator.concept) ?? []), indicator]);
const shared = [...byConcept].filter(([, members]) => members.length > 1);

/** What an indicator prints of itself: its name and, for prose, its quoted phrase. */
const printed = (indicator: Indicator) => comparableText(`${indicator.name}|${indicator.source.quote ?? ''}`);

/** Cities and counties by their short names (杭州, 宁波, 越城…), longest first so that 嵊州 is not read in 嵊泗. */
const PLACES = [...new Set(ZHEJIANG.filter((region) => region.level !== 'province')
  .map((region) => region.name.replace(/(?:市|区|县|畲族自治县)$/u, '')).filter((name) => name.length >= 2))]
  .sort((a, b) => b.length - a.length);

/** The places an indicator's name names other than its own plan's region (越城's plan naming 绍兴 names itself). */
function placesNamed(indicator: Indicator, plan: PlanCatalog): string[] {
  const own = plan.plan.region.name;
  return PLACES.filter((place) => indicator.name.includes(place) && !own.includes(place));
}

describe('concepts of named entities', () => {
  it('links to a concept of a named entity only indicators that name it (a zone’s rank is not another zone’s)', () => {
    const strays = catalog.plans.flatMap((plan) => plan.indicators.flatMap((indicator) => {
      const entity = catalog.concepts.find((concept) => concept.id === indicator.concept)?.entity;
      return entity === undefined || printed(indicator).includes(comparableText(entity)) ? [] : [`${indicator.id}: ${indicator.name} ≠ ${entity}`];
    }));
    expect(strays).toEqual([]);
  });

  it('names the entity of every concept that joins rankings: a rank is always some named zone’s', () => {
    const unnamed = shared.filter(([concept, members]) => members.some(isRanking)
      && catalog.concepts.find((candidate) => candidate.id === concept)?.entity === undefined)
      .map(([concept, members]) => `${concept}: ${members.map((member) => member.name).join(' / ')}`);
    expect(unnamed).toEqual([]);
  });

  it('joins no indicators that name different places (the Shaoxing zone with the Hangzhou and Ningbo zones)', () => {
    const mixed = shared.flatMap(([concept, members]) => {
      const places = new Set(members.map((member) => placesNamed(member, planOfIndicator.get(member)!).join('、')));
      return places.size > 1 ? [`${concept}: ${members.map((member) => member.name).join(' / ')}`] : [];
    });
    expect(mixed).toEqual([]);
  });

  it('gives a concept split from another a row the merged returns made before can be carried to', () => {
    const ids = new Set(catalog.concepts.map((concept) => concept.id));
    const split = catalog.concepts.filter((concept) => concept.splitFrom !== undefined);
    expect(split.map((concept) => [concept.id, concept.splitFrom])).toEqual([['shaoxing_national_hightech_zone_rank', 'national_hightech_zone_rank']]);
    // The concept split from is either kept (the Hangzhou and Ningbo zones') or gone; never split twice into one sheet.
    expect(split.every((concept) => concept.splitFrom !== concept.id && ids.has(concept.id))).toBe(true);
  });
});
