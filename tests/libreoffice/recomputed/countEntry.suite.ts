/**
 * A 零的突破 row's entry cell takes a count as well as 是/否 (decisions 0270, 0276): what LibreOffice's own validity
 * check lets stand in the cell is what the checks take, typed as a county types it. 嵊州's 2025 form, one text typed
 * into 省级“链主”企业's cell per file, saved, marked (Tools › Detective › Mark Invalid Data) and checked; the form as
 * the generator wrote it before 0276 (the 是/否 list) beside it, which refused a count. A suite of
 * tests/libreoffice/recomputed.test.ts: its typing jobs go through that file's one macro run (decision 0280).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkFile, type FileResult } from '../../../src/cli/commands/check';
import { validationsBeforeCounts, type SheetLayout } from '../../../src/core/layout';
import { placeA1 } from '../../../src/core/form';
import { workbookBytes } from '../../../src/xlsx/renderWorkbook';
import { typeAndMarkLater, type TypeJob } from '../../support/libreoffice/openEditSave';
import { Cells, realCatalog, SHENGZHOU, template } from '../../support/xlsx/filledReturns';

/** What a county may type: a count, 是/否 (spaces around as the status formula's TRIM), and what is no answer. */
const TYPED = ['2', '0', '12', '是', ' 是', '否', '1.5', '-1', '２', '2家', '达到', 'abc'];
const TAKEN = ['2', '0', '12', '是', ' 是', '否'];

interface Typed {
  text: string;
  refused: boolean;
  result: FileResult;
}

let dir: string;
let cell: string;
const typed: Typed[] = [];
const typedBefore: Typed[] = [];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-count-'));
  const tpl = await template(SHENGZHOU, 2025);
  cell = new Cells(tpl).actual(`${SHENGZHOU}.chain-leader-enterprises`, 2025);
  const earlierSheet: SheetLayout = { ...tpl.sheet, validations: validationsBeforeCounts(tpl.sheet.validations) ?? [] };
  const forms = {
    now: tpl.bytes,
    before: await workbookBytes({ ...tpl.layout, sheets: tpl.layout.sheets.map((sheet) => (sheet === tpl.sheet ? earlierSheet : sheet)) }),
  };
  const jobs: Array<TypeJob & { form: keyof typeof forms }> = [];
  for (const [form, texts] of [['now', TYPED], ['before', ['2', '是']]] as const) {
    const input = path.join(dir, `${form}.xlsx`);
    fs.writeFileSync(input, forms[form]);
    texts.forEach((text, index) => jobs.push({ form, input, output: path.join(dir, `${form}-${index}.xlsx`), sheetIndex: 0, cell, text }));
  }
  typeAndMarkLater(jobs, async (refused) => {
    const loaded = realCatalog();
    for (const [index, job] of jobs.entries()) {
      const result = await checkFile(path.basename(job.output), fs.readFileSync(job.output), loaded);
      (job.form === 'now' ? typed : typedBefore).push({ text: job.text, refused: refused[index] ?? true, result });
    }
  });
}, 300_000);

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const findingsAt = (result: FileResult, address: string) => result.sheets.flatMap((sheet) => sheet.findings)
  .filter((finding) => finding.ref !== null && placeA1(finding.ref) === address);
const errorAt = (entry: Typed) => findingsAt(entry.result, cell).some((finding) => finding.severity === 'error');
/** The findings saying the form itself changed (structure, or what the form shows). */
const formChanges = (entry: Typed) => entry.result.sheets.flatMap((sheet) => sheet.findings)
  .filter((finding) => finding.ruleId === 'structure' || finding.ruleId === 'form_shown');

describe('a 零的突破 cell typed in LibreOffice Calc: a count or 是/否 stands, what the checks refuse is refused', () => {
  it('lets a count (0 or a whole number) and 是/否 stand in the cell, and refuses 1.5, −1, ２, 2家, 达到', () => {
    expect(typed.filter((entry) => !entry.refused).map((entry) => entry.text)).toEqual(TAKEN);
  });

  it('refuses in the sheet exactly what the checks call an error, and takes what they take', () => {
    expect(typed.map((entry) => [entry.text, entry.refused])).toEqual(typed.map((entry) => [entry.text, errorAt(entry)]));
  });

  it('keeps the form through LibreOffice: no form or structure finding on any saved file', () => {
    const changed = typed.flatMap((entry) => formChanges(entry).map((finding) => `${entry.text}: ${finding.code}`));
    expect(changed).toEqual([]);
  });

  it('the form made before refused a count typed there (what 0276 fixes), and its return is still the form it was', () => {
    expect(typedBefore.map((entry) => [entry.text, entry.refused])).toEqual([['2', true], ['是', false]]);
    const changed = typedBefore.flatMap((entry) => formChanges(entry).map((finding) => finding.code));
    expect(changed).toEqual([]);
  });
});
