import { coverSheetLayout } from '../../../src/core/documents';
import { shownText } from '../../../src/core/layout';
import { planOf } from '../../support/catalog';

const coverTexts = (planId: string, region: { name: string; code: string }) => coverSheetLayout({
  plans: [planOf(planId)], region, reportingYear: 2023, reportingSheets: ['指标填报'], catalogVersion: 'test',
}).cells.map((cell) => shownText(cell.value).replace(/\n */gu, '')); // a paragraph as read, without the line breaks the cover prints it with

describe('the cover says what is reported and why', () => {
  it('names the rows a county does not report against the province\'s plan, each with its reason', () => {
    const texts = coverTexts('zj-innovation-platforms-2021-2025', { name: '绍兴市越城区', code: '330602' });
    expect(texts).toContain('填报范围');
    const higher = texts.find((text) => text.startsWith('《浙江省重大创新空间和重大创新平台'));
    expect(higher).toMatch(/是上级规划：贡献量 \d+ 项.*不填报 4 项。所填数值汇总上报、仅作监测，不按上级目标考核。/u);
    const excluded = texts.find((text) => text.startsWith('不填报：')) ?? '';
    expect(excluded).toContain('杭州、宁波国家高新区全国排名（排名）');
    expect(excluded).toContain('国家高新区（覆盖类目标）');
  });

  it('gives the catalog\'s note for a province-only row', () => {
    const excluded = coverTexts('zj-opinions-2018', { name: '绍兴市', code: '330600' }).find((text) => text.startsWith('不填报：')) ?? '';
    expect(excluded).toContain('省财政投入省级重大科技专项（省财政的投入，由省一级填报');
  });

  it('says the region\'s own plan is reported in full and judged', () => {
    const texts = coverTexts('yuecheng-2021-2025', { name: '绍兴市越城区', code: '330602' });
    expect(texts.some((text) => /是本地区的规划：填报全部指标，按规划目标考核。/u.test(text))).toBe(true);
    expect(texts.some((text) => text.startsWith('不填报：'))).toBe(false);
  });
});
