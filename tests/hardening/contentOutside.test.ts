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

describe('sheets beside the form', () => {
  async function sheetsAdded(add: (workbook: ExcelJS.Workbook, form: Form) => void) {
    const form = formsOf()[0];
    if (form === undefined) throw new Error('no form');
    const bytes = await edit(await filledReturn(), (_sheet, workbook) => add(workbook, form), form.name);
    const result = await checkBytes(bytes);
    return { found: findingsOf(result).filter((finding) => finding.code === 'form.sheet_lookalike'), exit: exitStatusOf(result), form };
  }

  it('a sheet of its own showing the form’s title and an indicator with another figure: a warning naming it, the return goes back', async () => {
    const { found, exit } = await sheetsAdded((workbook, form) => {
      const decoy = workbook.addWorksheet('Sheet1');
      const original = workbook.getWorksheet(form.name);
      decoy.getCell('A1').value = original?.getCell('A1').value ?? null;
      decoy.getCell('C8').value = original?.getCell(form.at(HIGHTECH, form.map.columns.name)).value ?? null;
      decoy.getCell('M8').value = 1.1;
    });
    expect(found.map((finding) => [finding.severity, finding.params['detail']])).toEqual([['warning', 'Sheet1']]);
    expect(String(found[0]?.params['found'])).toMatch(/^A1“.+完成情况表”$/u);
    expect(exit).toBe(2);
  });

  it('a county’s own working sheet that shows nothing of the form, and the pane’s 校验结果 sheet: no finding', async () => {
    const { found, exit } = await sheetsAdded((workbook, form) => {
      const own = workbook.addWorksheet('计算过程');
      own.getCell('A1').value = '本县自用测算';
      own.getCell('B2').value = 12.5;
      const findings = workbook.addWorksheet('校验结果');
      findings.getCell('C5').value = workbook.getWorksheet(form.name)?.getCell(form.at(HIGHTECH, form.map.columns.name)).value ?? null;
    });
    expect(found).toEqual([]);
    expect(exit).toBe(0);
  });
});

describe('pictures and shapes on the form', () => {
  /** A white PNG of 60 × 20 pixels: over a cell it hides the value, and LibreOffice prints it so. */
  const WHITE = 'iVBORw0KGgoAAAANSUhEUgAAADwAAAAUCAIAAABeYcl+AAAAKUlEQVR42u3OMQ0AAAwDoPo33arYsQQUkD4UaWlpaWlpaWlpaWlp6QsDjuUCw6AnZJYAAAAASUVORK5CYII=';

  async function withPicture(row: (form: Form) => number, col: (form: Form) => number) {
    const form = formsOf()[0];
    if (form === undefined) throw new Error('no form');
    const bytes = await edit(await filledReturn(), (sheet, workbook) => {
      sheet.addImage(workbook.addImage({ base64: `data:image/png;base64,${WHITE}`, extension: 'png' }), { tl: { col: col(form), row: row(form) }, ext: { width: 60, height: 20 } });
    }, form.name);
    const result = await checkBytes(bytes);
    return { found: findingsOf(result).filter((finding) => finding.code === 'form.drawing_over'), exit: exitStatusOf(result), form };
  }

  it('a white picture over an entry cell: an error on the cell it starts at', async () => {
    const { found, exit, form } = await withPicture((f) => f.row(HIGHTECH), (f) => f.map.columns.actuals[2025] ?? 0);
    expect(found.map((finding) => [finding.severity, finding.ref && placeA1(finding.ref)])).toEqual([['error', form.actual(HIGHTECH, 2025)]]);
    expect(exit).toBe(2);
  });

  it('a picture below the table (a stamp at the foot): no finding', async () => {
    const { found, exit } = await withPicture((f) => f.map.lastDataRow + 3, (f) => f.map.columns.name);
    expect(found).toEqual([]);
    expect(exit).toBe(0);
  });
});
