import { DEFAULT_RULES } from '../../../src/core/checks';
import {
  enUS, formatNumber, formatParam, LOCALES, placeholdersOf, pseudoLocalize, renderFinding, translate, translateWith, zhCN, type LocaleTable,
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

  it('shows an unknown code with its params instead of dropping it', () => {
    expect(translateWith(LOCALES['en-US'], 'no.such.code', { a: 1 })).toBe('no.such.code (a=1)');
  });
});

describe('pseudo-locale: every finding is worded from the tables', () => {
  const pseudo = { zh: pseudoLocalize(zhCN), en: pseudoLocalize(enUS) };
  const { sheet, spec } = kitchenSink(pseudo);
  const report = check(sheet, spec);
  const plain = check(sheet, kitchenSink().spec);

  it('the return used covers every message code', () => {
    expect([...new Set(report.findings.map((finding) => finding.code))].sort()).toEqual([...declaredCodes].sort());
  });

  it('no text of a message comes from anywhere but the table and the params', () => {
    for (const finding of report.findings) {
      for (const text of [finding.message.zh, finding.message.en]) {
        expect(text).toContain('⟦');
        let rest = text.replace(/⟦[^⟧]*⟧/gu, '');
        const values = Object.values(finding.params).map(formatParam).sort((a, b) => b.length - a.length);
        for (const value of values) rest = rest.split(value).join('');
        expect([finding.code, rest]).toEqual([finding.code, '']);
      }
    }
  });

  it('every placeholder of a finding’s template has its param', () => {
    for (const finding of plain.findings) {
      for (const table of [zhCN, enUS] as LocaleTable[]) {
        const missing = placeholdersOf(table[finding.code] ?? '').filter((name) => !(name in finding.params));
        expect([finding.code, missing]).toEqual([finding.code, []]);
      }
    }
  });

  it('the plain messages are the tables’ wording of the same codes and params', () => {
    for (const finding of plain.findings) {
      expect(finding.message).toEqual({ zh: renderFinding(finding, 'zh-CN'), en: renderFinding(finding, 'en-US') });
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
    for (const finding of plain.findings) {
      for (const [key, value] of Object.entries(finding.params)) {
        if (typeof value !== 'string' || !HAN.test(value)) continue;
        const parts = key === 'names' ? names(value) : [value];
        for (const part of parts) expect([finding.code, key, data.has(part)]).toEqual([finding.code, key, true]);
      }
    }
  });
});
