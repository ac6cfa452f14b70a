import { importConceptsYaml, importResultJson, recogniseIndicatorTable, SUGGESTION_FLOOR } from '../../../src/core/import';
import { realCatalog } from '../../support/catalog';

/**
 * Concepts offered by normalised name: the spellings plans vary in (每万人口/每万人, 研究与试验发展/R&D,
 * 规模以上/规上, widths, brackets) meet, shown with a score for the user to confirm, and never linked by themselves.
 */
const { concepts } = realCatalog().catalog;

function importRows(rows: string[][]) {
  return recogniseIndicatorTable({ cells: [['指标', '2020年', '2025年', '属性'], ...rows], concepts });
}

describe('concept suggestions', () => {
  it.each([
    ['每万人口高价值发明专利拥有量（件）', 'high_value_invention_patents_per_10k'],
    ['全社会研究与试验发展经费支出占GDP比重（%）', 'rd_gdp_share'],
    ['全社会研究与试验发展（R&D）经费支出占地区生产总值比重（%）', 'rd_gdp_share'],
    ['规模以上工业企业研发经费支出占营业收入比重（%）', 'industrial_rd_revenue_share'],
    ['全社会 研究与试验发展 经费支出（亿元）', 'rd_expenditure'],
    ['每萬人口高價值發明專利擁有量（件）', 'high_value_invention_patents_per_10k'],
  ])('%s is offered %s with score 1, and not linked', (name, concept) => {
    const [indicator] = importRows([[name, '1', '2', '预期性']]).indicators;
    expect(indicator?.concept).toBeUndefined();
    expect(indicator?.conceptSuggestion).toEqual({ concept, name: concepts.find((c) => c.id === concept)?.name, score: 1 });
  });

  it('an exact name is linked as before and carries no suggestion', () => {
    const [indicator] = importRows([['每万人高价值发明专利拥有量（件）', '1', '2', '预期性']]).indicators;
    expect(indicator?.concept).toBe('high_value_invention_patents_per_10k');
    expect(indicator?.conceptSuggestion).toBeUndefined();
  });

  it('a near name is offered with a score below 1; an unrelated one, or one in another unit, is offered nothing', () => {
    const result = importRows([
      ['每万人口高价值发明专利拥有量增长（件）', '1', '2', '预期性'],
      ['城镇登记失业率（%）', '3', '4', '预期性'],
      ['每万人口高价值发明专利拥有量（亿元）', '1', '2', '预期性'],
    ]);
    const [near, unrelated, otherUnit] = result.indicators;
    expect(near?.conceptSuggestion?.concept).toBe('high_value_invention_patents_per_10k');
    expect(near?.conceptSuggestion?.score).toBeLessThan(1);
    expect(near?.conceptSuggestion?.score).toBeGreaterThanOrEqual(SUGGESTION_FLOOR);
    expect(unrelated?.conceptSuggestion).toBeUndefined();
    expect(otherUnit?.conceptSuggestion).toBeUndefined();
  });

  it('the high-value count is not offered for the plain patent count (they differ by more than spelling)', () => {
    const [indicator] = importRows([['每万人口发明专利拥有量（件）', '1', '2', '预期性']]).indicators;
    expect(indicator?.conceptSuggestion?.concept).toBe('invention_patents_per_10k');
  });

  it('the catalog written from the import keeps the indicator on a concept of its own; the JSON shows the suggestion', () => {
    const result = importRows([['每万人口高价值发明专利拥有量（件）', '1', '2', '预期性']]);
    expect(result.indicators[0]?.concept).toBeUndefined();
    expect(importConceptsYaml(result, { id: 'plan-x' })).toContain('每万人口高价值发明专利拥有量');
    expect(importResultJson(result).indicators[0]?.suggestion).toEqual({
      concept: 'high_value_invention_patents_per_10k', name: '每万人高价值发明专利拥有量', score: 1,
    });
  });
});
