import { shownText, STATUS_SWATCH, type SheetLayout } from '../../../src/core/layout';
import { renderFinding } from '../../../src/core/i18n';
import { findingsReportLayout, type ReportedFinding } from '../../../src/core/reports';
import { rowTexts, styleOf } from '../../support/core/layout/layoutHelpers';

function finding(overrides: Partial<ReportedFinding>): ReportedFinding {
  return {
    sheet: '指标填报',
    ref: { sheet: '指标填报', row: 7, column: 10 },
    indicatorId: 'yuecheng-2021-2025.hightech-enterprises',
    ruleId: 'hard_range',
    severity: 'error',
    code: 'check.hard_range.not_whole',
    params: { name: '高新技术企业数', nameEn: 'High-tech enterprises', year: 2023, value: '-3.5', unit: '家' },
    value: '-3',
    expected: '≥ 0',
    explained: false,
    explanation: null,
    ...overrides,
  };
}

const ERROR = finding({});
const WARNING = finding({
  ref: { sheet: '指标填报', row: 8, column: 10 }, ruleId: 'magnitude_slip', severity: 'warning',
  // A message that starts like a formula: its first param, quoted from the return, starts with =.
  code: 'check.joint_decline.many', params: { year: '=2023', names: '高新技术企业数 / 科技型中小企业数' },
  value: 22000, expected: '≈ 2.2', explained: true, explanation: '单位误填已核实',
});
const UNEXPLAINED = finding({ ref: { sheet: '指标填报', row: 9 }, ruleId: 'yoy_change', severity: 'warning', explained: false });

const rowsOf = rowTexts;

function detailRows(layout: SheetLayout): Array<[number, string[]]> {
  const rows = [...rowsOf(layout).entries()].sort(([a], [b]) => a - b);
  const header = rows.findIndex(([, texts]) => texts[3] === '单元格');
  return rows.slice(header + 1);
}

describe('findings report', () => {
  it.each<[string, ReportedFinding[], string]>([
    ['no findings', [], '接受'],
    ['only explained warnings', [WARNING], '说明后接受'],
    ['an unexplained warning', [WARNING, UNEXPLAINED], '退回'],
    ['an error, even explained', [{ ...ERROR, explained: true, explanation: '已说明' }], '退回'],
  ])('states the verdict on top: %s', (_, findings, verdict) => {
    const layout = findingsReportLayout({ findings });
    const top = layout.cells.filter((cell) => cell.row <= 2).map((cell) => shownText(cell.value));
    expect(top).toContain(verdict);
    expect(top.filter((text) => ['接受', '说明后接受', '退回'].includes(text))).toHaveLength(1);
  });

  it('lists errors before warnings, in red and amber, with the columns a reviewer reads', () => {
    const layout = findingsReportLayout({ findings: [WARNING, ERROR], indicatorNames: { [ERROR.indicatorId as string]: '高新技术企业数' } });
    const texts = [...rowsOf(layout).values()];
    expect(texts).toContainEqual(['序号', '严重程度', '工作表', '单元格', '指标', '规则', '说明', '填报值', '期望', '已说明']);
    const details = detailRows(layout);
    expect(details.map(([, t]) => t[1])).toEqual(['错误', '警告']);
    expect(details[0]?.[1]).toEqual(['1', '错误', '指标填报', 'K8', '高新技术企业数', 'hard_range', '「高新技术企业数」是计数指标，2023年实绩 -3.5家 折算后不是整数，请更正。', '-3', '≥ 0', '否']);
    const severityStyle = (row: number) => {
      const cell = layout.cells.find((c) => c.row === row && c.col === 1);
      return cell ? styleOf(layout, cell) : undefined;
    };
    expect(severityStyle(details[0]?.[0] ?? -1)?.fill).toBe(STATUS_SWATCH.regressing.fill);
    expect(severityStyle(details[1]?.[0] ?? -1)?.fill).toBe(STATUS_SWATCH.behind.fill);
    expect(details[1]?.[1][9]).toBe('单位误填已核实');
  });

  it('links each finding to its cell, and a row-level finding to the row\'s first cell', () => {
    const layout = findingsReportLayout({ findings: [ERROR, UNEXPLAINED] });
    const links = layout.cells.flatMap((cell) => (cell.value.kind === 'link' ? [cell.value] : []));
    expect(links).toEqual([
      { kind: 'link', text: 'K8', target: { sheet: '指标填报', cell: 'K8' } },
      { kind: 'link', text: '10:10', target: { sheet: '指标填报', cell: 'A10' } },
    ]);
  });

  it('words the messages in the report’s locale while its labels stay the Chinese form’s', () => {
    const layout = findingsReportLayout({ findings: [ERROR], locale: 'en-US' });
    const texts = [...rowsOf(layout).values()];
    expect(texts).toContainEqual(['序号', '严重程度', '工作表', '单元格', '指标', '规则', '说明', '填报值', '期望', '已说明']);
    expect(detailRows(layout)[0]?.[1][6]).toBe('High-tech enterprises is a count: the 2023 actual -3.5 家 is not a whole number. Correct it.');
  });

  it('writes a message starting with = as text', () => {
    const layout = findingsReportLayout({ findings: [WARNING] });
    const message = layout.cells.find((cell) => cell.value.kind === 'text' && cell.value.text === renderFinding(WARNING, 'zh-CN'));
    expect(message).toBeDefined();
    expect(message && styleOf(layout, message).numberFormat).toBe('@');
  });

  it('sums up each rule with its count and how many were explained', () => {
    const layout = findingsReportLayout({ findings: [WARNING, { ...WARNING, ref: { sheet: '指标填报', row: 11, column: 10 }, explained: false }, ERROR], ruleNames: { magnitude_slip: '数量级核实' } });
    const row = layout.cells.find((cell) => shownText(cell.value) === '数量级核实')?.row as number;
    const counts = layout.cells.filter((cell) => cell.row === row && cell.value.kind === 'number').map((cell) => shownText(cell.value));
    // 序号, 条数, 已说明
    expect(counts.slice(1)).toEqual(['2', '1']);
    expect(layout.cells.some((cell) => cell.row === row - 1 && shownText(cell.value) === 'hard_range')).toBe(true);
  });
});
