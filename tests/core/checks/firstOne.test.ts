/**
 * 零的突破 judged as "at least one" (decision 0270): the 嵊州 plan's 省级“链主”企业 row (家, target 零的突破 in 2027)
 * filled with each content a county may type, before the target year (2025) and in it (2027). The core's status (what
 * `check` and the pane show), the finding and the value consolidation reads, from the one reading of the cell.
 */
import { rowAttainments, sheetActuals, type Finding } from '../../../src/core/checks';
import { renderFinding } from '../../../src/core/i18n';
import type { CellValue } from '../../../src/core/returns';
import { priorStatusFormulas } from '../../../src/core/checks/priorStatusFormula';
import { checked, indicator, sheet } from '../../support/core/checks/builtSheets';

const CHAIN = 'shengzhou-116x-2024-2030.chain-leader-enterprises';

const number = (value: number): CellValue => ({ type: 'number', value });
const text = (value: string): CellValue => ({ type: 'text', value });

/** The row's status, the value consolidation reads and the findings (as `severity code`, and themselves), from one check. */
function judgedWith(year: number, value: CellValue) {
  const built = sheet({ planIds: ['shengzhou-116x-2024-2030'], reportingYear: year, years: [year], sheet: '指标填报' }).row(indicator(CHAIN), { [year]: { value } }).build();
  const { report, context } = checked(built);
  const found = report.findings.filter((finding) => finding.ruleId !== 'monitoring_missing');
  const [row] = rowAttainments(built, context.indicators, context.plans);
  const read = sheetActuals(built, (id) => context.indicators[id]).get(CHAIN)?.get(year) ?? null;
  return { judged: { status: row?.status, value: read, findings: found.map((finding) => `${finding.severity} ${finding.code}`) }, found };
}

const judged = (year: number, value: CellValue) => judgedWith(year, value).judged;

describe('零的突破: a count of one or more is the first one reached, as 是 is', () => {
  it.each([
    // content, 2025 (before the target year), 2027 (the target year)
    ['1', 'met', 'met', number(1)],
    ['2', 'met', 'met', number(2)],
    ['0', 'behind', 'not_met', number(0)],
    ['是', 'met', 'met', text('是')],
    ['否', 'behind', 'not_met', text('否')],
  ] as const)('%s: %s before the target year, %s in it, with no finding', (_, before, due, value) => {
    expect(judged(2025, value)).toMatchObject({ status: before, findings: [] });
    expect(judged(2027, value)).toMatchObject({ status: due, findings: [] });
  });

  it('consolidation reads the count as the sheet judges it, and the answer as the answer', () => {
    expect(judged(2027, number(2)).value).toBe(2);
    expect(judged(2027, number(0)).value).toBe(0);
    expect(judged(2027, text('是')).value).toBe(true);
  });

  it.each([
    ['1.5', number(1.5)],
    ['-1', number(-1)],
  ] as const)('%s is no count: an error in Chinese, 未填报 and counted nowhere', (shownText, value) => {
    let finding: Finding | undefined;
    for (const year of [2025, 2027]) {
      const result = judgedWith(year, value);
      expect(result.judged).toEqual({ status: 'no_value', value: null, findings: ['error check.not_a_number.count_not_whole'] });
      [finding] = result.found;
    }
    expect(renderFinding(finding!, 'zh-CN')).toBe(
      `「省级“链主”企业」2027年实绩填的是 ${shownText}，不是个数。该指标的目标是“零的突破”，按“至少一”判断：请填 0 或正整数（1 及以上为已实现，0 为尚未实现），或填“是”或“否”。本表状态显示“未填报”，校验、汇总和附表也不计入。`,
    );
    expect(renderFinding(finding!, 'en-US')).toMatch(/is not a count\. The target is a first one \(from none to at least one\)/u);
  });

  it('a count typed as text is what the sheet cannot compute: 未填报, and the finding says the number to type', () => {
    const result = judged(2027, text('2'));
    expect(result).toEqual({ status: 'no_value', value: null, findings: ['error check.not_a_number.text_number'] });
  });

  it('left empty: 未填报 and required, before the target year and in it, as before', () => {
    for (const year of [2025, 2027]) expect(judged(year, { type: 'empty' })).toEqual({ status: 'no_value', value: null, findings: ['error check.required_missing'] });
  });
});

describe('the status formula of forms printed before 0270', () => {
  const due = 'IF(ISNUMBER(J53),IF(AND(J53>=0,ROUND(J53,0)=J53),IF(J53>=1,"已达标","未达标"),"未填报"),IF(TRIM(J53)="是","已达标",IF(TRIM(J53)="否","未达标","未填报")))';

  it('are the 是/否 formula the generator printed (and, before 0233, with 滞后 for 否) — never one it did not print', () => {
    expect(priorStatusFormulas(due)).toEqual([
      'IF(TRIM(J53)="是","已达标",IF(TRIM(J53)="否","未达标","未填报"))',
      'IF(TRIM(J53)="是","已达标",IF(TRIM(J53)="否","滞后","未填报"))',
    ]);
    // 全覆盖's formula has no count branch: only 0233's earlier form.
    expect(priorStatusFormulas('IF(TRIM(J9)="是","已达标",IF(TRIM(J9)="否","未达标","未填报"))')).toEqual(['IF(TRIM(J9)="是","已达标",IF(TRIM(J9)="否","滞后","未填报"))']);
  });
});
