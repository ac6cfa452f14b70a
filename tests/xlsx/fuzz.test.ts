/**
 * Whatever lands in the entry cells — any Excel type, merged, linked, annotated — the reader never throws
 * and still finds every row by its id; whatever happens to the bytes, it answers with sheets or a problem.
 */
import type ExcelJS from 'exceljs';
import fc from 'fast-check';
import { buildCheckContext, checkReturn } from '../../src/core/checks';
import { a1 } from '../../src/core/form';
import { readReturnWorkbook } from '../../src/xlsx/readReturnWorkbook';
import { edit, realCatalog, template, YUECHENG, type Template } from '../support/xlsx/filledReturns';
import { entriesOf, zipOf, type FixtureEntry } from '../support/xlsx/zipFixtures';

/** Whether XML 1.0 can carry a character (ExcelJS writes text as it is; Excel itself never stores the others raw). */
function xmlCharacter(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x20) return code === 0x09 || code === 0x0a || code === 0x0d;
  return !(code >= 0xd800 && code <= 0xdfff) && code !== 0xfffe && code !== 0xffff;
}
const text = fc.string({ unit: 'grapheme', maxLength: 40 }).map((value) => [...value].filter(xmlCharacter).join(''));
const numberLike = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.constantFrom('3.5%', '２２０００', '1,650', '75/1280', '约3.5', '2.4（预计）', '—', '=1+1', ' 42 ', '是', '否'),
);
const errorValue = fc.constantFrom('#N/A', '#REF!', '#DIV/0!', '#VALUE!', '#NUM!', '#NAME?', '#NULL!').map((error) => ({ error }) as ExcelJS.CellErrorValue);
const date = fc.date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true });
const richText = fc.array(fc.record({ text, bold: fc.boolean() }), { minLength: 1, maxLength: 3 })
  .map((runs) => ({ richText: runs.map(({ text: run, bold }) => ({ text: run, font: { bold } })) }) as ExcelJS.CellRichTextValue);
const formulaResult = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), text, fc.boolean(), errorValue);
const formula = fc.record({ formula: fc.constantFrom('A1+1', 'SUM(H8:H9)', "'[1]Sheet1'!A1", 'IF(TRUE,"是","否")', 'NOW()'), result: formulaResult })
  .map((value) => value as ExcelJS.CellFormulaValue);
const hyperlink = fc.record({ text, hyperlink: fc.constantFrom('https://tjj.zj.gov.cn/', 'mailto:a@b.cn', '#Sheet1!A1') });

const cellValue: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
  numberLike, text, fc.boolean(), errorValue, date, richText, formula, hyperlink, fc.constant(null),
);

interface CellEdit {
  row: number;
  col: number;
  value: ExcelJS.CellValue;
  note: string | null;
}

let tpl: Template;

beforeAll(async () => {
  tpl = await template(YUECHENG, 2024);
});

function entryColumns(): number[] {
  return [...Object.values(tpl.map.columns.actuals), tpl.map.columns.explanation];
}

const edits = () => fc.array(fc.record({
  row: fc.integer({ min: 0, max: tpl.rowIds.length - 1 }),
  col: fc.constantFrom(...entryColumns()),
  value: cellValue,
  note: fc.option(text, { nil: null }),
}), { maxLength: 25 });

/** Rectangles inside the block of actual cells (merging across the formula or id columns is another test). */
const merges = () => {
  const actuals = Object.values(tpl.map.columns.actuals);
  const [first = 0, last = 0] = [Math.min(...actuals), Math.max(...actuals)];
  return fc.array(fc.record({
    top: fc.integer({ min: 0, max: tpl.rowIds.length - 1 }), height: fc.integer({ min: 0, max: 3 }),
    left: fc.integer({ min: first, max: last }), width: fc.integer({ min: 0, max: 2 }),
  }), { maxLength: 3 });
};

describe('readReturnWorkbook under random entries', () => {
  it('never throws, and finds every row by its id', async () => {
    await fc.assert(fc.asyncProperty(edits(), merges(), async (cells: CellEdit[], rectangles) => {
      const bytes = await edit(tpl.bytes, (sheet) => {
        for (const { row, col, value, note } of cells) {
          const cell = sheet.getCell(a1(tpl.map.firstDataRow + row, col));
          cell.value = value;
          if (note !== null && note !== '') cell.note = note;
        }
        for (const { top, height, left, width } of rectangles) {
          const bottom = Math.min(top + height, tpl.rowIds.length - 1);
          const right = Math.min(left + width, Math.max(...Object.values(tpl.map.columns.actuals)));
          try {
            sheet.mergeCells(tpl.map.firstDataRow + top + 1, left + 1, tpl.map.firstDataRow + bottom + 1, right + 1);
          } catch {
            // Overlapping an earlier merge: Excel would refuse it too.
          }
        }
      });
      const read = await readReturnWorkbook(bytes);
      expect(read.ok).toBe(true);
      if (!read.ok) return;
      expect(read.sheets).toHaveLength(1);
      const [sheet] = read.sheets;
      if (sheet === undefined) return;
      expect(sheet.rows.map((row) => row.indicatorId)).toEqual(tpl.rowIds);
      // Merged entry cells, and links or formulas reaching outside the workbook (dangerous content), are what random entries can make.
      for (const observation of sheet.observations) expect(observation.code).toMatch(/^(structure\.merged_entry_cells|dangerous\.)/u);
      const report = checkReturn(sheet, buildCheckContext(sheet, realCatalog().catalog.plans, sheet.metadata?.rowIds ?? []));
      expect(report.findings.filter((finding) => finding.code === 'check.rule_error')).toEqual([]);
    }), { numRuns: 40 });
  });
});

describe('readReturnWorkbook under damaged bytes', () => {
  it('answers with sheets or a problem, never a throw', async () => {
    await fc.assert(fc.asyncProperty(
      fc.array(fc.record({ at: fc.nat({ max: tpl.bytes.byteLength - 1 }), byte: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 20 }),
      fc.option(fc.nat({ max: tpl.bytes.byteLength }), { nil: null }),
      async (changes, cut) => {
        const bytes = tpl.bytes.slice(0, cut ?? tpl.bytes.byteLength);
        for (const { at, byte } of changes) if (at < bytes.byteLength) bytes[at] = byte;
        const read = await readReturnWorkbook(bytes);
        if (!read.ok) expect(read.problem.code).toMatch(/^file\./u);
        else expect(read.sheets.length).toBeGreaterThan(0);
      },
    ), { numRuns: 150 });
  });
});

describe('readReturnWorkbook under damaged XML inside a sound zip', () => {
  it('ExcelJS refusing a part is a corrupt file; the reader itself never breaks on what ExcelJS accepts', async () => {
    const entries: FixtureEntry[] = await entriesOf(tpl.bytes);
    const markup = [...'<>"/= &;abc019r'].map((char) => char.charCodeAt(0));
    await fc.assert(fc.asyncProperty(
      fc.nat({ max: entries.length - 1 }),
      fc.array(fc.record({ at: fc.nat(), byte: fc.constantFrom(...markup) }), { minLength: 1, maxLength: 5 }),
      async (which, changes) => {
        const damaged = entries.map((entry, i) => {
          if (i !== which) return entry;
          const data = entry.data.slice();
          for (const { at, byte } of changes) data[at % data.byteLength] = byte;
          return { name: entry.name, data };
        });
        const read = await readReturnWorkbook(zipOf(damaged));
        if (read.ok) return;
        expect(read.problem.code).toMatch(/^file\.(corrupt|no_reporting_sheet)$/u);
        expect(read.problem.detail).not.toMatch(/^unexpected/u);
      },
    ), { numRuns: 120 });
  });
});
