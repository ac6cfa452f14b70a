import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { placeA1 } from '../../../src/core/form';
import { Cells, checkSheet, edit, readOk, template, YUECHENG } from '../../support/xlsx/filledReturns';
import { PackageEdit } from '../../support/hardening/packageEdit';
import { readXlsxXml } from '../../support/hardening/xlsxXml';
import { convertLater } from '../../support/soffice';

/**
 * The same entry gets the same finding whichever office suite saved the return last (decision 0267). LibreOffice
 * saves a TRUE, a FALSE or an error value it holds as a formula (`<f>TRUE()</f><v>1</v>`, `<f>#N/A</f>`): read as a
 * formula, a 是/否 row's TRUE was told "公式“=TRUE()”… 请直接填写以“”为单位的数值" instead of 请填“是”, and
 * every other row got a formula's finding for a constant nobody typed as a formula.
 */
const COVERAGE = 'yuecheng-2021-2025.enterprise-rd-expenditure-coverage';
const INSTITUTIONS = 'yuecheng-2021-2025.enterprise-rd-institution-coverage';
const RANK = 'yuecheng-2021-2025.national-hightech-zone-rank';
const HIGHTECH = 'yuecheng-2021-2025.hightech-enterprises';
const TALENT = 'yuecheng-2021-2025.special-support-talent';
const YEAR = 2025;
const ENTRIES: ReadonlyArray<readonly [string, boolean | { error: '#N/A' }]> = [
  [COVERAGE, true], [INSTITUTIONS, false], [RANK, true], [HIGHTECH, false], [TALENT, { error: '#N/A' as const }],
];

let dir: string;
let original: Uint8Array;
let resaved: Uint8Array;
let cells: string[];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-constants-'));
  const tpl = await template(YUECHENG, YEAR);
  const at = new Cells(tpl);
  cells = ENTRIES.map(([id]) => at.actual(id, YEAR));
  original = await edit(tpl.bytes, (sheet) => {
    for (const [i, [, value]] of ENTRIES.entries()) sheet.getCell(cells[i] as string).value = value;
  });
  const input = path.join(dir, 'constants.xlsx');
  fs.writeFileSync(input, original);
  convertLater([input], ([output]) => {
    resaved = new Uint8Array(fs.readFileSync(output as string));
  });
}, 120_000);
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The findings on each typed cell, in the order typed: rule and code. */
async function findingsOnEntries(bytes: Uint8Array): Promise<string[][]> {
  const [sheet] = await readOk(bytes);
  const findings = checkSheet(sheet!).findings;
  return cells.map((cell) => findings.filter((finding) => finding.ref !== null && placeA1(finding.ref) === cell).map((finding) => `${finding.ruleId} ${finding.code}`));
}

describe('TRUE, FALSE and error values resaved by LibreOffice', () => {
  it('are formulas in the file LibreOffice writes (what this suite is about)', async () => {
    const part = new PackageEdit(resaved).sheetPart('指标填报');
    const written = (await readXlsxXml(resaved)).cells.filter((cell) => cell.part === part);
    expect(cells.map((address) => written.find((cell) => cell.address === address)?.formula)).toEqual(['TRUE()', 'FALSE()', 'TRUE()', 'FALSE()', '#N/A']);
  });

  it('get the findings they had before the resave: 是/否 rows asked for 是 or 否, other rows told the value is not a number', async () => {
    const before = await findingsOnEntries(original);
    expect(before).toEqual([
      ['not_a_number check.not_a_number.answer_variant.yes'], ['not_a_number check.not_a_number.answer_variant.no'],
      ['not_a_number check.not_a_number.boolean.no_unit'], ['not_a_number check.not_a_number.boolean'], ['not_a_number check.not_a_number.error_value'],
    ]);
    expect(await findingsOnEntries(resaved)).toEqual(before);
  });
});
