/**
 * The 嵊州 2025 return (plan 2024–2030, baseline 2024, increment/cumulative targets such as 75/1280) filled by
 * a person in one sitting as the sheet's formulas need it (numbers typed as numbers, the running total of an
 * increment/cumulative row), then with the slips a hurried person makes: '75/1130' as the plan prints it, a
 * fraction in a % row, a 万元 figure in an 亿元 row; a monitoring-only row explained.
 */
import type ExcelJS from 'exceljs';
import { checkWorkbook, type RowAttainment } from '../../../src/core/checks';
import { Cells, edit, readOk, realCatalog, summary, template, SHENGZHOU, type Template } from '../../support/xlsx/filledReturns';

const S = (name: string) => `${SHENGZHOU}.${name}`;

const TYPED: Readonly<Record<string, number | string>> = {
  'digital-core-mfg-rd-revenue-share': 5.8,
  // A count per 10 000 people kept whole (see the report on hard_range).
  'high-value-invention-patents-per-10k': 9,
  'industrial-new-product-output-rate': 46.2,
  'digital-core-va-gdp-share': 9.9,
  'strategic-emerging-va-share': 43.5,
  'hightech-industry-va-share': 62.8,
  'labour-productivity': 20.5,
  'cluster-415x-revenue': 598,
  'characteristic-cluster-zones': 2,
  'future-industry-pilot-zones': 1,
  'enterprise-technology-centres': 16,
  'tech-smes': 1130,
  'hightech-enterprises': 351,
  'little-giant-enterprises': 14,
  'first-unit-products': 48,
  'intl-domestic-first-unit-products': 1,
  'enterprise-led-major-projects-share': 100,
  'innovation-consortia': 1,
  'manufacturing-innovation-centres': 0,
  incubators: 3,
  'manufacturing-pilot-platforms': 1,
  'hitech-zone-industrial-va-growth': 9.6,
  'young-graduates-attracted': 0.92,
  'leading-talents': 96,
  'young-tech-entrepreneurs': 2,
  'high-skilled-workers-trained': 1050,
  'outstanding-engineers': 1,
  'tech-transaction-value': 42.3,
  'patent-intensive-product-output': 85,
  'zhejiang-made-premium-products': 8,
  'major-manufacturing-st-projects': 1,
  'large-manufacturing-projects': 1,
  'manufacturing-long-term-loans': 180.2,
  'business-burden-reduction': 12.1,
  'ip-dispute-resolution-rate': 95,
  'industrial-output': 780,
  'chain-leader-enterprises': 0,
  'xiongying-enterprises': 0,
  'hq-leading-enterprises': 0,
  'provincial-single-champions': 12,
  'provincial-specialised-smes': 60,
  'billion-yuan-manufacturing-projects': 8,
  'national-economic-development-zone': 0,
  'billion-characteristic-clusters': 2,
};

/** The 零的突破 rows (家, 2027): a count answers them, at least one (decision 0270). */
const FIRST_ONE = ['chain-leader-enterprises', 'xiongying-enterprises', 'hq-leading-enterprises'].map(S);

const statusesOf = (attainments: readonly RowAttainment[], ids: readonly string[]) => ids.map((id) => attainments.find((row) => row.rowId === id)?.status);

let tpl: Template;
let at: Cells;

beforeAll(async () => {
  tpl = await template(SHENGZHOU, 2025);
  at = new Cells(tpl);
});

async function filled(change: (sheet: ExcelJS.Worksheet) => void) {
  const bytes = await edit(tpl.bytes, (sheet) => {
    sheet.getCell(at.actual(S('rd-gdp-share'), 2025)).value = 2.9;
    sheet.getCell(at.actual(S('manufacturing-va-gdp-share'), 2025)).value = 34.8;
    sheet.getCell(at.explanation(S('high-tech-manufacturing-va-share'))).value = '本地区暂无此项统计';
    for (const [name, value] of Object.entries(TYPED)) sheet.getCell(at.actual(S(name), 2025)).value = value;
    change(sheet);
  });
  const [sheet] = await readOk(bytes);
  if (sheet === undefined) throw new Error('no sheet read');
  // Checked as the command line and the pane check a return: its findings and its rows' attainment from one check.
  const [checked] = checkWorkbook([sheet], realCatalog()).sheets;
  if (checked === undefined) throw new Error('no sheet checked');
  return { sheet, report: checked.report, attainments: checked.attainments };
}

describe('嵊州 2025', () => {
  it('filled with care: only the explained monitoring row is flagged, and the return is accepted with explanations', async () => {
    const { sheet, report } = await filled(() => undefined);
    expect(sheet.rows.map((row) => row.indicatorId)).toEqual(tpl.rowIds);
    expect(sheet.observations).toEqual([]);
    expect(summary(report)).toEqual([['monitoring_missing', at.actual(S('high-tech-manufacturing-va-share'), 2025), 'warning', 'check.monitoring_missing']]);
    expect(report.findings[0]).toMatchObject({ explained: true, explanation: '本地区暂无此项统计' });
    expect(report.verdict).toBe('accepted_with_explanations');
  });

  it('0 家 in the 零的突破 rows is accepted and shows 滞后 (none yet, 2027 not due); 2 家 is 已达标, as 是 would be', async () => {
    const careful = await filled(() => undefined);
    expect(statusesOf(careful.attainments, FIRST_ONE)).toEqual(['behind', 'behind', 'behind']);
    const reached = await filled((sheet) => {
      sheet.getCell(at.actual(S('chain-leader-enterprises'), 2025)).value = 2;
      sheet.getCell(at.actual(S('xiongying-enterprises'), 2025)).value = '是';
    });
    expect(statusesOf(reached.attainments, FIRST_ONE)).toEqual(['met', 'met', 'behind']);
    expect(reached.report.verdict).toBe('accepted_with_explanations');
  });

  it('"75/1130" typed as the plan prints it is an error: the sheet cannot compute it, and the running total 1130 is what to type', async () => {
    const { report } = await filled((sheet) => {
      sheet.getCell(at.actual(S('tech-smes'), 2025)).value = '75/1130';
    });
    expect(summary(report)).toContainEqual(['not_a_number', at.actual(S('tech-smes'), 2025), 'error', 'check.not_a_number.pair_typed']);
    expect(report.verdict).toBe('rejected');
  });

  it('slips of a hurried person: a fraction in a % row, 万元 in an 亿元 row, an increment that does not add up', async () => {
    const { report } = await filled((sheet) => {
      sheet.getCell(at.actual(S('manufacturing-va-gdp-share'), 2025)).value = 0.348;
      sheet.getCell(at.actual(S('cluster-415x-revenue'), 2025)).value = 5_980_000;
      sheet.getCell(at.actual(S('tech-smes'), 2025)).value = '80/1130';
    });
    expect(summary(report)).toEqual([
      // One typo, one warning: the drop of 34 points is share_as_fraction's, not also yoy_change's.
      ['share_as_fraction', at.actual(S('manufacturing-va-gdp-share'), 2025), 'warning', 'check.share_as_fraction.previous'],
      ['monitoring_missing', at.actual(S('high-tech-manufacturing-va-share'), 2025), 'warning', 'check.monitoring_missing'],
      ['magnitude_slip', at.actual(S('cluster-415x-revenue'), 2025), 'warning', 'check.magnitude_slip.previous.unit'],
      // '80/1130' is not computed by the sheet (an error), and its two parts do not agree either.
      ['not_a_number', at.actual(S('tech-smes'), 2025), 'error', 'check.not_a_number.pair_typed'],
      ['increment_mismatch', at.actual(S('tech-smes'), 2025), 'warning', 'check.increment_mismatch'],
    ]);
    expect(report.verdict).toBe('rejected');
  });
});
