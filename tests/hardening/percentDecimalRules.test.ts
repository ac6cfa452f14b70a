/**
 * The rules that show 完成进度 with more decimals (decision 0244 addendum) are part of the form `check` compares: a
 * return made before them (none of them) is the form it was and stays accepted; one with some of them removed, or
 * with a rule's number format changed (";;;" hides the figure), is a changed form.
 */
import { checkBytes, filledReturn, findingsOf, formsOf, type Form } from '../support/hardening/damagedReturns';
import { PackageEdit } from '../support/hardening/packageEdit';

let form: Form;
let clean: Uint8Array;

beforeAll(async () => {
  [form] = formsOf(false) as [Form];
  clean = await filledReturn(false);
});

/** The sheet's conditional formats whose rule rounds 完成进度 (each written in a block of its own). */
const DECIMAL_RULE = /<conditionalFormatting [^>]*>(?:(?!<\/conditionalFormatting>)[\s\S])*?ROUND\(N\((?:(?!<\/conditionalFormatting>)[\s\S])*?<\/conditionalFormatting>/gu;

const codesOf = async (pkg: PackageEdit) => findingsOf(await checkBytes(pkg.bytes())).map((finding) => finding.code);

it('the generated return has the rules and is accepted', async () => {
  const pkg = new PackageEdit(clean);
  expect(pkg.text(pkg.sheetPart(form.name)).match(DECIMAL_RULE)?.length).toBe(12);
  expect(await codesOf(pkg)).toEqual([]);
});

it('a return made before the rules (none of them) is accepted', async () => {
  const pkg = new PackageEdit(clean);
  pkg.change(pkg.sheetPart(form.name), (xml) => xml.replace(DECIMAL_RULE, ''));
  expect(await codesOf(pkg)).toEqual([]);
});

it('some of the rules removed is a changed form', async () => {
  const pkg = new PackageEdit(clean);
  let kept = 0;
  pkg.change(pkg.sheetPart(form.name), (xml) => xml.replace(DECIMAL_RULE, (rule) => (kept++ < 4 ? rule : '')));
  expect(await codesOf(pkg)).toContain('form.conditional_formats_changed');
});

it('a rule whose number format hides the figure is a changed form', async () => {
  const pkg = new PackageEdit(clean);
  pkg.change('xl/styles.xml', (xml) => xml.replace('formatCode="0.00%"', 'formatCode=";;;"'));
  expect(await codesOf(pkg)).toContain('form.conditional_formats_changed');
});
