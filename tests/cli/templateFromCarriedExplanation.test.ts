/**
 * Decision 0243: a 说明 carried by `template --from` explains the year it was written for. Left unchanged, it does not
 * explain a warning about the new year's values (a 10⁴ slip typed in 2025 is not "explained" by last year's
 * 口径调整); edited for the new year, it does; a form made before the carried texts were recorded keeps the old reading.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { keptSampleReturn } from '../support/keptSampleReturn';
import type { ReturnRow, ReturnSheet } from '../../src/core/returns';
import { readOkFile } from '../support/xlsx/filledReturns';
import { planOf, realCatalog } from '../support/catalog';
import { cli } from '../support/cli';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-carried-explanation-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const KEQIAO = 'keqiao-2021-2025';
const CARRIED = '2024年起按新口径统计（口径调整），数值已核实';

const sheetsOf = readOkFile;

function worksheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const worksheet = workbook.getWorksheet(name);
  if (worksheet === undefined) throw new Error(`no sheet ${name}`);
  return worksheet;
}

async function edit(file: string, change: (workbook: ExcelJS.Workbook) => void): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  change(workbook);
  await workbook.xlsx.writeFile(file);
}

function write(name: string, bytes: Uint8Array): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

function sample(year: number): Promise<Uint8Array> {
  const loaded = realCatalog();
  const plan = planOf(KEQIAO, loaded);
  return keptSampleReturn({ region: plan.plan.region, plans: [plan], loaded, reportingYear: year, seed: 11 });
}

const UNITS = ['件', '项', '家', '人'];

/** An amount row of the form with a positive 2025 value in `typed`: where a 10⁴ slip is a warning. */
function slipRow(sheet: ReturnSheet, typed: ReturnSheet): ReturnRow {
  const found = sheet.rows.find((row) => {
    const value = typed.rows.find((other) => other.indicatorId === row.indicatorId)?.actuals[2025]?.value;
    return row.indicatorId !== null && value?.type === 'number' && value.value > 10 && UNITS.includes(row.unit);
  });
  if (found === undefined) throw new Error('no amount row');
  return found;
}

interface JsonFinding {
  address: string | null;
  severity: string;
  code: string;
  explained: boolean;
  message: string;
}

function findingsOf(json: string): JsonFinding[] {
  const written = JSON.parse(fs.readFileSync(json, 'utf8')) as { files: Array<{ sheets: Array<{ findings: JsonFinding[] }> }> };
  return written.files.flatMap((file) => file.sheets.flatMap((sheet) => sheet.findings));
}

interface Carried {
  file: string;
  sheet: string;
  row: ReturnRow;
}

/**
 * 柯桥区's 2024 return with a 说明 on one row, accepted; `template --from` makes the 2025 form; the county types
 * 2025's values (those of an accepted 2025 sample), that row's as 10⁴ times its value.
 */
async function carriedWithSlip(name: string): Promise<Carried> {
  const lastYear = write(`${name}-2024.xlsx`, await sample(2024));
  const typed = write(`${name}-typed.xlsx`, await sample(2025));
  const [typedSheet] = await sheetsOf(typed);
  const [lastSheet] = await sheetsOf(lastYear);
  if (typedSheet === undefined || lastSheet === undefined) throw new Error('no sheet');
  const row = slipRow(lastSheet, typedSheet);
  await edit(lastYear, (workbook) => {
    worksheetOf(workbook, lastSheet.sheet).getCell(row.explanation.address).value = CARRIED;
  });
  expect((await cli(['check', lastYear])).status).toBe(0);
  const file = path.join(dir, `${name}-2025.xlsx`);
  const made = await cli(['template', '--from', lastYear, '--year', '2025', '-o', file]);
  expect([made.status, made.stderr]).toEqual([0, '']);
  const [sheet] = await sheetsOf(file);
  if (sheet === undefined) throw new Error('no sheet');
  await edit(file, (workbook) => {
    const worksheet = worksheetOf(workbook, sheet.sheet);
    for (const typedRow of typedSheet.rows) {
      const cell = typedRow.actuals[2025];
      const target = sheet.rows.find((other) => other.indicatorId === typedRow.indicatorId)?.actuals[2025];
      if (cell === undefined || target === undefined || cell.value.type === 'empty') continue;
      const value = cell.value.value;
      worksheet.getCell(target.address).value = typedRow.indicatorId === row.indicatorId && typeof value === 'number' ? value * 10_000 : value;
    }
  });
  const carriedRow = sheet.rows.find((other) => other.indicatorId === row.indicatorId);
  if (carriedRow === undefined) throw new Error('row not carried');
  return { file, sheet: sheet.sheet, row: carriedRow };
}

describe('a 说明 carried by template --from explains the year it was written for', () => {
  it('left unchanged, does not explain a slip typed in the new year: check rejects and names the row', async () => {
    const { file, row } = await carriedWithSlip('unchanged');
    expect((await sheetsOf(file))[0]?.metadata?.carriedExplanations).toEqual({ fromYear: 2024, texts: { [row.indicatorId ?? '']: CARRIED } });
    const { status } = await cli(['check', file, '--json', `${file}.json`]);
    expect(status).toBe(2);
    const findings = findingsOf(`${file}.json`);
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    const slip = findings.filter((finding) => finding.address === row.actuals[2025]?.address);
    expect(slip.map((finding) => [finding.code.startsWith('check.magnitude_slip'), finding.explained])).toContainEqual([true, false]);
    const carried = findings.filter((finding) => finding.code === 'check.explanation_carried');
    const name = planOf(KEQIAO).indicators.find((indicator) => indicator.id === row.indicatorId)?.name;
    expect(carried.map((finding) => [finding.address, finding.explained, finding.message])).toEqual([[
      row.explanation.address, false,
      `「${name}」的说明（${row.explanation.address}）是由 2024 年报表带入的原文，未改动：它写的是 2024 年的情况，不能说明本表 2025 年数值的 ${slip.length} 处警告。请先核实 2025 年的数值；核实无误的，在说明栏写明 2025 年的情况。`,
    ]]);
    await cli(['check', file, '--lang', 'en-US', '--json', `${file}.en.json`]);
    expect(findingsOf(`${file}.en.json`).find((finding) => finding.code === 'check.explanation_carried')?.message)
      .toContain(`(${row.explanation.address}) is the text carried over unchanged from the 2024 return`);
  });

  it('edited for the new year, explains it: accepted with explanations', async () => {
    const { file, sheet, row } = await carriedWithSlip('edited');
    await edit(file, (workbook) => {
      worksheetOf(workbook, sheet).getCell(row.explanation.address).value = '2025年新增企业纳入统计，数值已核实';
    });
    const { status, stdout } = await cli(['check', file]);
    expect(stdout).not.toContain('带入的原文');
    expect(status).toBe(1);
  });

  it('on a form without the record (made before it was kept), explains it as before', async () => {
    const { file } = await carriedWithSlip('old');
    await edit(file, (workbook) => {
      worksheetOf(workbook, '_meta').eachRow((line) => {
        if (line.getCell(1).value === 'carriedExplanations') line.values = [];
      });
    });
    expect((await sheetsOf(file))[0]?.metadata?.carriedExplanations).toBeUndefined();
    const { status, stdout } = await cli(['check', file]);
    expect(stdout).not.toContain('带入的原文');
    expect(status).toBe(1);
  });
});
