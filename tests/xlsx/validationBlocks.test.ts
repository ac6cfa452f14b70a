/**
 * A loaded workbook written again keeps each validation over the block it covered (src/xlsx/validationBlocks.ts).
 * ExcelJS alone rewrote a block crossing row 9→10 as two overlapping ranges, each with the formula written for the
 * block's first cell: for a relative custom formula (零的突破's count rule, decision 0276), the wrong cell tested.
 */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { loadWorkbook } from '../../src/xlsx/loadWorkbook';
import { xlsxBytes } from '../../src/xlsx/renderWorkbook';
import { dataValidationsOf } from '../../src/xlsx/renderSheet';

const COUNT = 'IF(ISNUMBER(H9),AND(H9>=0,ROUND(H9,0)=H9),OR(TRIM(H9)="是",TRIM(H9)="否"))';

/** Each validation element of the first sheet: its sqref and first formula. */
function validationsIn(bytes: Uint8Array): Array<[string, string]> {
  const xml = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
  return [...xml.matchAll(/<dataValidation [^>]*sqref="([^"]*)"[^>]*>(?:<formula1>([^<]*)<\/formula1>)?/gu)]
    .map((match) => [match[1] ?? '', (match[2] ?? '').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"')] as [string, string]).sort();
}

it('a custom formula over H9:J10 and a list over A8:A12 come back over the same blocks, once each, after a load and a write', async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('指标填报');
  dataValidationsOf(sheet).add('H9:J10', { type: 'custom', formulae: [COUNT], allowBlank: true, showErrorMessage: true, errorStyle: 'stop' });
  dataValidationsOf(sheet).add('A8:A12', { type: 'list', formulae: ['"是,否"'], allowBlank: true, showErrorMessage: true, errorStyle: 'stop' });
  dataValidationsOf(sheet).add('C3', { type: 'whole', operator: 'greaterThanOrEqual', formulae: [0], allowBlank: true, showErrorMessage: true, errorStyle: 'stop' });
  const written = await xlsxBytes(workbook);
  const expected = [['A8:A12', '"是,否"'], ['C3', '0'], ['H9:J10', COUNT]];
  expect(validationsIn(written)).toEqual(expected);
  const loaded = await loadWorkbook(written);
  if (!loaded.ok) throw new Error(loaded.detail);
  expect(validationsIn(await xlsxBytes(loaded.workbook))).toEqual(expected);
});
