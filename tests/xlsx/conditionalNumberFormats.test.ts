/**
 * ExcelJS 4.4 reads a conditional format's number format as `{id, formatCode}` and writes it as text, "[object
 * Object]": a return the adapter loads and saves (the annotated copy, next year's form) keeps the 完成进度 rules'
 * formats because every loaded workbook's rules get their format back as text. (The tests' own `exceljs` does the same
 * on load, tests/support/modules/excelJs.js, so the rule is built here as ExcelJS reads it.)
 */
import ExcelJS from 'exceljs';
import { keepConditionalNumberFormats } from '../../src/xlsx/conditionalNumberFormats';
import { partText } from '../support/xlsx/zipFixtures';

it('a rule as ExcelJS reads it is saved with its number format, not "[object Object]"', async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('指标填报');
  sheet.addConditionalFormatting({
    ref: 'A1:A3',
    rules: [{ type: 'expression', formulae: ['A1<1'], priority: 1, style: { numFmt: { id: 166, formatCode: '0.000%' } } } as unknown as ExcelJS.ConditionalFormattingRule],
  });
  const dxfs = async () => (await partText(new Uint8Array(await workbook.xlsx.writeBuffer()), 'xl/styles.xml')).match(/<dxfs[\s\S]*<\/dxfs>/u)?.[0] ?? '';
  expect(await dxfs()).toContain('formatCode="[object Object]"');
  keepConditionalNumberFormats(workbook);
  expect(await dxfs()).toContain('formatCode="0.000%"');
});
