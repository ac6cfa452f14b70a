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
  | 'bare_multiplier'
  | 'households'
  | 'beds'
  | 'years'
  | 'age_years'
  | 'hours'
  | 'days'
  | 'mass_jin'
  | 'energy_tce'
  | 'power_kw'
  | 'electricity_kwh'
  | 'volume_cubic_metres'
  | 'area_square_kilometres'
  | 'length_kilometres'
  | 'concentration_ug_per_m3'
  | 'persons_per_10k_persons'
  | 'units_per_10k_persons'
  | 'beds_per_1k_persons'
  | 'persons_per_1k_persons'
  | 'square_metres_per_person'
  | 'kwh_per_person'
  | 'tce_per_10k_cny'
  | 'tonnes_per_10k_cny'
  | 'energy_density_wh_per_kg'
  | 'cost_cny_per_wh'
  | 'vehicles'
  | 'data_rate_bps'
  | 'data_bytes'
  | 'persons_per_100m_cny'
  | 'persons_per_100k_persons'
  | 'cubic_metres_per_10k_cny'
  | 'square_metres_per_10k_cny'
  | 'money_cny_per_square_metre'
  | 'persons_per_square_kilometre'
  | 'concentration_mg_per_l'
  | 'units_per_1k_persons'
  | 'volumes'
  | 'money_cny_per_mu'
  | 'working_days';

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
  ['户', 'households', 0, 0, 'households'],
  ['万户', 'households', 4, 2, '10 000 households'],
  ['亿户', 'households', 8, 2, '100 million households'],
  ['亿个', 'units', 8, 2, '100 million units'],
  ['张', 'beds', 0, 0, 'beds'],
  ['万张', 'beds', 4, 2, '10 000 beds'],
  ['千人', 'persons', 3, 1, 'thousand persons'],
  ['百万人', 'persons', 6, 2, 'million persons'],
  ['亿人', 'persons', 8, 2, '100 million persons'],
  ['亿人次', 'person_times', 8, 2, '100 million person-times'],
  ['辆', 'vehicles', 0, 0, 'vehicles'],
  ['万辆', 'vehicles', 4, 2, '10 000 vehicles'],
  ['标台', 'vehicles', 0, 0, 'standard buses'],
  ['标车', 'vehicles', 0, 0, 'standard vehicles'],
  ['万所', 'institutions', 4, 2, '10 000 institutions'],
  ['万台', 'units', 4, 2, '10 000 units'],
  ['万套', 'sets', 4, 2, '10 000 sets'],
  // 公共图书馆人均藏书量（册）, 数据中心标准机架数（万架）: units of culture and digital-economy plans.
  ['册', 'volumes', 0, 0, 'volumes'],
  ['万册', 'volumes', 4, 2, '10 000 volumes'],
  ['架', 'units', 0, 0, 'units'],
  ['万架', 'units', 4, 2, '10 000 units'],
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
  ['亿亩', 'area_mu', 8, 2, '100 million mu'],
  ['公顷', 'area_hectares', 0, 2, 'hectares'],
  ['万公顷', 'area_hectares', 4, 2, '10 000 hectares'],
  ['平方米', 'area_square_metres', 0, 0, 'square metres'],
  ['万平方米', 'area_square_metres', 4, 2, '10 000 square metres'],
  ['吨', 'tonnes', 0, 2, 'tonnes'],
  ['万吨', 'tonnes', 4, 2, '10 000 tonnes'],
  ['件/万人', 'pieces_per_10k_persons', 0, 2, 'pieces per 10 000 persons'],
  ['人年/万人', 'person_years_per_10k_persons', 0, 1, 'person-years per 10 000 persons'],
  ['倍', 'multiple', 0, 2, 'times'],
  ['平方公里', 'area_square_kilometres', 0, 2, 'square kilometres'],
  ['平方千米', 'area_square_kilometres', 0, 2, 'square kilometres'],
  ['万平方公里', 'area_square_kilometres', 4, 2, '10 000 square kilometres'],
  ['千克', 'tonnes', -3, 2, 'kilograms'],
  ['公斤', 'tonnes', -3, 2, 'kilograms'],
  ['亿吨', 'tonnes', 8, 2, '100 million tonnes'],
  ['斤', 'mass_jin', 0, 0, 'jin (0.5 kg)'],
  ['万斤', 'mass_jin', 4, 2, '10 000 jin'],
  ['亿斤', 'mass_jin', 8, 2, '100 million jin'],
  ['万亿斤', 'mass_jin', 12, 2, 'trillion jin'],
  ['吨标准煤', 'energy_tce', 0, 2, 'tonnes of coal equivalent'],
  ['万吨标准煤', 'energy_tce', 4, 2, '10 000 tonnes of coal equivalent'],
  ['亿吨标准煤', 'energy_tce', 8, 2, '100 million tonnes of coal equivalent'],
  ['千瓦', 'power_kw', 0, 0, 'kilowatts'],
  ['兆瓦', 'power_kw', 3, 2, 'megawatts'],
  ['万千瓦', 'power_kw', 4, 2, '10 000 kilowatts'],
  ['吉瓦', 'power_kw', 6, 2, 'gigawatts'],
  ['亿千瓦', 'power_kw', 8, 2, '100 million kilowatts'],
  ['千瓦时', 'electricity_kwh', 0, 0, 'kilowatt-hours'],
  ['度', 'electricity_kwh', 0, 0, 'kilowatt-hours'],
  ['万千瓦时', 'electricity_kwh', 4, 2, '10 000 kilowatt-hours'],
  ['亿千瓦时', 'electricity_kwh', 8, 2, '100 million kilowatt-hours'],
  ['万亿千瓦时', 'electricity_kwh', 12, 2, 'trillion kilowatt-hours'],
  ['立方米', 'volume_cubic_metres', 0, 0, 'cubic metres'],
  ['万立方米', 'volume_cubic_metres', 4, 2, '10 000 cubic metres'],
  ['亿立方米', 'volume_cubic_metres', 8, 2, '100 million cubic metres'],
  ['公里', 'length_kilometres', 0, 0, 'kilometres'],
  ['千米', 'length_kilometres', 0, 0, 'kilometres'],
  ['万公里', 'length_kilometres', 4, 2, '10 000 kilometres'],
  ['微克/立方米', 'concentration_ug_per_m3', 0, 1, 'micrograms per cubic metre'],
  ['Mbps', 'data_rate_bps', 6, 0, 'megabits per second'],
  ['Gbps', 'data_rate_bps', 9, 0, 'gigabits per second'],
  ['太字节', 'data_bytes', 12, 0, 'terabytes'],
  ['TB', 'data_bytes', 12, 0, 'terabytes'],
  ['人/万人', 'persons_per_10k_persons', 0, 2, 'persons per 10 000 persons'],
  ['名/万人', 'persons_per_10k_persons', 0, 2, 'persons per 10 000 persons'],
  ['个/万人', 'units_per_10k_persons', 0, 2, 'units per 10 000 persons'],
  ['张/千人', 'beds_per_1k_persons', 0, 2, 'beds per 1 000 persons'],
  ['人/千人', 'persons_per_1k_persons', 0, 2, 'persons per 1 000 persons'],
  ['名/千人', 'persons_per_1k_persons', 0, 2, 'persons per 1 000 persons'],
  ['平方米/人', 'square_metres_per_person', 0, 2, 'square metres per person'],
  ['千瓦时/人', 'kwh_per_person', 0, 0, 'kilowatt-hours per person'],
  ['吨标准煤/万元', 'tce_per_10k_cny', 0, 3, 'tonnes of coal equivalent per 10 000 yuan'],
  ['吨/万元', 'tonnes_per_10k_cny', 0, 3, 'tonnes per 10 000 yuan'],
  ['Wh/kg', 'energy_density_wh_per_kg', 0, 0, 'watt-hours per kilogram'],
  ['元/Wh', 'cost_cny_per_wh', 0, 2, 'yuan per watt-hour'],
  ['米', 'length_kilometres', -3, 0, 'metres'],
  ['千公里', 'length_kilometres', 3, 2, 'thousand kilometres'],
  ['万千米', 'length_kilometres', 4, 2, '10 000 kilometres'],
  ['万平方千米', 'area_square_kilometres', 4, 2, '10 000 square kilometres'],
  ['亿平方米', 'area_square_metres', 8, 2, '100 million square metres'],
  ['千公顷', 'area_hectares', 3, 2, 'thousand hectares'],
  ['万亿美元', 'money_usd', 12, 2, 'trillion US dollars'],
  ['人/亿元', 'persons_per_100m_cny', 0, 3, 'persons per 100 million yuan'],
  ['人/10万人', 'persons_per_100k_persons', 0, 2, 'persons per 100 000 persons'],
  ['人/十万人', 'persons_per_100k_persons', 0, 2, 'persons per 100 000 persons'],
  ['立方米/万元', 'cubic_metres_per_10k_cny', 0, 1, 'cubic metres per 10 000 yuan'],
  ['平方米/万元', 'square_metres_per_10k_cny', 0, 2, 'square metres per 10 000 yuan'],
  ['元/平方米', 'money_cny_per_square_metre', 0, 2, 'yuan per square metre'],
  ['人/平方公里', 'persons_per_square_kilometre', 0, 0, 'persons per square kilometre'],
  ['毫克/升', 'concentration_mg_per_l', 0, 2, 'milligrams per litre'],
  ['个/千人', 'units_per_1k_persons', 0, 2, 'units per 1 000 persons'],
  ['人/千人口', 'persons_per_1k_persons', 0, 2, 'persons per 1 000 persons'],
  ['张/千人口', 'beds_per_1k_persons', 0, 2, 'beds per 1 000 persons'],
  // 亩均税收（万元/亩）, 孕产妇死亡率（/10万）: a county's land-use and health plans.
  ['元/亩', 'money_cny_per_mu', 0, 2, 'yuan per mu'],
  ['万元/亩', 'money_cny_per_mu', 4, 2, '10 000 yuan per mu'],
  ['/10万', 'persons_per_100k_persons', 0, 2, 'per 100 000'],
  ['1/10万', 'persons_per_100k_persons', 0, 2, 'per 100 000'],
];

const time: Row[] = [
  ['年', 'years', 0, 1, 'years'],
  ['岁', 'age_years', 0, 1, 'years of age'],
  ['小时', 'hours', 0, 1, 'hours'],
  ['天', 'days', 0, 0, 'days'],
  ['日', 'days', 0, 0, 'days'],
  // 企业开办时间（个工作日）: working days, which do not convert into calendar days.
  ['工作日', 'working_days', 0, 1, 'working days'],
  ['个工作日', 'working_days', 0, 1, 'working days'],
];

function define(rows: Row[], range: Pick<UnitDefinition, 'min' | 'max' | 'wholeInBase'>): UnitDefinition[] {
  return rows.map(([symbol, dimension, power, decimals, nameEn]) => ({ symbol, dimension, power, decimals, nameEn, ...range }));
}

export const UNITS: readonly UnitDefinition[] = [
  { symbol: '%', dimension: 'percent', power: 0, decimals: 2, wholeInBase: false, min: 0, max: 100, nameEn: 'per cent' },
  { symbol: '‰', dimension: 'percent', power: -1, decimals: 2, wholeInBase: false, min: 0, max: 1000, nameEn: 'per mille' },
  { symbol: '个百分点', dimension: 'percentage_points', power: 0, decimals: 2, wholeInBase: false, min: null, max: null, nameEn: 'percentage points' },
  { symbol: '百分点', dimension: 'percentage_points', power: 0, decimals: 2, wholeInBase: false, min: null, max: null, nameEn: 'percentage points' },
  { symbol: '人年', dimension: 'person_years', power: 0, decimals: 1, wholeInBase: false, min: 0, max: null, nameEn: 'person-years' },
  { symbol: '万人年', dimension: 'person_years', power: 4, decimals: 2, wholeInBase: false, min: 0, max: null, nameEn: '10 000 person-years' },
  // Prose sometimes drops the unit after the multiplier ("超1000亿"): the multiplier fits any unit of its power.
  { symbol: '万', dimension: 'bare_multiplier', power: 4, decimals: 2, wholeInBase: false, min: 0, max: null, nameEn: '10 000' },
  { symbol: '亿', dimension: 'bare_multiplier', power: 8, decimals: 2, wholeInBase: false, min: 0, max: null, nameEn: '100 million' },
  ...define(counts, { min: 0, max: null, wholeInBase: true }),
  ...define(money, { min: 0, max: null, wholeInBase: false }),
  ...define(other, { min: 0, max: null, wholeInBase: false }),
  ...define(time, { min: 0, max: null, wholeInBase: false }),
];
