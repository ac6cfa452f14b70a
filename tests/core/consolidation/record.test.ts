import { readRecordRows, recordedReturns, recordRows, consolidate, type ConsolidationRecord } from '../../../src/core/consolidation';
import type { Coded } from '../../../src/core/i18n';
import { realCatalog } from '../../support/catalog';
import { shown } from '../../support/shown';

const catalog = realCatalog();
const plan = catalog.catalog.plans.find((p) => p.plan.id === 'zj-hightech-industry-2021-2025')!;
const additive = plan.indicators.find((indicator) => indicator.aggregation.kind === 'sum')!;

const record = (counties: ConsolidationRecord['counties']): ConsolidationRecord => ({
  planId: plan.plan.id, catalogVersion: catalog.version, reportingYear: 2024, region: { code: '330600', name: '绍兴市' }, counties,
});

describe('consolidation record', () => {
  it('reads back what it wrote, across rows when the JSON is longer than a cell holds, reasons as codes and params', () => {
    const long = 'x'.repeat(40_000);
    const reason: Coded = { code: 'form.style_hides', params: { name: long, detail: { code: 'form.style_hides.tiny_font', params: { size: 1 } } } };
    const written = record([{ code: '330602', name: '绍兴市越城区', source: '越城区.xlsx', values: { [additive.id]: 12.5 }, unverified: { [additive.id]: reason } }]);
    const rows = recordRows(written);
    expect(rows[0]).toEqual(['format', '2']);
    expect(rows.filter(([key]) => key === 'record').length).toBeGreaterThan(1);
    expect(readRecordRows(rows)).toEqual(written);
    // No wording is stored: the reason is worded when shown, in the language asked.
    const stored = rows.map(([, value]) => value).join('');
    for (const words of [shown(reason, 'zh-CN'), shown(reason.params.detail as Coded, 'en-US')]) expect(stored).not.toContain(words);
  });

  it('reads a record of format 1, whose reasons were worded when it was written: each shown as written, in any language', () => {
    const old = { ...record([]), counties: [{ code: '330604', name: '绍兴市上虞区', source: '上虞区.xlsx', values: { [additive.id]: 3 }, unverified: { [additive.id]: '可能把“亿元”填成了“万元”' } }] };
    const read = readRecordRows([['format', '1'], ['record', JSON.stringify(old)]]);
    const reason = read?.counties[0]?.unverified[additive.id];
    expect(shown(reason, 'zh-CN')).toBe('可能把“亿元”填成了“万元”');
    expect(shown(reason, 'en-US')).toBe('可能把“亿元”填成了“万元”');
    expect(recordedReturns(read!, '绍兴市汇总.xlsx')[0]?.unverified).toEqual({ [additive.id]: reason });
    // Written again (a province made from that city file), the reason keeps its text, now as a code and its param.
    expect(readRecordRows(recordRows(read!))).toEqual(read);
  });

  it('keeps a reason whose code these tables do not word (a later version’s) as its code and params, the row still 待核实', () => {
    const later = { ...record([]), counties: [{ code: '330604', name: '绍兴市上虞区', source: 'a.xlsx', values: {}, unverified: { [additive.id]: { code: 'check.from_the_future', params: { n: 2 } } } }] };
    const reason = readRecordRows([['format', '2'], ['record', JSON.stringify(later)]])?.counties[0]?.unverified[additive.id];
    expect(shown(reason, 'en-US')).toBe('check.from_the_future (n=2)');
  });

  it('is absent, not guessed, when damaged, of another format or with a value of the wrong kind', () => {
    const rows = recordRows(record([{ code: '330602', name: '绍兴市越城区', source: 'a.xlsx', values: { [additive.id]: 1 }, unverified: {} }]));
    expect(readRecordRows(rows)).not.toBeNull();
    expect(readRecordRows(rows.map(([key, value]) => [key, key === 'record' ? value.slice(0, -2) : value]))).toBeNull();
    expect(readRecordRows(rows.map(([key, value]) => [key, key === 'format' ? '3' : value]))).toBeNull();
    expect(readRecordRows(rows.map(([key, value]) => [key, key === 'record' ? value.replace(':1}', ':"1"}') : value]))).toBeNull();
    // A reason of the wrong kind for its format: text in format 2, a coded message in format 1, a param that is neither.
    const withReason = (format: string, reason: unknown) => readRecordRows([['format', format], ['record', JSON.stringify({ ...record([]), counties: [{ code: '330602', name: '绍兴市越城区', source: 'a.xlsx', values: {}, unverified: { [additive.id]: reason } }] })]]);
    expect(withReason('2', { code: 'consolidate.recorded_reason', params: { text: 'x' } })).not.toBeNull();
    expect(withReason('2', '待核实')).toBeNull();
    expect(withReason('1', { code: 'consolidate.recorded_reason', params: { text: 'x' } })).toBeNull();
    expect(withReason('2', { code: 'consolidate.recorded_reason', params: { text: true } })).toBeNull();
  });

  it('gives counties that consolidate by their values, and a county already taken is a duplicate of the record', () => {
    const written = record([
      { code: '330602', name: '绍兴市越城区', source: '越城区.xlsx', values: { [additive.id]: 10 }, unverified: {} },
      { code: '330603', name: '绍兴市柯桥区', source: '柯桥区.xlsx', values: { [additive.id]: 5 }, unverified: {} },
    ]);
    const fromCity = recordedReturns(written, '绍兴市汇总.xlsx');
    const again = recordedReturns(record([{ code: '330602', name: '绍兴市越城区', source: '越城区.xlsx', values: { [additive.id]: 99 }, unverified: {} }]), '另一汇总.xlsx');
    const result = consolidate({ plan, reportingYear: 2024, returns: [...fromCity, ...again] });
    expect(result.rows.find((row) => row.indicator.id === additive.id)?.total).toBe(15);
    expect(result.findings).toEqual([{ code: 'consolidate.duplicate_recorded', source: '另一汇总.xlsx', region: '绍兴市越城区', detail: '绍兴市汇总.xlsx' }]);
  });
});
