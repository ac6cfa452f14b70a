/**
 * The checker keeps the forms it regenerates (per catalog: plans, which of them are the region's own, year, layout) and
 * reuses them for the next return of a batch, of the same region or of another one reporting the same rows (its name
 * printed in). Reuse must change nothing a reviewer is told: every return below is checked once with a cold cache (a
 * catalog object of its own) and then in one batch, twice over, where clean and damaged returns of the same region,
 * plans and year, and returns of other counties against the same plans, share the kept form — the whole WorkbookCheck
 * (findings, verdict, attainments) must be identical, in that order.
 */
import type { LoadedCatalog } from '../../src/core/catalog';
import { checkWorkbook } from '../../src/core/checks';
import { readReturnGrids, type ReturnSheet } from '../../src/core/returns';
import { sampleReturn } from '../../src/cli/sampleReturns';
import { DEFAULT_LIMITS } from '../../src/xlsx/fileProblem';
import { readWorkbookPackage } from '../../src/xlsx/read/readWorkbookPackage';
import { edit, filledReturn, formsOf, HIGHTECH_PLAN, planOf, realCatalog, YUECHENG_REGION } from '../support/hardening/damagedReturns';
import { CASES } from '../support/hardening/tamperingCases';

function sheetsOf(bytes: Uint8Array): ReturnSheet[] {
  const read = readWorkbookPackage(bytes, DEFAULT_LIMITS);
  if (!read.ok) throw new Error(read.problem.code);
  return readReturnGrids(read.workbook.grids, { facts: read.workbook.facts });
}

/** A catalog object no form was kept for: the same catalog, checked from scratch. */
function cold(loaded: LoadedCatalog): LoadedCatalog {
  return { ...loaded };
}

async function batch(): Promise<Array<[string, Uint8Array]>> {
  const loaded = realCatalog();
  const plans = [planOf('yuecheng-2021-2025'), planOf(HIGHTECH_PLAN)];
  const keqiao = { name: '绍兴市柯桥区', code: '330603' };
  const shangyu = { name: '绍兴市上虞区', code: '330604' };
  const zhuji = { name: '绍兴市诸暨市', code: '330681' };
  const provincial = [planOf(HIGHTECH_PLAN)];
  const zhujiBytes = await sampleReturn({ region: zhuji, plans, loaded, reportingYear: 2025, seed: 11 });
  const shangyuBytes = await sampleReturn({ region: shangyu, plans, loaded, reportingYear: 2025, seed: 16 });
  const clean = await filledReturn(false);
  const returns: Array<[string, Uint8Array]> = [
    ['越城 clean', clean],
    // The validations a form's returns store are compared once per set found: another set is compared afresh.
    ['越城 with one entry cell validated otherwise', await edit(clean, (sheet) => {
      sheet.getCell('G8').dataValidation = { type: 'whole', operator: 'greaterThan', formulae: [5], allowBlank: true, showErrorMessage: true, errorStyle: 'stop' };
    }, sheetsOf(clean)[0]?.sheet)],
    ['越城 clean, with the provincial plan', await filledReturn(true)],
    ['越城 with mistakes', await sampleReturn({ region: YUECHENG_REGION, plans, loaded, reportingYear: 2025, seed: 5, mistakes: ['unit_slip', 'missing_value', 'share_as_fraction'] })],
    ['越城 2024', await sampleReturn({ region: YUECHENG_REGION, plans, loaded, reportingYear: 2024, seed: 6, mistakes: ['text_in_number'] })],
    ['柯桥 own plan', await sampleReturn({ region: keqiao, plans: [planOf('keqiao-2021-2025'), planOf(HIGHTECH_PLAN)], loaded, reportingYear: 2025, seed: 7, mistakes: ['explained_jump'] })],
    ['越城 merged', await sampleReturn({ region: YUECHENG_REGION, plans, loaded, reportingYear: 2025, seed: 8, merge: true })],
    // Neither plan is theirs: the same rows as each other, their names in the title and 填报单位.
    ['上虞 against the plans of 越城 and the province', await sampleReturn({ region: shangyu, plans, loaded, reportingYear: 2025, seed: 9, mistakes: ['unit_slip'] })],
    ['诸暨 against the plans of 越城 and the province', await sampleReturn({ region: zhuji, plans, loaded, reportingYear: 2025, seed: 10 })],
    // Its own 填报单位 line copied along the row is the frame's text; another county's is content beside the form.
    ['诸暨 with 填报单位 lines typed beside its own', await edit(zhujiBytes, (sheet) => {
      const own = String(sheet.getCell('A6').value);
      const free = Array.from({ length: sheet.columnCount }, (_, index) => sheet.getRow(6).getCell(index + 1)).filter((cell) => cell.value === null && !cell.isMerged);
      const [first, second] = free;
      if (first === undefined || second === undefined || !own.includes('诸暨市')) throw new Error('no free cells in row 6');
      first.value = own;
      second.value = own.replace('诸暨市', '上虞区');
    }, sheetsOf(zhujiBytes)[0]?.sheet)],
    // A county's copy of the form is kept for its next return (decision 0217): another county's 填报单位 is still a change.
    ['上虞 with the 填报单位 of 诸暨', await edit(shangyuBytes, (sheet) => {
      const unit = String(sheet.getCell('A6').value);
      if (!unit.includes('上虞区')) throw new Error(`no county in row 6: ${unit}`);
      sheet.getCell('A6').value = unit.replace('上虞区', '诸暨市');
    }, sheetsOf(shangyuBytes)[0]?.sheet)],
    ['上虞 merged', await sampleReturn({ region: shangyu, plans, loaded, reportingYear: 2025, seed: 12, merge: true })],
    ['诸暨 merged', await sampleReturn({ region: zhuji, plans, loaded, reportingYear: 2025, seed: 13, merge: true })],
    ['上虞 provincial plan only', await sampleReturn({ region: shangyu, plans: provincial, loaded, reportingYear: 2025, seed: 14 })],
    ['诸暨 provincial plan only', await sampleReturn({ region: zhuji, plans: provincial, loaded, reportingYear: 2025, seed: 15, mistakes: ['missing_value'] })],
  ];
  // Damaged returns of the same region, plans and year as the clean one: they meet the form it left behind.
  for (const c of CASES.slice(0, 14)) {
    const withProvincialPlan = c.withProvincialPlan ?? false;
    const forms = formsOf(withProvincialPlan);
    returns.push([`tampered: ${c.title}`, await edit(await filledReturn(withProvincialPlan), (sheet, workbook) => c.tamper(sheet, workbook, forms), forms[0]?.name)]);
  }
  return returns;
}

describe('a form kept from an earlier return of the batch checks like one regenerated for this return', () => {
  it('clean, mistaken, merged and damaged returns: the same WorkbookCheck cold and warm, in any order', async () => {
    const loaded = realCatalog();
    const returns = await batch();
    const coldChecks = returns.map(([name, bytes]) => [name, JSON.stringify(checkWorkbook(sheetsOf(bytes), cold(loaded)))]);
    const warm = cold(loaded);
    for (const order of [returns, [...returns].reverse()]) {
      const warmChecks = new Map(order.map(([name, bytes]) => [name, JSON.stringify(checkWorkbook(sheetsOf(bytes), warm))]));
      for (const [name, check] of coldChecks) expect([name, warmChecks.get(name ?? '')]).toEqual([name, check]);
    }
    // The batch is not all alike: the damaged returns are told something the clean one is not.
    expect(new Set(coldChecks.map(([, check]) => check)).size).toBe(returns.length);
  });
});
