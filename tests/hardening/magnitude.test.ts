/**
 * Magnitude from every reference (issue 10.4): a unit slip is caught against last year, else the baseline, else
 * the target; an impossible size is an error; a share must equal its own parts and never exceed 100 %, in a
 * return or in a consolidation.
 */
import type { Finding } from '../../src/core/checks';
import { placeA1 } from '../../src/core/form';
import { consolidate, unverifiedRows } from '../../src/core/consolidation';
import { checkAgainstCatalog } from '../../src/core/checks';
import { templateWorkbookLayout } from '../../src/core/documents';
import { sampleReturn } from '../../src/cli/sampleReturns';
import { readReturnWorkbook } from '../../src/xlsx/readReturnWorkbook';
import { checkBytes, edit, findingsOf, Form, planOf, realCatalog } from '../support/hardening/damagedReturns';
import { shown } from '../support/shown';

const SHENGZHOU = { name: '嵊州市', code: '330683' };
const KEQIAO = { name: '绍兴市柯桥区', code: '330603' };
const OUTPUT = 'shengzhou-116x-2024-2030.industrial-output';
const RD_SHARE = 'keqiao-2021-2025.rd-gdp-share';

const seen = (finding: Finding) => ({ code: finding.code, cell: (finding.ref && placeA1(finding.ref)), severity: finding.severity });

async function returnOf(planId: string, region: { name: string; code: string }, year: number): Promise<{ bytes: Uint8Array; form: Form }> {
  const plan = planOf(planId);
  const bytes = await sampleReturn({ region, plans: [plan], loaded: realCatalog(), reportingYear: year, seed: 5 });
  const layout = templateWorkbookLayout({ plans: [plan], region, reportingYear: year, merge: false, catalogVersion: realCatalog().version });
  return { bytes, form: new Form(layout.sheets[1] ?? layout.sheets[0]!) };
}

describe('a unit slip without an earlier year is caught against the target', () => {
  it.each([
    ['8,200,000 亿元 in a first-year return (2024)', 2024, 8_200_000],
    ['8,643,000 亿元 against "870亿元以上" with no earlier year on the form (2025)', 2025, 8_643_000],
  ] as const)('%s', async (_title, year, value) => {
    const { bytes, form } = await returnOf('shengzhou-116x-2024-2030', SHENGZHOU, year);
    const cell = form.actual(OUTPUT, year);
    const edited = await edit(bytes, (sheet) => {
      for (let y = 2024; y < year; y++) if (form.map.columns.actuals[y] !== undefined) sheet.getCell(form.actual(OUTPUT, y)).value = null;
      sheet.getCell(cell).value = value;
    }, form.name);
    const found = findingsOf(await checkBytes(edited)).filter((finding) => (finding.ref && placeA1(finding.ref)) === cell);
    expect(found.map(seen)).toContainEqual({ code: 'check.magnitude_slip.target.unit', cell, severity: 'warning' });
    expect(shown(found.find((finding) => finding.code.startsWith('check.magnitude_slip')))).toContain('870');
    // …and it does not go into the city total: the consolidation holds it back as 待核实.
    const read = await readReturnWorkbook(edited);
    if (!read.ok) throw new Error('unreadable');
    const sheet = read.sheets.find((s) => s.sheet === form.name);
    if (sheet === undefined) throw new Error('no sheet');
    const unverified = unverifiedRows(checkAgainstCatalog(sheet, realCatalog()).report);
    expect(Object.keys(unverified)).toContain(OUTPUT);
    const result = consolidate({ plan: planOf('shengzhou-116x-2024-2030'), reportingYear: year, returns: [{ source: 'shengzhou.xlsx', sheet }], unverified: { [SHENGZHOU.code]: unverified } });
    const row = result.rows.find((r) => r.indicator.id === OUTPUT);
    expect(row?.unverified).toEqual([SHENGZHOU.code]);
    expect(row?.total ?? 0).toBeLessThan(value);
  });
});

describe('an impossible size', () => {
  it('a count of 1e300 is an error', async () => {
    const { bytes, form } = await returnOf('shengzhou-116x-2024-2030', SHENGZHOU, 2025);
    const id = form.rowIds.find((rowId) => rowId.endsWith('.chain-leader-enterprises')) ?? '';
    const cell = form.actual(id, 2025);
    const result = await checkBytes(await edit(bytes, (sheet) => {
      sheet.getCell(cell).value = 1e300;
    }, form.name));
    expect(result.status).toBe('rejected');
    expect(findingsOf(result).filter((finding) => (finding.ref && placeA1(finding.ref)) === cell).map(seen)).toContainEqual({ code: 'check.impossible_size', cell, severity: 'error' });
  });
});

describe('a share and its own parts', () => {
  it('3.0 reported where the parts give 3.33 is an error; 3.33 passes', async () => {
    const { bytes, form } = await returnOf('keqiao-2021-2025', KEQIAO, 2023);
    const cell = form.actual(RD_SHARE, 2023);
    const withShare = (share: number) => edit(bytes, (sheet) => {
      sheet.getCell(cell).value = share;
      sheet.getCell(form.actual(`${RD_SHARE}#numerator`, 2023)).value = 50;
      sheet.getCell(form.actual(`${RD_SHARE}#denominator`, 2023)).value = 1500;
    }, form.name);
    const wrong = findingsOf(await checkBytes(await withShare(3.0))).filter((finding) => (finding.ref && placeA1(finding.ref)) === cell);
    expect(wrong.map(seen)).toContainEqual({ code: 'check.share_parts.mismatch', cell, severity: 'error' });
    expect(wrong.find((finding) => finding.code === 'check.share_parts.mismatch')?.params).toMatchObject({ computed: '3.33' });
    const right = findingsOf(await checkBytes(await withShare(3.33))).filter((finding) => finding.code === 'check.share_parts.mismatch');
    expect(right).toEqual([]);
  });

  it('a consolidated share of 221 % is a finding, not a figure that passes', async () => {
    const { bytes, form } = await returnOf('keqiao-2021-2025', KEQIAO, 2023);
    const edited = await edit(bytes, (sheet) => {
      sheet.getCell(form.actual(RD_SHARE, 2023)).value = 2.21;
      sheet.getCell(form.actual(`${RD_SHARE}#numerator`, 2023)).value = 221;
      sheet.getCell(form.actual(`${RD_SHARE}#denominator`, 2023)).value = 100;
    }, form.name);
    const read = await readReturnWorkbook(edited);
    if (!read.ok) throw new Error('unreadable');
    const sheet = read.sheets.find((s) => s.sheet === form.name);
    if (sheet === undefined) throw new Error('no sheet');
    const result = consolidate({ plan: planOf('keqiao-2021-2025'), reportingYear: 2023, returns: [{ source: 'keqiao.xlsx', sheet }] });
    expect(result.rows.find((row) => row.indicator.id === RD_SHARE)?.total).toBe(221);
    expect(result.findings.map((finding) => finding.code)).toContain('consolidate.share_above_maximum');
  });
});
