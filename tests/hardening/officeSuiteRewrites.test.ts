/**
 * What office suites rewrite when they save a return changes nothing the checker says (issue 10.7). The exact case
 * of the issue: LibreOffice wrote a 序时进度 constant 0.6666666666666666 back as 0.666666666666667 and the return
 * was rejected with formula_replaced. The LibreOffice round trip itself is tests/libreoffice/roundTrip.test.ts.
 */
import type ExcelJS from 'exceljs';
import { templateWorkbookLayout } from '../../src/core/documents';
import { sampleReturn } from '../../src/cli/sampleReturns';
import { checkBytes, edit, findingsOf, Form, planOf, realCatalog } from '../support/hardening/damagedReturns';
import { PackageEdit } from '../support/hardening/packageEdit';
import { placeA1 } from '../../src/core/form';

const SHENGZHOU = { name: '嵊州市', code: '330683' };

async function shengzhou(year: number): Promise<{ bytes: Uint8Array; form: Form }> {
  const plan = planOf('shengzhou-116x-2024-2030');
  const bytes = await sampleReturn({ region: SHENGZHOU, plans: [plan], loaded: realCatalog(), reportingYear: year, seed: 2 });
  const layout = templateWorkbookLayout({ plans: [plan], region: SHENGZHOU, reportingYear: year, merge: false, catalogVersion: realCatalog().version });
  const sheet = layout.sheets.find((candidate) => candidate.name.includes('指标填报')) ?? layout.sheets[1];
  if (sheet === undefined) throw new Error('no reporting sheet');
  return { bytes, form: new Form(sheet) };
}

/** Every formula of a column rewritten by `rewrite`, its cached result kept. */
function rewriteColumn(sheet: ExcelJS.Worksheet, col: number, rewrite: (formula: string) => string): number {
  let count = 0;
  sheet.getColumn(col + 1).eachCell((cell) => {
    const value = cell.value as ExcelJS.CellFormulaValue | null;
    if (value === null || typeof value !== 'object' || typeof value.formula !== 'string') return;
    cell.value = { ...value, formula: rewrite(value.formula) };
    count += 1;
  });
  return count;
}

const structural = (bytes: Uint8Array) => checkBytes(bytes).then((result) => findingsOf(result).filter((finding) => finding.ruleId === 'structure'));

describe('a return as an office suite saves it', () => {
  it.each([
    ['2025: 序时进度 1/3 as 0.333333333333333', 2025, '1/3', '0.333333333333333'],
    ['2026: 序时进度 2/3 as 0.666666666666667 (the case of issue 10)', 2026, '2/3', '0.666666666666667'],
  ] as const)('%s, as LibreOffice rewrote the old generator’s constant, is the same return', async (_title, year, generated, literal) => {
    const { bytes, form } = await shengzhou(year);
    let count = 0;
    const saved = await edit(bytes, (sheet) => {
      rewriteColumn(sheet, form.map.columns.timeShare, (formula) => {
        // The constant as this generator writes it (p/q) or as an older one did (0.6666666666666666).
        const [p, q] = formula.split('/').map(Number);
        const [gp, gq] = generated.split('/').map(Number);
        if (Math.abs((p ?? NaN) / (q ?? 1) - (gp ?? NaN) / (gq ?? 1)) > 1e-15) return formula;
        count += 1;
        return literal;
      });
    }, form.name);
    expect(count).toBeGreaterThan(3);
    expect(await structural(saved)).toEqual([]);
  });

  it('with function names in lower case, spaces, $ references and the _xlfn. prefix, is the same return', async () => {
    const { bytes, form } = await shengzhou(2026);
    const saved = await edit(bytes, (sheet) => {
      rewriteColumn(sheet, form.map.columns.status, (formula) => formula.toLowerCase().replace(/,/gu, ', ').replace(/\b([a-z])(\d+)\b/gu, '$$$1$$$2'));
      rewriteColumn(sheet, form.map.columns.completion, (formula) => `_xlfn.${formula.replace(/-/gu, ' - ')}`);
    }, form.name);
    expect(await structural(saved)).toEqual([]);
  });

  it('still tells a 序时进度 that was changed', async () => {
    const { bytes, form } = await shengzhou(2026);
    const saved = await edit(bytes, (sheet) => {
      rewriteColumn(sheet, form.map.columns.timeShare, () => '0.9');
    }, form.name);
    expect((await structural(saved)).map((finding) => finding.code)).toContain('structure.formula_replaced');
  });

  it('with the unused second formula LibreOffice writes into every one-bound validation, is the same return', async () => {
    const { bytes, form } = await shengzhou(2026);
    const pkg = new PackageEdit(bytes);
    pkg.change(pkg.sheetPart(form.name), (xml) => xml.replace(/(<dataValidation [^>]*operator="(?!between)[^"]*"[^>]*><formula1>[^<]*<\/formula1>)(?!<formula2>)/gu, '$1<formula2>0</formula2>'));
    const findings = findingsOf(await checkBytes(pkg.bytes()));
    expect(findings.filter((finding) => finding.code.startsWith('form.') || finding.ruleId === 'structure')).toEqual([]);
  });

  it('still tells a validation whose bounds were changed', async () => {
    const { bytes, form } = await shengzhou(2026);
    const pkg = new PackageEdit(bytes);
    pkg.change(pkg.sheetPart(form.name), (xml) => xml.replace(/<formula1>0<\/formula1><formula2>100<\/formula2>/u, '<formula1>0</formula1><formula2>1000</formula2>'));
    expect(findingsOf(await checkBytes(pkg.bytes())).map((finding) => finding.code)).toContain('form.validation_changed');
  });

  /** Beside the form, as office suites leave it: styled empty cells, empty strings, blanks; and one note among them. */
  async function besideTheForm(note: string | null): Promise<{ findings: Awaited<ReturnType<typeof structural>>; form: Form }> {
    const { bytes, form } = await shengzhou(2026);
    const width = form.layout.columns.length;
    const lastRow = Math.max(...form.layout.cells.map((cell) => cell.row));
    const saved = await edit(bytes, (sheet) => {
      const blank = (row: number, col: number, value: string | null) => {
        const cell = sheet.getCell(row + 1, col + 1);
        cell.value = value;
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
        cell.border = { top: { style: 'thin' } };
      };
      for (let row = 0; row <= lastRow + 4; row++) for (let col = width; col < width + 3; col++) blank(row, col, ['', ' ', null][(row + col) % 3] ?? null);
      for (let col = 0; col < width; col++) blank(lastRow + 2, col, col % 2 === 0 ? '' : '\u3000');
      blank(form.map.lastDataRow + 1, 0, '');
      if (note !== null) sheet.getCell(lastRow + 3, 2).value = note;
    }, form.name);
    const findings = findingsOf(await checkBytes(saved)).filter((finding) => finding.ruleId === 'content_outside');
    return { findings, form };
  }

  it('with styled empty cells, empty strings and blanks right of the form and below its foot, as LibreOffice and WPS write them, is the same return', async () => {
    expect((await besideTheForm(null)).findings).toEqual([]);
  });

  it('still tells a note typed among them', async () => {
    const { findings, form } = await besideTheForm('以上数据待核');
    const lastRow = Math.max(...form.layout.cells.map((cell) => cell.row));
    expect(findings.map((finding) => [finding.code, finding.severity, finding.ref && placeA1(finding.ref)])).toEqual([['form.content_outside', 'warning', `B${lastRow + 3}`]]);
  });
});
