/**
 * The one-pass reader (src/xlsx/read/readWorkbookPackage: fflate + saxes) against ExcelJS's reading of the same
 * bytes, kept here as the oracle: every test return (clean, each tampering case) and the fuzz corpus (random
 * entries anywhere on the form, damaged bytes, damaged XML) must give the same findings, or the same refusal.
 * Both readers hand their grids to core's one reader; the package facts (dangerous parts, hidden rows…), which
 * ExcelJS does not read, are left out of the comparison.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { checkAgainstCatalog } from '../../../src/core/checks';
import { a1 } from '../../../src/core/form';
import { readReturnGrids, type WorkbookGrids } from '../../../src/core/returns';
import { DEFAULT_LIMITS } from '../../../src/xlsx/fileProblem';
import { READ_PARTS, readWorkbookPackage } from '../../../src/xlsx/read/readWorkbookPackage';
import { workbookGrids } from '../../../src/xlsx/read/sheetGrid';
import { edit, filledReturn, formsOf, realCatalog, type Form } from '../../support/hardening/damagedReturns';
import { CASES } from '../../support/hardening/tamperingCases';
import { fuzz, xmlCharacter } from '../../support/hardening/fuzzSettings';
import { entriesOf, zipOf } from '../../support/xlsx/zipFixtures';

type Outcome = { refused: string } | { findings: string[] };

function findingsOf(grids: WorkbookGrids): Outcome {
  const sheets = readReturnGrids(grids);
  if (sheets.length === 0) return { refused: 'file.no_reporting_sheet' };
  const findings = sheets.flatMap((sheet) => checkAgainstCatalog(sheet, realCatalog()).report.findings)
    .map((finding) => JSON.stringify([finding.sheet, finding.ref, finding.code, finding.value, finding.expected, finding.params]));
  return { findings: findings.sort() };
}

function packageOutcome(bytes: Uint8Array): Outcome {
  const read = readWorkbookPackage(bytes, DEFAULT_LIMITS);
  return read.ok ? findingsOf(read.workbook.grids) : { refused: read.problem.code };
}

/** ExcelJS's reading, behind the same bounds (the old guard's limits are the package reader's). */
async function excelJsOutcome(bytes: Uint8Array): Promise<Outcome> {
  const bounds = readWorkbookPackage(bytes, DEFAULT_LIMITS);
  if (!bounds.ok && bounds.problem.code !== 'file.corrupt') return { refused: bounds.problem.code };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    return { refused: 'file.corrupt' };
  }
  return findingsOf(workbookGrids(workbook));
}

/**
 * Refusals where the package reader follows what Excel and LibreOffice read, not ExcelJS (decision 0230): ExcelJS takes
 * styles and shared strings by their usual names, the last of a cell or part stored twice, and elements of any
 * namespace by their local names, where office suites follow the workbook's relationships, differ on which copy they
 * show and show nothing of another namespace. Damage that makes one of these is refused
 * by the package reader while ExcelJS reads on.
 */
const ON_PURPOSE: ReadonlySet<string> = new Set(['file.corrupt.part_elsewhere', 'file.corrupt.cell_twice', 'file.corrupt.part_twice', 'file.corrupt.sheet_twice', 'file.corrupt.foreign_cell', 'file.corrupt.foreign_text']);
function refusedOnPurpose(bytes: Uint8Array): boolean {
  const read = readWorkbookPackage(bytes, DEFAULT_LIMITS);
  return !read.ok && ON_PURPOSE.has(read.problem.messageCode);
}

async function expectSameOutcome(bytes: Uint8Array): Promise<void> {
  expect(packageOutcome(bytes)).toEqual(await excelJsOutcome(bytes));
}

describe('the one-pass reader finds what ExcelJS\'s reading finds', () => {
  it.each([false, true])('a clean return (with the provincial plan: %s)', async (withProvincialPlan) => {
    await expectSameOutcome(await filledReturn(withProvincialPlan));
  });

  it.each(CASES.map((c) => [c.title, c] as const))('tampered: %s', async (_title, c) => {
    const forms = formsOf(c.withProvincialPlan ?? false);
    const bytes = await edit(await filledReturn(c.withProvincialPlan ?? false), (sheet, workbook) => c.tamper(sheet, workbook, forms), forms[0]?.name);
    await expectSameOutcome(bytes);
  });
});

const text = fc.string({ unit: 'grapheme', maxLength: 24 }).map((value) => [...value].filter(xmlCharacter).join(''));
const errorValue = fc.constantFrom('#N/A', '#REF!', '#DIV/0!', '#VALUE!', '#NAME?').map((error) => ({ error }) as ExcelJS.CellErrorValue);
const cellValue: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
  text,
  fc.constantFrom('=1+1', '3.5', '已达标', 'yuecheng-2021-2025.tech-smes', '填报单位：绍兴市柯桥区', '2024年', '—'),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.boolean(),
  errorValue,
  fc.date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true }),
  fc.array(text, { minLength: 1, maxLength: 3 }).map((runs) => ({ richText: runs.map((run) => ({ text: run, font: { bold: true } })) }) as ExcelJS.CellRichTextValue),
  fc.record({ formula: fc.constantFrom('A1+1', "'[1]Sheet1'!A1", 'IF(TRUE,"已达标","滞后")', 'L8*2'), result: fc.oneof(text, fc.integer(), errorValue) })
    .map((value) => value as ExcelJS.CellFormulaValue),
  fc.record({ text, hyperlink: fc.constantFrom('https://tjj.zj.gov.cn/', "#'指标填报'!A1") }),
  fc.constant(null),
);

describe('the fuzz corpus gives the same answer through both readers', () => {
  let form: Form;
  let filled: Uint8Array;

  beforeAll(async () => {
    [form] = formsOf(false) as [Form];
    filled = await filledReturn(false);
  });

  it('any value, format or note anywhere on the form, and merges', async () => {
    const lastRow = () => form.map.lastDataRow + 4;
    const lastCol = () => Math.max(...form.layout.cells.map((cell) => cell.col));
    await fc.assert(fc.asyncProperty(
      fc.array(fc.record({
        row: fc.nat({ max: 80 }), col: fc.nat({ max: 30 }), value: cellValue, note: fc.option(text, { nil: null }),
        format: fc.option(fc.constantFrom('0.0%', 'yyyy-mm-dd', '@', '0.00', ';;;'), { nil: null }),
      }), { maxLength: 20 }),
      fc.option(fc.record({ top: fc.nat({ max: 60 }), left: fc.nat({ max: 20 }), height: fc.nat({ max: 2 }), width: fc.nat({ max: 2 }) }), { nil: null }),
      async (cells, merge) => {
        const bytes = await edit(filled, (sheet) => {
          for (const { row, col, value, note, format } of cells) {
            const cell = sheet.getCell(a1(Math.min(row, lastRow()), Math.min(col, lastCol())));
            cell.value = value;
            if (note !== null && note !== '') cell.note = note;
            if (format !== null) cell.numFmt = format;
          }
          if (merge !== null) {
            try {
              sheet.mergeCells(merge.top + 1, merge.left + 1, merge.top + 1 + merge.height, merge.left + 1 + merge.width);
            } catch {
              // Overlapping a merge already there: Excel refuses it too.
            }
          }
        }, form.name);
        await expectSameOutcome(bytes);
      },
    ), fuzz(25));
  });

  it('damaged bytes', async () => {
    await fc.assert(fc.asyncProperty(
      fc.array(fc.record({ at: fc.nat({ max: filled.byteLength - 1 }), byte: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 20 }),
      fc.option(fc.nat({ max: filled.byteLength }), { nil: null }),
      async (changes, cut) => {
        const bytes = filled.slice(0, cut ?? filled.byteLength);
        for (const { at, byte } of changes) if (at < bytes.byteLength) bytes[at] = byte;
        const mine = packageOutcome(bytes);
        const theirs = await excelJsOutcome(bytes);
        // A damaged zip may be refused by one reader and half-read by the other; a return both read is read alike.
        if ('findings' in mine && 'findings' in theirs) expect(mine).toEqual(theirs);
        else expect('refused' in mine || 'refused' in theirs).toBe(true);
      },
    ), fuzz(60));
  });

  it('damaged XML inside a sound zip', async () => {
    const entries = await entriesOf(filled);
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
        const bytes = zipOf(damaged);
        // ExcelJS parses every part; the package reader only those the checks read (workbook, relationships, strings,
        // styles, sheets, comments). Damage elsewhere (a theme, docProps) changes nothing a reviewer is told.
        if (READ_PARTS.test(entries[which]?.name ?? '')) {
          const mine = packageOutcome(bytes);
          const theirs = await excelJsOutcome(bytes);
          // Broken XML is refused by both (one may call a workbook without sheets what the other calls damage).
          if ('findings' in mine && 'findings' in theirs) expect(mine).toEqual(theirs);
          else if (!refusedOnPurpose(bytes)) expect(['refused' in mine, 'refused' in theirs]).toEqual([true, true]);
        } else expect(packageOutcome(bytes)).toEqual({ findings: [] });
      },
    ), fuzz(60));
  });
});
