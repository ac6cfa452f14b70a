import { DEFAULT_RULES } from '../../../src/core/checks';
import type { Finding } from '../../../src/core/checks';
import {
  enUS, formatNumber, formatParam, LOCALES, placeholdersOf, pseudoLocalize, renderFinding, translate, translateWith, zhCN, type Locale, type LocaleTable, type MessageParams,
} from '../../../src/core/i18n';
import { UNITS } from '../../../src/core/units';
import { kitchenSink } from '../../support/core/checks/kitchenSink';
import { check } from '../../support/core/checks/builtSheets';

const CHECK_PREFIXES = /^(?:check|structure)\./u;
const RULE_ERROR = 'check.rule_error';
const declaredCodes = new Set([...DEFAULT_RULES.flatMap((rule) => [...rule.codes]), RULE_ERROR]);
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/u;

/** The placeholders of an English template, with the English-name suffix taken off ({nameEn} → name). */
const withoutEn = (template: string) => new Set(placeholdersOf(template).map((name) => name.replace(/En$/u, '')));

/** The data of params, nested messages opened: what the tables' wording is filled with. */
function leafEntries(params: MessageParams): Array<[string, string | number]> {
  return Object.entries(params).flatMap(([key, value]): Array<[string, string | number]> => (typeof value === 'object' ? leafEntries(value.params) : [[key, value]]));
}
const leaves = (params: MessageParams) => leafEntries(params).map(([, value]) => value);

describe('locale tables', () => {
  it('zh-CN and en-US have the same keys', () => {
    expect(Object.keys(enUS).sort()).toEqual(Object.keys(zhCN).sort());
  });

  it('every code a rule can emit is worded, and no check wording is left without a rule', () => {
    const tableCodes = Object.keys(zhCN).filter((code) => CHECK_PREFIXES.test(code));
    expect([...declaredCodes].filter((code) => !(code in zhCN))).toEqual([]);
    expect(tableCodes.filter((code) => !declaredCodes.has(code))).toEqual([]);
  });

  it('every rule has a name for reports', () => {
    expect(DEFAULT_RULES.map((rule) => `rule.${rule.id}`).filter((code) => !(code in zhCN))).toEqual([]);
    expect(Object.keys(zhCN).filter((code) => code.startsWith('rule.') && !DEFAULT_RULES.some((rule) => `rule.${rule.id}` === code))).toEqual([]);
  });

  it.each(Object.keys(zhCN))('%s: both languages fill the same placeholders', (code) => {
    const zh = (zhCN as LocaleTable)[code] ?? '';
    const en = (enUS as LocaleTable)[code] ?? '';
    expect(withoutEn(en)).toEqual(new Set(placeholdersOf(zh)));
    // A word agreeing with a number ({count|value|values}) follows a param the message is given.
    const agreeing = [...en.matchAll(/\{([A-Za-z0-9_]+)\|/gu)].map((match) => match[1] ?? '');
    expect(agreeing.filter((name) => !placeholdersOf(zh).includes(name))).toEqual([]);
  });

  it('the Chinese wording is Chinese and the English wording has no Chinese but the data it quotes', () => {
    for (const [code, template] of Object.entries(enUS)) {
      const words = template.replace(/\{[A-Za-z0-9_]+\}/gu, '').replace(/[万亿是否]/gu, '');
      expect([code, HAN.test(words) ? words : '']).toEqual([code, '']);
    }
    // A template of placeholders and punctuation alone ('{where}：{name}', '! {problem}') has no words to be Chinese.
    const worded = (template: string) => /\p{L}/u.test(template.replace(/\{[A-Za-z0-9_]+\}/gu, ''));
    for (const [code, template] of Object.entries(zhCN)) expect([code, worded(template) && !HAN.test(template)]).toEqual([code, false]);
  });
});

describe('translate', () => {
  it('fills placeholders and formats numbers', () => {
    expect(translate('zh-CN', 'structure.id_unknown', { id: 'x.y', row: 12 })).toBe('第 12 行的指标编号 x.y 不属于本表。请勿插入新行或修改隐藏的编号列。');
    expect(formatParam(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(0.035 * 100)).toBe('3.5');
    expect(formatNumber(22000)).toBe('22000');
    expect(formatNumber(-0)).toBe('0');
  });

  it('says one value, not “1 values”, in English', () => {
    expect(translate('en-US', 'consolidate.unverified_values', { region: 'Zhuji', count: 1 })).toBe('Zhuji: 1 value failed the checks; marked “to be verified” and left out of the totals.');
    expect(translate('en-US', 'consolidate.unverified_values', { region: 'Zhuji', count: 2 })).toBe('Zhuji: 2 values failed the checks; marked “to be verified” and left out of the totals.');
    expect(translate('en-US', 'carry.not_carried', { count: 1, cells: 'J7' })).toMatch(/^1 entry has no place on the new form and was not carried \(J7\)/u);
    expect(translate('en-US', 'cli.catalog.list.summary', { plans: 12, indicators: 1 })).toBe('12 plans, 1 indicator.');
    // Chinese has no plural: the same count reads the same.
    expect(translate('zh-CN', 'consolidate.unverified_values', { region: '诸暨市', count: 1 })).toBe('诸暨市有 1 个数值未通过校验，标为“待核实”，未计入合计。');
  });

  it('shows an unknown code with its params instead of dropping it', () => {
    expect(translateWith(LOCALES['en-US'], 'no.such.code', { a: 1 })).toBe('no.such.code (a=1)');
  });
});

describe('pseudo-locale: every finding is worded from the tables', () => {
  const { sheet, spec } = kitchenSink();
  const report = check(sheet, spec);
  const tables = LOCALES as Record<Locale, LocaleTable>;
  const real = { ...tables };
  /** Each finding as the edge function words it, with both tables swapped for their pseudo-localized forms. */
  function pseudoRendered(): Array<{ finding: Finding; texts: string[] }> {
    tables['zh-CN'] = pseudoLocalize(zhCN);
    tables['en-US'] = pseudoLocalize(enUS);
    try {
      return report.findings.map((finding) => ({ finding, texts: [renderFinding(finding, 'zh-CN'), renderFinding(finding, 'en-US')] }));
    } finally {
      Object.assign(tables, real);
    }
  }

  it('the return used covers every message code', () => {
    expect([...new Set(report.findings.map((finding) => finding.code))].sort()).toEqual([...declaredCodes].sort());
  });

  it('no text of a message comes from anywhere but the table and the params', () => {
    for (const { finding, texts } of pseudoRendered()) {
      for (const text of texts) {
        expect(text).toContain('⟦');
        let rest = text.replace(/⟦[^⟧]*⟧/gu, '');
        const values = leaves(finding.params).map((value) => formatParam(value)).sort((a, b) => b.length - a.length);
        for (const value of values) rest = rest.split(value).join('');
        expect([finding.code, rest]).toEqual([finding.code, '']);
      }
    }
  });

  it('every placeholder of a finding’s template has its param', () => {
    for (const finding of report.findings) {
      for (const table of [zhCN, enUS] as LocaleTable[]) {
        const missing = placeholdersOf(table[finding.code] ?? '').filter((name) => !(name in finding.params));
        expect([finding.code, missing]).toEqual([finding.code, []]);
      }
    }
  });

  it('every code the rules emit is worded in both languages: no code, no unfilled placeholder, Chinese in zh-CN', () => {
    for (const finding of report.findings) {
      const zh = renderFinding(finding, 'zh-CN');
      const en = renderFinding(finding, 'en-US');
      expect([finding.code, zh.includes(finding.code) || /\{[A-Za-z0-9_]+\}/u.test(zh), HAN.test(zh)]).toEqual([finding.code, false, true]);
      expect([finding.code, en.includes(finding.code) || /\{[A-Za-z0-9_]+\}/u.test(en), en === zh]).toEqual([finding.code, false, false]);
    }
  });

  it('a finding carries its code and params, never wording: serialised, it holds no message text in either language', () => {
    for (const finding of report.findings) {
      const serialised = JSON.stringify(finding);
      const keys = new Set<string>();
      JSON.parse(serialised, (key: string, value: unknown) => {
        keys.add(key);
        return value;
      });
      expect([finding.code, ['message', 'zh', 'en'].filter((key) => keys.has(key))]).toEqual([finding.code, []]);
      expect(Object.keys(finding).sort()).toEqual(['code', 'expected', 'explained', 'explanation', 'indicatorId', 'params', 'ref', 'ruleId', 'severity', 'sheet', 'value']);
      for (const locale of ['zh-CN', 'en-US'] as const) expect([finding.code, serialised.includes(JSON.stringify(renderFinding(finding, locale)).slice(1, -1))]).toEqual([finding.code, false]);
    }
  });

  it('params carry data, not wording: every Chinese text in a param is found in the sheet, the catalog or the units registry', () => {
    const data = new Set<string>([sheet.sheet, ...UNITS.map((unit) => unit.symbol)]);
    for (const row of sheet.rows) {
      data.add(row.name).add(row.unit);
      for (const cell of Object.values(row.actuals)) if (cell.value.type === 'text') data.add(cell.value.value.trim());
      if (row.explanation.value.type === 'text') data.add(row.explanation.value.value.trim());
    }
    for (const { cell } of sheet.outside ?? []) if (cell.value.type === 'text') data.add(cell.value.value.trim());
    for (const plan of kitchenSink().catalogs) {
      for (const indicator of plan.indicators) {
        data.add(indicator.name).add(indicator.unit);
        if (indicator.companion) data.add(indicator.companion.name);
        for (const value of indicator.values) data.add(value.raw);
      }
      for (const rule of plan.rules) if (rule.consequence !== undefined) data.add(rule.consequence);
    }
    const names = (joined: string) => joined.split(' / ');
    for (const finding of report.findings) {
      for (const [key, value] of leafEntries(finding.params)) {
        if (typeof value !== 'string' || !HAN.test(value)) continue;
        const parts = key === 'names' ? names(value) : [value];
        for (const part of parts) expect([finding.code, key, data.has(part)]).toEqual([finding.code, key, true]);
      }
    }
  });
});
