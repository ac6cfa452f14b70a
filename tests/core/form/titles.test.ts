import { CONSOLIDATION, regionPlanTitle } from '../../../src/core/form';

describe('regionPlanTitle: a region before a plan title, never named twice', () => {
  it.each([
    ['绍兴市越城区', '绍兴市越城区科技创新发展“十四五”规划', '绍兴市越城区科技创新发展“十四五”规划'],
    ['绍兴市柯桥区', '柯桥区科技创新发展“十四五”规划', '绍兴市柯桥区科技创新发展“十四五”规划'],
    ['绍兴市', '浙江省高新技术产业发展“十四五”规划', '绍兴市《浙江省高新技术产业发展“十四五”规划》'],
    ['绍兴市嵊州市', '关于加快科技创新和产业创新深度融合推进“116X”产业集群建设行动方案', '绍兴市嵊州市《关于加快科技创新和产业创新深度融合推进“116X”产业集群建设行动方案》'],
    ['', '浙江省科技成果转化“十四五”规划', '浙江省科技成果转化“十四五”规划'],
  ])('%s + %s', (region, plan, expected) => {
    expect(regionPlanTitle(region, plan)).toBe(expected);
  });

  it('builds the consolidation title the same way', () => {
    expect(CONSOLIDATION.title('绍兴市', '浙江省高新技术产业发展“十四五”规划')).toBe('绍兴市《浙江省高新技术产业发展“十四五”规划》主要指标汇总表');
  });
});
