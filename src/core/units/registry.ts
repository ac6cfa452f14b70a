/**
 * The units the plans print, as data. A unit belongs to one dimension and sits a power of ten above the
 * dimension's base unit (万家 = 10⁴ 家, 亿元 = 10⁸ 元), so values convert within a dimension and never across.
 */
export type Dimension =
  | 'percent'
  | 'percentage_points'
  | 'multiple'
  | 'organizations'
  | 'units'
  | 'items'
  | 'pieces'
  | 'persons'
  | 'person_times'
  | 'organization_times'
  | 'person_years'
  | 'events'
  | 'times'
  | 'institutions'
  | 'lines'
  | 'sets'
  | 'batches'
  | 'kinds'
  | 'papers'
  | 'teams'
  | 'money_cny'
  | 'money_usd'
  | 'money_cny_per_person'
  | 'pieces_per_10k_persons'
  | 'person_years_per_10k_persons'
  | 'area_mu'
  | 'area_hectares'
  | 'area_square_metres'
  | 'tonnes'
  | 'bare_multiplier';

export interface UnitDefinition {
  /** As printed: '%', '万家', '亿元'. */
  symbol: string;
  dimension: Dimension;
  /** Power of ten above the dimension's base unit. */
  power: number;
  /** Decimals a value in this unit is shown with. */
  decimals: number;
  /** Values are whole numbers when expressed in the dimension's base unit (counts). */
  wholeInBase: boolean;
  /** Hard range of a value in this unit; null where there is no bound. */
  min: number | null;
  max: number | null;
  nameEn: string;
}

type Row = [symbol: string, dimension: Dimension, power: number, decimals: number, nameEn: string];

const counts: Row[] = [
  ['家', 'organizations', 0, 0, 'organizations'],
  ['万家', 'organizations', 4, 2, '10 000 organizations'],
  ['个', 'units', 0, 0, 'units'],
  ['万个', 'units', 4, 2, '10 000 units'],
  ['项', 'items', 0, 0, 'items'],
  ['万项', 'items', 4, 2, '10 000 items'],
  ['件', 'pieces', 0, 0, 'pieces'],
  ['万件', 'pieces', 4, 2, '10 000 pieces'],
  ['人', 'persons', 0, 0, 'persons'],
  ['名', 'persons', 0, 0, 'persons'],
  ['位', 'persons', 0, 0, 'persons'],
  ['万人', 'persons', 4, 2, '10 000 persons'],
  ['万名', 'persons', 4, 2, '10 000 persons'],
  ['人次', 'person_times', 0, 0, 'person-times'],
  ['家次', 'organization_times', 0, 0, 'organization-times'],
  ['万家次', 'organization_times', 4, 2, '10 000 organization-times'],
  ['万人次', 'person_times', 4, 2, '10 000 person-times'],
  ['场', 'events', 0, 0, 'events'],
  ['次', 'times', 0, 0, 'times'],
  ['所', 'institutions', 0, 0, 'institutions'],
  ['条', 'lines', 0, 0, 'lines'],
  ['座', 'units', 0, 0, 'units'],
  ['台', 'units', 0, 0, 'units'],
  ['套', 'sets', 0, 0, 'sets'],
  ['批', 'batches', 0, 0, 'batches'],
  ['种', 'kinds', 0, 0, 'kinds'],
  ['篇', 'papers', 0, 0, 'papers'],
  ['支', 'teams', 0, 0, 'teams'],
];

const money: Row[] = [
  ['元', 'money_cny', 0, 2, 'yuan'],
  ['千元', 'money_cny', 3, 2, 'thousand yuan'],
  ['万元', 'money_cny', 4, 2, '10 000 yuan'],
  ['百万元', 'money_cny', 6, 2, 'million yuan'],
  ['千万元', 'money_cny', 7, 2, '10 million yuan'],
  ['亿元', 'money_cny', 8, 2, '100 million yuan'],
  ['十亿元', 'money_cny', 9, 2, 'billion yuan'],
  ['百亿元', 'money_cny', 10, 2, '10 billion yuan'],
  ['千亿元', 'money_cny', 11, 2, '100 billion yuan'],
  ['万亿元', 'money_cny', 12, 2, 'trillion yuan'],
  ['美元', 'money_usd', 0, 2, 'US dollars'],
  ['万美元', 'money_usd', 4, 2, '10 000 US dollars'],
  ['亿美元', 'money_usd', 8, 2, '100 million US dollars'],
  ['元/人', 'money_cny_per_person', 0, 2, 'yuan per person'],
  ['万元/人', 'money_cny_per_person', 4, 2, '10 000 yuan per person'],
];

const other: Row[] = [
  ['亩', 'area_mu', 0, 0, 'mu'],
  ['万亩', 'area_mu', 4, 2, '10 000 mu'],
  ['公顷', 'area_hectares', 0, 2, 'hectares'],
  ['平方米', 'area_square_metres', 0, 0, 'square metres'],
  ['万平方米', 'area_square_metres', 4, 2, '10 000 square metres'],
  ['吨', 'tonnes', 0, 2, 'tonnes'],
  ['万吨', 'tonnes', 4, 2, '10 000 tonnes'],
  ['件/万人', 'pieces_per_10k_persons', 0, 2, 'pieces per 10 000 persons'],
  ['人年/万人', 'person_years_per_10k_persons', 0, 1, 'person-years per 10 000 persons'],
  ['倍', 'multiple', 0, 2, 'times'],
];

function define(rows: Row[], range: Pick<UnitDefinition, 'min' | 'max' | 'wholeInBase'>): UnitDefinition[] {
  return rows.map(([symbol, dimension, power, decimals, nameEn]) => ({ symbol, dimension, power, decimals, nameEn, ...range }));
}

export const UNITS: readonly UnitDefinition[] = [
  { symbol: '%', dimension: 'percent', power: 0, decimals: 2, wholeInBase: false, min: 0, max: 100, nameEn: 'per cent' },
  { symbol: '‰', dimension: 'percent', power: -1, decimals: 2, wholeInBase: false, min: 0, max: 1000, nameEn: 'per mille' },
  { symbol: '个百分点', dimension: 'percentage_points', power: 0, decimals: 2, wholeInBase: false, min: null, max: null, nameEn: 'percentage points' },
  { symbol: '人年', dimension: 'person_years', power: 0, decimals: 1, wholeInBase: false, min: 0, max: null, nameEn: 'person-years' },
  { symbol: '万人年', dimension: 'person_years', power: 4, decimals: 2, wholeInBase: false, min: 0, max: null, nameEn: '10 000 person-years' },
  // Prose sometimes drops the unit after the multiplier ("超1000亿"): the multiplier fits any unit of its power.
  { symbol: '万', dimension: 'bare_multiplier', power: 4, decimals: 2, wholeInBase: false, min: 0, max: null, nameEn: '10 000' },
  { symbol: '亿', dimension: 'bare_multiplier', power: 8, decimals: 2, wholeInBase: false, min: 0, max: null, nameEn: '100 million' },
  ...define(counts, { min: 0, max: null, wholeInBase: true }),
  ...define(money, { min: 0, max: null, wholeInBase: false }),
  ...define(other, { min: 0, max: null, wholeInBase: false }),
];
