/**
 * Nothing the checker can recompute is taken from the file (issue 11): a formula left intact over a forged cached
 * result, and an entry cell holding a formula whose cache says something else, are found; the cache is never
 * consolidated.
 */
import type ExcelJS from 'exceljs';
import type { Finding } from '../../src/core/checks';
import { placeA1 } from '../../src/core/form';
import { consolidate } from '../../src/core/consolidation';
import { readReturnWorkbook } from '../../src/xlsx/readReturnWorkbook';
import { checkBytes, edit, filledReturn, findingsOf, formsOf, planOf, type Form } from '../support/hardening/damagedReturns';
import { shown } from '../support/shown';

const RD = 'yuecheng-2021-2025.rd-gdp-share';
const HIGHTECH = 'yuecheng-2021-2025.hightech-enterprises';

const seen = (finding: Finding) => ({ code: finding.code, cell: (finding.ref && placeA1(finding.ref)), severity: finding.severity });

function keepFormula(sheet: ExcelJS.Worksheet, address: string, result: ExcelJS.CellValue): void {
  const value = sheet.getCell(address).value as ExcelJS.CellFormulaValue;
  sheet.getCell(address).value = { formula: value.formula, result } as ExcelJS.CellValue;
}

describe('a formula left intact over a forged cached result', () => {
  it('is an error naming the cell, with the forged and the recomputed value', async () => {
    const form = formsOf()[0] as Form;
    const status = form.at(RD, form.map.columns.status);
    const completion = form.at(RD, form.map.columns.completion);
    const bytes = await edit(await filledReturn(), (sheet) => {
      sheet.getCell(form.actual(RD, 2025)).value = 0.5; // far below the 2020 baseline, in the target year: 未达标 (a due target is met or not met)
      keepFormula(sheet, status, '已达标');
      keepFormula(sheet, completion, 1);
    }, form.name);
    const result = await checkBytes(bytes);
    expect(result.status).toBe('rejected');
    const forged = findingsOf(result).filter((finding) => finding.code === 'structure.cached_result_forged');
    expect(forged.map(seen)).toEqual([
      { code: 'structure.cached_result_forged', cell: completion, severity: 'error' },
      { code: 'structure.cached_result_forged', cell: status, severity: 'error' },
    ]);
    expect(shown(forged[1], 'zh-CN')).toContain('伪造或过期的计算结果');
    expect(forged[1]?.value).toBe('已达标');
    expect(forged[1]?.expected).toBe('未达标');
    expect(forged[0]?.value).toBe('100%');
  });

  it('is not raised for an office suite\'s honest cache of a value a hair under the target (3.4999999999999996 for 3.5)', async () => {
    // Pasted from a computation; LibreOffice and Excel compare it as 3.5 and cache 已达标 and 100 %.
    const form = formsOf()[0] as Form;
    const bytes = await edit(await filledReturn(), (sheet) => {
      sheet.getCell(form.actual(RD, 2025)).value = 3.4999999999999996;
      keepFormula(sheet, form.at(RD, form.map.columns.status), '已达标');
      keepFormula(sheet, form.at(RD, form.map.columns.completion), 1);
    }, form.name);
    const findings = findingsOf(await checkBytes(bytes));
    expect(findings.filter((finding) => finding.code === 'structure.cached_result_forged')).toEqual([]);
  });

  it('is not raised when the cached results are what the values give', async () => {
    const form = formsOf()[0] as Form;
    const bytes = await edit(await filledReturn(), (sheet) => {
      sheet.getCell(form.actual(RD, 2025)).value = 0.5;
      keepFormula(sheet, form.at(RD, form.map.columns.status), '未达标');
    }, form.name);
    const findings = findingsOf(await checkBytes(bytes));
    expect(findings.filter((finding) => finding.code === 'structure.cached_result_forged')).toEqual([]);
  });
});

describe('an entry cell holding a formula', () => {
  it('=300 cached as 650 is reported with the 300 it computes, and 650 is never consolidated', async () => {
    const form = formsOf()[0] as Form;
    const cell = form.actual(HIGHTECH, 2025);
    const bytes = await edit(await filledReturn(), (sheet) => {
      sheet.getCell(cell).value = { formula: '300', result: 650 } as ExcelJS.CellValue;
    }, form.name);
    const result = await checkBytes(bytes);
    expect(result.status).toBe('rejected');
    const found = findingsOf(result).filter((finding) => (finding.ref && placeA1(finding.ref)) === cell);
    expect(found.map(seen)).toEqual([{ code: 'check.entry_formula.constant', cell, severity: 'error' }]);
    expect(found[0]?.params).toMatchObject({ formula: '=300', computed: '300', cached: '650' });
    expect(shown(found[0], 'zh-CN')).toContain('=300');

    const read = await readReturnWorkbook(bytes);
    if (!read.ok) throw new Error('unreadable');
    const sheet = read.sheets.find((s) => s.sheet === form.name);
    if (sheet === undefined) throw new Error('no sheet');
    const city = consolidate({ plan: planOf('yuecheng-2021-2025'), reportingYear: 2025, returns: [{ source: 'x.xlsx', sheet }] });
    const row = city.rows.find((r) => r.indicator.id === HIGHTECH);
    expect(row?.total).toBe(300);
  });

  it('a formula over cells is reported once, and its cache is not read as the entry', async () => {
    const form = formsOf()[0] as Form;
    const cell = form.actual(HIGHTECH, 2025);
    const bytes = await edit(await filledReturn(), (sheet) => {
      sheet.getCell(cell).value = { formula: `${form.actual(HIGHTECH, 2024)}*2`, result: 650 } as ExcelJS.CellValue;
    }, form.name);
    const found = findingsOf(await checkBytes(bytes)).filter((finding) => (finding.ref && placeA1(finding.ref)) === cell);
    expect(found.map(seen)).toEqual([{ code: 'check.entry_formula', cell, severity: 'error' }]);
  });
});
