/**
 * The validation of a 零的突破 row's entry cells (decision 0276) is part of the form `check` compares: a custom formula
 * taking a count or 是/否, stop style. A return made before it (the 是/否 list, stop style, which refused a count) is
 * the form it was and stays accepted; one whose validation there lets more in than either — removed, any value, the
 * formula changed, a list or the formula that warns instead of stopping — is a changed form.
 */
import { templateWorkbookLayout } from '../../src/core/documents';
import { validationsBeforeCounts } from '../../src/core/layout';
import { keptSampleReturn } from '../support/keptSampleReturn';
import { checkBytes, findingsOf, Form, planOf, realCatalog } from '../support/hardening/damagedReturns';
import { PackageEdit } from '../support/hardening/packageEdit';

const CHAIN = 'shengzhou-116x-2024-2030.chain-leader-enterprises';
const HQ = 'shengzhou-116x-2024-2030.hq-leading-enterprises';
const region = { name: '嵊州市', code: '330683' };
const plan = planOf('shengzhou-116x-2024-2030');
const layout = templateWorkbookLayout({ plans: [plan], region, reportingYear: 2025, merge: false, catalogVersion: realCatalog().version });
const form = new Form(layout.sheets[1]!);
const sample = keptSampleReturn({ region, plans: [plan], loaded: realCatalog(), reportingYear: 2025, seed: 5 });

/** The three 零的突破 rows' cells of 2025 (one block): as the generator writes them now and as it wrote them before. */
const block = `${form.actual(CHAIN, 2025)}:${form.actual(HQ, 2025)}`;
const COUNT_RULE = new RegExp(`<dataValidation type="custom"[^>]*sqref="${block}">(?:(?!</dataValidation>)[\\s\\S])*</dataValidation>`, 'u');

/** The element the generator wrote before 0276 over the block, in ExcelJS's words (renderSheet, then ExcelJS). */
function earlierElement(): string {
  const earlier = validationsBeforeCounts(form.layout.validations)?.find((validation) => validation.ref === block);
  if (earlier === undefined) throw new Error(`no validation over ${block}`);
  const attribute = (text: string) => text.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;');
  return `<dataValidation type="list" allowBlank="1" showInputMessage="1" promptTitle="${attribute(earlier.promptTitle)}" prompt="${attribute(earlier.prompt)}" `
    + `showErrorMessage="1" errorStyle="stop" errorTitle="${attribute(earlier.errorTitle)}" error="${attribute(earlier.error)}" sqref="${block}">`
    + `<formula1>${attribute(earlier.formulae[0] ?? '')}</formula1></dataValidation>`;
}

const formCodes = async (bytes: Uint8Array) => findingsOf(await checkBytes(bytes, '嵊州市-2025.xlsx')).filter((finding) => finding.ruleId === 'form_shown').map((finding) => finding.code);

async function codesWith(replace: (element: string) => string): Promise<string[]> {
  const pkg = new PackageEdit(await sample);
  pkg.change(pkg.sheetPart(form.name), (xml) => {
    const element = COUNT_RULE.exec(xml)?.[0];
    if (element === undefined) throw new Error(`no count validation over ${block}`);
    return xml.replace(element, replace(element));
  });
  return formCodes(pkg.bytes());
}

it('the generated return takes a count there and is the form', async () => {
  const pkg = new PackageEdit(await sample);
  expect(COUNT_RULE.exec(pkg.text(pkg.sheetPart(form.name)))?.[0]).toContain('<formula1>IF(ISNUMBER(');
  expect(await formCodes(await sample)).toEqual([]);
});

it('a return made before 0276 (the 是/否 list, stop style) is the form it was', async () => {
  expect(await codesWith(earlierElement)).toEqual([]);
});

it('the validation removed there, or any value allowed, is a changed form', async () => {
  expect(await codesWith(() => '')).toEqual(['form.validation_changed']);
  expect(await codesWith(() => `<dataValidation allowBlank="1" showErrorMessage="1" errorStyle="stop" sqref="${block}"/>`)).toEqual(['form.validation_changed']);
});

it('the count formula changed, or either form warning instead of stopping, is a changed form', async () => {
  expect(await codesWith((element) => element.replace(/<formula1>[^<]*<\/formula1>/u, '<formula1>TRUE</formula1>'))).toEqual(['form.validation_changed']);
  expect(await codesWith((element) => element.replace('errorStyle="stop"', 'errorStyle="information"'))).toEqual(['form.validation_changed']);
  expect(await codesWith(() => earlierElement().replace('errorStyle="stop"', 'errorStyle="warning"'))).toEqual(['form.validation_changed']);
});
