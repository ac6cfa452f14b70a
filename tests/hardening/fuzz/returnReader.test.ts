/**
 * The reader and checker on random content where tests/xlsx/fuzz.test.ts does not put it: that test fills the
 * entry cells with every Excel type; this one writes every type (numbers, text, booleans, errors, dates, rich text,
 * formulas, hyperlinks) over what the generator printed — the frame, the header, names, units, ids, baselines,
 * targets, formulas — and over the _meta sheet, and merges cells anywhere in the table. Whatever lands there, reading
 * and checking never throw nor break a rule, annotating and regenerating never crash, and a printed cell or a piece
 * of metadata that really changed is never accepted.
 */
import type ExcelJS from 'exceljs';
import fc from 'fast-check';
import { a1, METADATA } from '../../../src/core/form';
import { annotateWorkbook } from '../../../src/xlsx/annotateWorkbook';
import { textOf } from '../../../src/core/returns';
import { enteredCell } from '../../../src/xlsx/cellValue';
import { ReturnFileError } from '../../../src/xlsx/fileProblem';
import { readReturnWorkbook } from '../../../src/xlsx/readReturnWorkbook';
import { regenerateReturn } from '../../../src/xlsx/regenerateReturn';
import { fuzz, xmlCharacter } from '../../support/hardening/fuzzSettings';
import { checkBytes, edit, filledReturn, findingsOf, formsOf, realCatalog, type Form } from '../../support/hardening/damagedReturns';

const text = fc.string({ unit: 'grapheme', maxLength: 24 }).map((value) => [...value].filter(xmlCharacter).join(''));
const errorValue = fc.constantFrom('#N/A', '#REF!', '#DIV/0!', '#VALUE!', '#NAME?').map((error) => ({ error }) as ExcelJS.CellErrorValue);
const cellValue: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
  text,
  fc.constantFrom('=1+1', '＝SUM(A1)', '+86', '-', '@x', '—', '3.5', '已达标', 'yuecheng-2021-2025.tech-smes', '填报单位：绍兴市柯桥区', '2024年'),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.boolean(),
  errorValue,
  fc.date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true }),
  fc.array(text, { minLength: 1, maxLength: 3 }).map((runs) => ({ richText: runs.map((run) => ({ text: run, font: { bold: true } })) }) as ExcelJS.CellRichTextValue),
  fc.record({ formula: fc.constantFrom('A1+1', "'[1]Sheet1'!A1", 'IF(TRUE,"已达标","滞后")', 'NOW()', 'L8*2'), result: fc.oneof(text, fc.integer(), errorValue) })
    .map((value) => value as ExcelJS.CellFormulaValue),
  fc.record({ text, hyperlink: fc.constantFrom('https://tjj.zj.gov.cn/', "#'指标填报'!A1", 'file:///C:/x.xlsx') }),
  fc.constant(null),
);

let form: Form;
let filled: Uint8Array;

beforeAll(async () => {
  [form] = formsOf(false) as [Form];
  filled = await filledReturn(false);
});

/** The cells the generator printed: frame texts, the header, and each row's name, unit, id, baselines, targets and formulas. */
function printedAddresses(): string[] {
  const { columns, headerRow, firstDataRow, lastDataRow } = form.map;
  const tableColumns = [
    columns.name, columns.unit, columns.id, ...Object.values(columns.baselines), ...columns.targetColumns.map((target) => target.col),
    columns.completion, columns.timeShare, columns.status,
  ];
  const frame = form.layout.cells.filter((cell) => cell.row < headerRow && cell.value.kind === 'text').map((cell) => a1(cell.row, cell.col));
  const header = form.layout.cells.filter((cell) => cell.row === headerRow).map((cell) => a1(cell.row, cell.col));
  const table: string[] = [];
  for (let row = firstDataRow; row <= lastDataRow; row++) for (const col of tableColumns) table.push(a1(row, col));
  return [...frame, ...header, ...table];
}

/** A cell as compared: what it shows (full-width folded, whitespace ignored) and its formula. */
function shown(cell: ExcelJS.Cell): string {
  return `${textOf(enteredCell(cell)).normalize('NFKC').replace(/\s+/gu, '')}\u0000${enteredCell(cell).formula ?? ''}`;
}

/** Annotating and regenerating whatever was read never crash; a return they cannot handle is a ReturnFileError. */
async function expectDownstreamSurvives(bytes: Uint8Array, findings: Parameters<typeof annotateWorkbook>[1]): Promise<void> {
  const annotated = await annotateWorkbook(bytes, findings, 'zh-CN');
  expect((await readReturnWorkbook(annotated)).ok).toBe(true);
  try {
    const regenerated = await regenerateReturn(bytes, realCatalog());
    expect((await readReturnWorkbook(regenerated.bytes)).ok).toBe(true);
  } catch (error) {
    expect(error).toBeInstanceOf(ReturnFileError);
  }
}

describe('random content over the printed cells of a filled return', () => {
  it('never throws; a printed cell that really changed is never accepted', async () => {
    const addresses = printedAddresses();
    await fc.assert(fc.asyncProperty(
      fc.array(fc.record({ address: fc.constantFrom(...addresses), value: cellValue }), { minLength: 1, maxLength: 3 }),
      async (edits) => {
        let changed = false;
        const bytes = await edit(filled, (sheet) => {
          for (const { address, value } of edits) {
            const cell = sheet.getCell(address);
            const before = shown(cell);
            cell.value = value;
            changed ||= shown(cell) !== before;
          }
        }, form.name);
        const result = await checkBytes(bytes);
        expect(result.status).not.toBe('unreadable');
        const findings = findingsOf(result);
        expect(findings.filter((finding) => finding.code === 'check.rule_error')).toEqual([]);
        if (changed) {
          expect(result.status).toBe('rejected');
          expect(findings.some((finding) => finding.ruleId === 'structure')).toBe(true);
        }
        await expectDownstreamSurvives(bytes, findings);
      },
    ), fuzz(30));
  });
});

describe('random content over the _meta sheet', () => {
  it('never throws; metadata that really changed is never accepted (the catalog version aside: see README)', async () => {
    const original = (await readReturnWorkbook(filled));
    if (!original.ok) throw new Error('sample unreadable');
    const before = JSON.stringify(original.sheets[0]?.metadata);
    const json = fc.oneof(
      cellValue,
      fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.stringify(value)),
      fc.constantFrom('2024', '2', 'true', '["keqiao-2021-2025"]', '{"name":"绍兴市越城区","code":"330603"}', '"指标填报 (2)"', '[]', '{}'),
    );
    await fc.assert(fc.asyncProperty(
      fc.constantFrom('sheet', 'planIds', 'region', 'reportingYear', 'layoutVersion', 'merged', 'rowIds', 'key'),
      json,
      async (key, value) => {
        const bytes = await edit(filled, (_sheet, workbook) => {
          workbook.getWorksheet(METADATA.sheetName)?.eachRow((row) => {
            if (key === 'key' && row.getCell(1).value === 'merged') row.getCell(1).value = value;
            else if (row.getCell(1).value === key) row.getCell(2).value = value;
          });
        }, form.name);
        const read = await readReturnWorkbook(bytes);
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        const changed = read.sheets.some((sheet) => JSON.stringify(sheet.metadata) !== before);
        const result = await checkBytes(bytes);
        expect(findingsOf(result).filter((finding) => finding.code === 'check.rule_error')).toEqual([]);
        if (changed) expect(result.status).toBe('rejected');
        else expect(result.status).toBe('accepted');
        await expectDownstreamSurvives(bytes, findingsOf(result));
      },
    ), fuzz(30));
  });
});

describe('merged cells anywhere in the table', () => {
  it('never throws; a merge over an entry cell is found on its range', async () => {
    const { firstDataRow, lastDataRow, columns } = form.map;
    const lastCol = columns.id;
    const entry = new Set([...Object.values(columns.actuals), columns.explanation]);
    await fc.assert(fc.asyncProperty(
      fc.record({
        top: fc.integer({ min: firstDataRow, max: lastDataRow }), height: fc.integer({ min: 0, max: 2 }),
        left: fc.integer({ min: 0, max: lastCol }), width: fc.integer({ min: 0, max: 3 }),
      }).filter(({ height, width }) => height + width > 0),
      async ({ top, height, left, width }) => {
        const bottom = Math.min(top + height, lastDataRow);
        const right = Math.min(left + width, lastCol);
        const range = `${a1(top, left)}:${a1(bottom, right)}`;
        const bytes = await edit(filled, (sheet) => sheet.mergeCells(range), form.name);
        const result = await checkBytes(bytes);
        const findings = findingsOf(result);
        expect(findings.filter((finding) => finding.code === 'check.rule_error')).toEqual([]);
        const coversEntry = [...entry].some((col) => col >= left && col <= right);
        if (coversEntry) {
          expect(result.status).toBe('rejected');
          expect(findings).toContainEqual(expect.objectContaining({ code: 'structure.merged_entry_cells', ref: expect.objectContaining({ row: top, column: left }) }));
        }
        await expectDownstreamSurvives(bytes, findings);
      },
    ), fuzz(20));
  });
});
