/**
 * Ways a filled return gets damaged (tamperingCases.ts), each checked as `plan-indicators check` checks a file: never a
 * crash, never accepted, and a finding with the right code that names the sheet and the cell where there is one.
 * README.md ("How returns are checked") lists the same cases; the last test keeps the two in step.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../../src/cli/paths';
import type { Finding } from '../../src/core/checks';
import { sampleReturn } from '../../src/cli/sampleReturns';
import { checkBytes, edit, filledReturn, findingsOf, formsOf, HIGHTECH_PLAN, planOf, realCatalog, YUECHENG_REGION, type Form } from '../support/hardening/damagedReturns';
import { CASES } from '../support/hardening/tamperingCases';
import { placeA1 } from '../../src/core/form';
import { shown } from '../support/shown';

/** What a person sees of a finding: code, sheet, cell. */
const seen = (finding: Finding) => ({ code: finding.code, sheet: finding.sheet, cell: finding.ref && placeA1(finding.ref) });

describe('a filled return, untouched', () => {
  it.each([false, true])('is accepted as it is (with the provincial plan: %s)', async (withProvincialPlan) => {
    const result = await checkBytes(await edit(await filledReturn(withProvincialPlan), () => undefined, formsOf(withProvincialPlan)[0]?.name));
    expect(findingsOf(result).map(seen)).toEqual([]);
    expect(result.status).toBe('accepted');
  });
});

describe('no false alarm: what the generator made, filled in by id, has nothing wrong with its structure', () => {
  it.each([
    ['every plan, a sheet each, 2023', false, 2023],
    ['every plan, a sheet each, 2025', false, 2025],
    ['three plans merged by concept, 2025', true, 2025],
  ] as const)('%s', async (_label, merge, reportingYear) => {
    const loaded = realCatalog();
    const plans = merge ? ['yuecheng-2021-2025', HIGHTECH_PLAN, 'keqiao-2021-2025'].map((id) => planOf(id)) : loaded.catalog.plans;
    const bytes = await sampleReturn({ region: YUECHENG_REGION, plans, loaded, reportingYear, seed: 3, merge });
    const result = await checkBytes(bytes);
    expect(result.sheets.length).toBe(merge ? 1 : loaded.catalog.plans.length);
    expect(findingsOf(result).filter((finding) => finding.ruleId === 'structure').map(seen)).toEqual([]);
  });
});

describe('a damaged return is rejected, with a finding that says what happened and where', () => {
  it('has at least twelve ways to damage a return', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(12);
  });

  it.each(CASES.map((c) => [c.title, c] as const))('%s', async (_title, c) => {
    const forms = formsOf(c.withProvincialPlan ?? false);
    const form = forms[0] as Form;
    const bytes = await edit(await filledReturn(c.withProvincialPlan ?? false), (sheet, workbook) => c.tamper(sheet, workbook, forms), form.name);
    const result = await checkBytes(bytes);
    expect(result.problem).toBeNull();
    expect(result.status).toBe('rejected');
    const findings = findingsOf(result);
    for (const wanted of c.expected(form, forms)) {
      const match = { code: wanted.code, sheet: wanted.sheet ?? form.name, ...(wanted.cell === undefined ? {} : { cell: wanted.cell }) };
      expect(findings.map(seen)).toContainEqual(expect.objectContaining(match));
    }
    // Each finding is an error of the structure rule, worded for people: no code, no placeholder left.
    for (const finding of findings.filter((f) => f.code.startsWith('structure.'))) {
      expect(finding).toMatchObject({ ruleId: 'structure', severity: 'error' });
      expect(shown(finding, 'zh-CN')).not.toMatch(/structure\.|\{[a-z]+\}/u);
      expect(shown(finding, 'en-US')).not.toMatch(/structure\.|\{[a-z]+\}/u);
    }
  });
});

describe('README.md', () => {
  it('lists every tampering case under "How returns are checked", with the code the user gets', () => {
    const readme = fs.readFileSync(path.join(PACKAGE_ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## How returns are checked'));
    expect(section.startsWith('## How returns are checked')).toBe(true);
    for (const c of CASES) {
      expect([c.title, section.includes(c.title)]).toEqual([c.title, true]);
      for (const { code } of c.expected(formsOf(c.withProvincialPlan ?? false)[0] as Form, formsOf(c.withProvincialPlan ?? false))) {
        expect([c.title, code, section.includes(code)]).toEqual([c.title, code, true]);
      }
    }
  });
});

