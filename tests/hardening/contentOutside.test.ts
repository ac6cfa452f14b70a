/**
 * What a county types beside the form is read and reported (decision 0125): the cases trust.test.ts does not build —
 * a later-year column added with nothing under it, a text in an indicator's row explained by its 说明, a note beside
 * the frame, a number in a blank row between the table and the foot.
 */
import type ExcelJS from 'exceljs';
import { exitStatusOf } from '../../src/cli/checkJob';
import { placeA1, a1 } from '../../src/core/form';
import { checkBytes, edit, filledReturn, findingsOf, formsOf, type Form } from '../support/hardening/damagedReturns';

const HIGHTECH = 'yuecheng-2021-2025.hightech-enterprises';

async function checked(tamper: (sheet: ExcelJS.Worksheet, form: Form) => void) {
  const form = formsOf()[0];
  if (form === undefined) throw new Error('no form');
  const bytes = await edit(await filledReturn(), (sheet) => tamper(sheet, form), form.name);
  const result = await checkBytes(bytes);
  const outside = findingsOf(result).filter((finding) => finding.ruleId === 'content_outside')
    .map((finding) => ({ code: finding.code, severity: finding.severity, cell: finding.ref && placeA1(finding.ref), explained: finding.explained }));
  return { outside, exit: exitStatusOf(result), form };
}

const width = (form: Form) => form.layout.columns.length;

describe('content typed beside the form', () => {
  it('a later-year column added with nothing under it: a warning on its header', async () => {
    const { outside, form } = await checked((sheet, f) => {
      sheet.getCell(a1(f.map.headerRow, width(f))).value = '2026年实绩';
    });
    expect(outside).toEqual([{ code: 'form.content_outside', severity: 'warning', cell: a1(form.map.headerRow, width(form)), explained: false }]);
  });

  it('a text in an indicator’s row right of the form: a warning its 说明 explains', async () => {
    const { outside, exit, form } = await checked((sheet, f) => {
      sheet.getCell(f.at(HIGHTECH, width(f))).value = '含新认定企业';
      sheet.getCell(f.at(HIGHTECH, f.map.columns.explanation)).value = '2025年新认定高新技术企业较多。';
    });
    expect(outside).toEqual([{ code: 'form.content_outside', severity: 'warning', cell: form.at(HIGHTECH, width(form)), explained: true }]);
    expect(exit).toBeLessThan(2);
  });

  it('a note beside the frame, where the form prints nothing: a warning', async () => {
    const { outside, form } = await checked((sheet, f) => {
      sheet.getCell(a1(f.map.headerRow - 1, f.map.columns.unit)).value = '已核实';
    });
    expect(outside).toEqual([{ code: 'form.content_outside', severity: 'warning', cell: a1(form.map.headerRow - 1, form.map.columns.unit), explained: false }]);
  });

  it('a number in the blank row between the table and the foot: reported, in the column it was typed in', async () => {
    const { outside, form } = await checked((sheet, f) => {
      sheet.getCell(a1(f.map.lastDataRow + 1, f.map.columns.baselines[2020] ?? 0)).value = 123;
    });
    expect(outside.map((finding) => finding.cell)).toEqual([a1(form.map.lastDataRow + 1, form.map.columns.baselines[2020] ?? 0)]);
  });
});
