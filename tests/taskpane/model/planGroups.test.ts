import { groupPlans } from '../../../src/taskpane/model/planGroups';
import { testCatalog } from '../../support/taskpane/services';

const plans = testCatalog().catalog.plans;
const ids = (query: string) => groupPlans(plans, query).map((group) => [group.key, group.plans.map((plan) => plan.plan.id)]);

describe('groupPlans', () => {
  it('groups every plan by its level, province first, districts with counties', () => {
    const groups = groupPlans(plans, '');
    expect(groups.map((group) => group.key)).toEqual(['province', 'county']);
    expect(groups.flatMap((group) => group.plans)).toHaveLength(plans.length);
    expect(groups[1]?.plans.map((plan) => plan.plan.level).sort()).toEqual(['county', 'district', 'district']);
  });

  it('finds by title, region, id or period, every word, full-width and case aside', () => {
    expect(ids('越城')).toEqual([['county', ['yuecheng-2021-2025']]]);
    expect(ids('浙江省 人才')).toEqual([['province', ['zj-talent-2021-2025']]]);
    expect(ids('ＫＥＱＩＡＯ')).toEqual([['county', ['keqiao-2021-2025']]]);
    expect(ids('2024-2030')).toEqual([['county', ['shengzhou-116x-2024-2030']]]);
    expect(ids('杭州')).toEqual([]);
  });
});
