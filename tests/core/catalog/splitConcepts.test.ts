/** A merged row of a concept since split, and the rows under it, found again under the catalog as it is (decision 0278). */
import { rowIdBeforeSplit, rowIdsAfterSplit } from '../../../src/core/catalog';
import { realCatalog } from '../../support/catalog';

const concepts = realCatalog().catalog.concepts;

describe('rows of a split concept', () => {
  it('takes a merged return’s row of national_hightech_zone_rank, and a row under it, to the Shaoxing zone’s concept', () => {
    expect(rowIdsAfterSplit('concept:national_hightech_zone_rank', concepts)).toEqual(['concept:shaoxing_national_hightech_zone_rank']);
    expect(rowIdsAfterSplit('concept:national_hightech_zone_rank#companion', concepts)).toEqual(['concept:shaoxing_national_hightech_zone_rank#companion']);
    expect(rowIdBeforeSplit('concept:shaoxing_national_hightech_zone_rank#numerator', concepts)).toBe('concept:national_hightech_zone_rank#numerator');
  });

  it('leaves every other row id alone', () => {
    expect(rowIdsAfterSplit('concept:rd_gdp_share', concepts)).toEqual([]);
    expect(rowIdsAfterSplit('yuecheng-2021-2025.national-hightech-zone-rank', concepts)).toEqual([]);
    expect(rowIdBeforeSplit('concept:national_hightech_zone_rank', concepts)).toBeUndefined();
    expect(rowIdBeforeSplit('concept:rd_gdp_share', concepts)).toBeUndefined();
  });
});
