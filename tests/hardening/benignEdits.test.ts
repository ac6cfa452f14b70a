/**
 * Clean returns are not rejected (decision 0263): the ordinary edits of a careful county — the look of the sheet,
 * values typed and pasted as people do, notes, sheets of their own, what the form allows — each an edit of the clean
 * two-sheet return (tests/support/hardening/benignCases.ts), checked as `plan-indicators check` checks a file. The
 * accepted ones have no finding and the clean return's attainment; the others one clear finding at the cell.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exitStatusOf } from '../../src/cli/checkJob';
import type { FileResult } from '../../src/cli/commands/check';
import { placeA1 } from '../../src/core/form';
import { ACCEPTED, attainmentOf, findingsSeen, FOUND, type BenignCase } from '../support/hardening/benignCases';
import { cli } from '../support/cli';
import { checkBytes, filledReturn, findingsOf, formsOf, HIGHTECH_PLAN, type Form } from '../support/hardening/damagedReturns';
import { PackageEdit } from '../support/hardening/packageEdit';
import { shown } from '../support/shown';

let forms: readonly [Form, Form];
let clean: Uint8Array;
let cleanResult: FileResult;

beforeAll(async () => {
  forms = formsOf(true) as [Form, Form];
  clean = await filledReturn(true);
  cleanResult = await checkBytes(clean);
});


async function checked(c: BenignCase): Promise<FileResult> {
  const pkg = new PackageEdit(clean);
  c.edit(pkg, forms);
  const result = await checkBytes(pkg.bytes());
  expect(result.problem).toBeNull();
  return result;
}

it('the clean return is accepted as it is', () => {
  expect(findingsSeen(cleanResult)).toEqual([]);
  expect(cleanResult.status).toBe('accepted');
  expect(cleanResult.sheets).toHaveLength(2);
});

describe('accepted as it is', () => {
  it.each(ACCEPTED.map((c) => [c.title, c] as const))('%s', async (_title, c) => {
    const result = await checked(c);
    expect(findingsSeen(result)).toEqual([]);
    expect([result.status, exitStatusOf(result)]).toEqual(['accepted', 0]);
    if (c.typed === undefined) expect(attainmentOf(result)).toEqual(attainmentOf(cleanResult));
  });
});

describe('one clear finding at the cell', () => {
  it.each(FOUND.map((c) => [c.title, c] as const))('%s', async (_title, c) => {
    const result = await checked(c);
    const found = c.found;
    if (found === undefined) throw new Error('a FOUND case names its finding');
    // Nothing else is said about an edit that changes one thing.
    expect([...new Set(findingsOf(result).map((finding) => finding.code))].sort()).toEqual([found.code, ...(found.beside ?? [])].sort());
    const findings = findingsOf(result).filter((finding) => finding.code === found.code);
    const cell = found.cell(forms);
    if (cell !== '') expect(findings.map((finding) => (finding.ref === null ? null : placeA1(finding.ref)))).toContain(cell);
    expect(findings[0]?.severity).toBe(found.severity);
    for (const locale of ['zh-CN', 'en-US'] as const) expect(shown(findings[0], locale)).not.toMatch(/\{[a-zA-Z]+\}/u);
    if (found.says !== undefined) expect(shown(findings[0], 'zh-CN')).toContain(found.says);
    expect(result.status).toBe(found.verdict ?? 'rejected');
  });
});

describe('consolidate', () => {
  it('sums a return the county edited so, as it sums the clean one: nothing held back as 待核实', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'benign-consolidate-'));
    try {
      const pkg = new PackageEdit(clean);
      for (const c of ACCEPTED.filter((candidate) => candidate.fixed !== undefined)) c.edit(pkg, forms);
      fs.writeFileSync(path.join(dir, '越城区.xlsx'), pkg.bytes());
      const run = await cli(['consolidate', path.join(dir, '越城区.xlsx'), '--plan', HIGHTECH_PLAN, '--year', '2025', '-o', path.join(dir, '绍兴市.xlsx')]);
      expect(run.stdout).not.toMatch(/待核实|未通过校验/u);
      // The city's other counties sent nothing: said, exit 1; 越城区's values are all in.
      expect(run.stdout).toMatch(/已汇总 1 个地区/u);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
