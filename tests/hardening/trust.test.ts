/**
 * Issue 11's cases of trust in a return's content (trustCases.ts), each made from a clean return and checked as
 * `plan-indicators check` checks a file: the finding, where it is, and the exit status. Then returns made from an
 * earlier released catalog, which are checked against that release, in full.
 */
import fs from 'node:fs';
import path from 'node:path';
import { exitStatusOf } from '../../src/cli/checkJob';
import { PACKAGE_ROOT } from '../../src/cli/paths';
import { sampleReturn } from '../../src/cli/sampleReturns';
import type { LoadedCatalog } from '../../src/core/catalog';
import type { Finding } from '../../src/core/checks';
import { placeA1 } from '../../src/core/form';
import { templateWorkbookLayout } from '../../src/core/documents';
import { checkBytes, edit, filledReturn, findingsOf, Form, planOf, realCatalog, YUECHENG, YUECHENG_REGION } from '../support/hardening/damagedReturns';
import { TRUST_CASES } from '../support/hardening/trustCases';
import { shown } from '../support/shown';

const seen = (finding: Finding) => ({ code: finding.code, cell: finding.ref && placeA1(finding.ref) });

function formOf(year: number, loaded: LoadedCatalog = realCatalog(), planId = YUECHENG): Form {
  const plan = planOf(planId, loaded);
  const layout = templateWorkbookLayout({ plans: [plan], region: planId === YUECHENG ? YUECHENG_REGION : plan.plan.region, reportingYear: year, merge: false, catalogVersion: loaded.version });
  return new Form(layout.sheets[1] ?? layout.sheets[0] ?? (() => { throw new Error('no sheet'); })());
}

const returnOf = (year: number) => (year === 2025 ? filledReturn(false) : sampleReturn({ region: YUECHENG_REGION, plans: [planOf(YUECHENG)], loaded: realCatalog(), reportingYear: year, seed: 11 }));

describe('a return someone altered, or explained with nothing, is not believed', () => {
  it.each([2023, 2025])('the clean %i return has no finding', async (year) => {
    const result = await checkBytes(await returnOf(year));
    expect(findingsOf(result).map(seen)).toEqual([]);
    expect(exitStatusOf(result)).toBe(0);
  });

  it.each(TRUST_CASES.map((c) => [c.title, c] as const))('%s', async (_title, c) => {
    const year = c.year ?? 2025;
    const form = formOf(year);
    const bytes = await edit(await returnOf(year), (sheet, workbook) => c.tamper(sheet, workbook, form), form.name);
    const result = await checkBytes(bytes);
    expect(result.problem).toBeNull();
    const findings = findingsOf(result);
    for (const wanted of c.expected(form)) {
      expect(findings.map(seen)).toContainEqual(wanted.cell === undefined ? expect.objectContaining({ code: wanted.code }) : { code: wanted.code, cell: wanted.cell });
    }
    expect(exitStatusOf(result)).toBe(c.exitStatus);
    for (const finding of findings) expect(shown(finding, 'zh-CN')).not.toMatch(/\{[a-zA-Z]+\}|structure\.|check\./u);
  });
});

describe('a return made from an earlier release of the catalog', () => {
  const OLD = 'c-d48358dc';
  const old = (): LoadedCatalog => {
    const standing = realCatalog().history?.standingOf(OLD);
    if (standing?.kind !== 'released') throw new Error(`release ${OLD} not rebuilt`);
    return standing.loaded;
  };
  const KEQIAO = 'keqiao-2021-2025';
  const oldReturn = () => sampleReturn({ region: planOf(KEQIAO).plan.region, plans: [planOf(KEQIAO, old())], loaded: old(), reportingYear: 2025, seed: 5 });

  it('is regenerated from that release: its rows differ from the current form, and nothing is reported', async () => {
    expect(formOf(2025, old(), KEQIAO).rowIds).not.toEqual(formOf(2025, realCatalog(), KEQIAO).rowIds);
    const result = await checkBytes(await oldReturn());
    expect(findingsOf(result).filter((finding) => finding.ruleId === 'structure').map(seen)).toEqual([]);
  });

  it('is compared in full: a target edited and 已达标 typed over a status formula are found', async () => {
    const form = formOf(2025, old(), KEQIAO);
    const id = form.rowIds.find((rowId) => (form.map.columns.targets[2025] ?? -1) >= 0 && rowId.endsWith('rd-gdp-share')) ?? '';
    const target = form.at(id, form.map.columns.targets[2025] ?? -1);
    const status = form.at(id, form.map.columns.status);
    const bytes = await edit(await oldReturn(), (sheet) => {
      sheet.getCell(target).value = '9.9';
      sheet.getCell(status).value = '已达标';
    }, form.name);
    const result = await checkBytes(bytes);
    expect(findingsOf(result).map(seen)).toEqual(expect.arrayContaining([
      { code: 'structure.printed_value_changed', cell: target }, { code: 'structure.formula_replaced', cell: status },
    ]));
    expect(exitStatusOf(result)).toBe(2);
  });
});

describe('README.md', () => {
  it('lists every case under "How returns are checked", with the code the user gets', () => {
    const readme = fs.readFileSync(path.join(PACKAGE_ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## How returns are checked'));
    for (const c of TRUST_CASES) {
      expect([c.title, section.includes(c.title)]).toEqual([c.title, true]);
      for (const { code } of c.expected(formOf(c.year ?? 2025))) expect([c.title, code, section.includes(code)]).toEqual([c.title, code, true]);
    }
  });
});
