/**
 * A hostile edit of the clean return and how it must be found: the shape of the hardening passes' variants
 * (tests/hardening/packageTampering, unseenVariants, thirdVariants, fourthVariants) and the check each applies to
 * every one.
 */
import { exitStatusOf } from '../../../src/cli/checkJob';
import type { Finding, Severity } from '../../../src/core/checks';
import { placeA1 } from '../../../src/core/form';
import type { FileResult } from '../../../src/cli/commands/check';
import { shown } from '../shown';
import { checkBytes, findingsOf, type Form } from './damagedReturns';
import { PackageEdit } from './packageEdit';

export interface Variant {
  title: string;
  edit: (pkg: PackageEdit, f: Form) => void;
  code: string;
  /** Error unless said. */
  severity?: Severity;
  /** The cell the finding names. */
  cell?: (f: Form) => string;
  /** What the finding says, in Chinese and in English, beyond its code: the reason worded in the finding's language. */
  says?: { zh: string; en: string };
}

/**
 * `v` applied to `clean` and checked as the command line checks: the file is read (no file problem), the finding
 * is there with its code, at its cell, of its severity, worded in Chinese with every placeholder filled in both
 * languages, and the return is refused (exit 2). Returns the check's result and the findings of the code.
 */
export async function expectFound(clean: Uint8Array, form: Form, v: Variant): Promise<{ result: FileResult; found: Finding[] }> {
  const pkg = new PackageEdit(clean);
  v.edit(pkg, form);
  const result = await checkBytes(pkg.bytes());
  expect(result.problem).toBeNull();
  const found = findingsOf(result).filter((finding) => finding.code === v.code);
  expect(found.length).toBeGreaterThan(0);
  if (v.cell !== undefined) expect(found.map((finding) => (finding.ref === null ? null : placeA1(finding.ref)))).toContain(v.cell(form));
  expect(found[0]?.severity).toBe(v.severity ?? 'error');
  expect(shown(found[0], 'zh-CN')).toMatch(/[\u4e00-\u9fff]/u);
  for (const locale of ['zh-CN', 'en-US'] as const) expect(shown(found[0], locale)).not.toMatch(/\{[a-zA-Z]+\}/u);
  if (v.says !== undefined) expect([shown(found[0], 'zh-CN'), shown(found[0], 'en-US')]).toEqual([expect.stringContaining(v.says.zh), expect.stringContaining(v.says.en)]);
  expect(exitStatusOf(result)).toBe(2);
  return { result, found };
}
