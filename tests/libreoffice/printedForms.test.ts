/**
 * Forms that print (issue 12.2): the reporting form of every plan in the catalog, for the first, a middle and the last
 * year of its period, written as the generator writes it, printed by LibreOffice to PDF in one run and read back:
 * A4 landscape, the header row on every page, every column's header on every page (no column pushed onto a page
 * of its own, away from the indicator names), at the scale the file asks for — at least 85 %, as measured from
 * the printed size of the header text against the same text printed at 100 %.
 * In the same LibreOffice run (a run that opens documents costs some 5 s of CPU, decision 0252): the reporting sheet's
 * 完成进度 and 序时进度 never print as the opposite of its 状态 (decision 0244 addendum); and the suite of
 * printedForms/printedTitles.suite.ts (the command line's outputs printed), whose top-level beforeAll queues its
 * workbooks (`convertLater`) before the beforeAll below prints them with this file's (decision 0261).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { reportingYearsOf } from '../../src/core/arguments';
import { reportingWorkbookLayout, shownText, type SheetLayout } from '../../src/core/layout';
import { MIN_PRINT_SCALE } from '../../src/core/layout/printScale';
import { workbookBytes } from '../../src/xlsx/renderWorkbook';
import { realCatalog } from '../support/catalog';
import { convertQueued } from '../support/soffice';
import './printedForms/printedTitles.suite';
import { partText } from '../support/xlsx/zipFixtures';
import { Cells, edit, template, YUECHENG } from '../support/xlsx/filledReturns';
import { HIGHTECH, SMES, TURNOVER } from '../support/xlsx/messyReturn';

interface PrintedForm {
  name: string;
  xlsx: string;
  /** Every line of every printed column's header, as the layout writes it. */
  headerLines: string[];
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'printed-forms-'));
const HEADER_ROW = 6;
const forms: PrintedForm[] = [];
const pdfOf = new Map<string, string>();
let reference = '';
let twoSheets = '';
const TWO_SHEETS = ['柯桥区规划', '省高新技术产业规划'];

/** Years a statistician would print: the first, a middle and the last of the plan's reporting years. */
function representativeYears(first: number, last: number): number[] {
  return [...new Set([first, Math.floor((first + last) / 2), last])];
}

function printedHeaderLines(sheet: SheetLayout): string[] {
  const lastPrinted = Math.max(...sheet.columns.filter((column) => !column.hidden).map((column) => column.col));
  return sheet.cells
    .filter((cell) => cell.row === HEADER_ROW && cell.col <= lastPrinted)
    .flatMap((cell) => shownText(cell.value).split('\n'));
}

/** 序号 in 黑体 11 pt at 100 %: the yardstick for the printed size of the forms' header. */
async function referenceWorkbook(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('参照');
  sheet.getCell('A1').value = '序号';
  sheet.getCell('A1').font = { name: '黑体', size: 11 };
  sheet.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: false, scale: 100 };
  await workbook.xlsx.writeFile(file);
}

interface PrintedBoxes {
  /** Each page's size in PDF points. */
  pages: Array<{ width: number; height: number }>;
  /** The words of page 1 with their boxes (pdftotext -bbox's XHTML). */
  firstPage: string;
}

const boxesOf = new Map<string, PrintedBoxes>();
/** Every page's size and page 1's words with their boxes, from one `pdftotext -bbox` of the PDF. */
function printedBoxes(pdf: string): PrintedBoxes {
  let boxes = boxesOf.get(pdf);
  if (boxes === undefined) {
    const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
    const pages = [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">/gu)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
    boxes = { pages, firstPage: html.split('</page>')[0] ?? '' };
    boxesOf.set(pdf, boxes);
  }
  return boxes;
}

/** The height of the first word `text` on page 1, in PDF points. */
function printedHeight(pdf: string, text: string): number {
  const word = new RegExp(`<word xMin="[\\d.]+" yMin="([\\d.]+)" xMax="[\\d.]+" yMax="([\\d.]+)">${text}</word>`, 'u').exec(printedBoxes(pdf).firstPage);
  if (word === null) throw new Error(`${text} not printed on page 1 of ${pdf}`);
  return Number(word[2]) - Number(word[1]);
}

function pageSizes(pdf: string): Array<{ width: number; height: number }> {
  return printedBoxes(pdf).pages;
}

const pagesOfPdf = new Map<string, string[]>();
function pagesOf(pdf: string): string[] {
  let pages = pagesOfPdf.get(pdf);
  if (pages === undefined) {
    pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f').filter((page) => page.trim() !== '');
    pagesOfPdf.set(pdf, pages);
  }
  return pages;
}

/** The page setup the form's sheet asks for, read from its XML (`<pageSetup scale>`, `<pageSetUpPr fitToPage>`). */
async function scaleWritten(xlsx: string): Promise<{ scale: number | undefined; fitToPage: boolean }> {
  const bytes = fs.readFileSync(xlsx);
  const rid = /<sheet\b[^>]*\br:id="([^"]+)"/u.exec(await partText(bytes, 'xl/workbook.xml'))?.[1];
  const relation = [...(await partText(bytes, 'xl/_rels/workbook.xml.rels')).matchAll(/<Relationship\b[^>]*>/gu)].find((m) => m[0].includes(`Id="${rid}"`))?.[0];
  const target = /\bTarget="([^"]+)"/u.exec(relation ?? '')?.[1];
  if (target === undefined) throw new Error(`no first sheet in ${xlsx}`);
  const sheet = await partText(bytes, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  const scale = /<pageSetup\b[^>]*\bscale="(\d+)"/u.exec(sheet)?.[1];
  return { scale: scale === undefined ? undefined : Number(scale), fitToPage: /<pageSetUpPr\b[^>]*\bfitToPage="(?:1|true)"/u.test(sheet) };
}

const honest = { behind: path.join(dir, 'behind.xlsx'), short: path.join(dir, 'short.xlsx') };
/** Two returns of 越城区 whose 完成进度 sits a hair short of 序时进度 (2023) and of 100 % (2025). */
async function honestPercentReturns(): Promise<string[]> {
  // 越城区 2020 → 2025: 高新技术企业数 344 → 650, so 2023's 序时进度 is 60 %.
  const midYear = await template(YUECHENG, 2023);
  const mid = new Cells(midYear);
  fs.writeFileSync(honest.behind, await edit(midYear.bytes, (sheet) => {
    sheet.getCell(mid.actual(HIGHTECH, 2023)).value = 527.5; // (527.5 − 344) / 306 = 59.967 %
    sheet.getCell(mid.actual(SMES, 2023)).value = 1795.1969; // 1338 → 2100: 457.1969 / 762 = 59.99959 %
    sheet.getCell(mid.actual(TURNOVER, 2023)).value = 17;
  }));
  const lastYear = await template(YUECHENG, 2025);
  const last = new Cells(lastYear);
  fs.writeFileSync(honest.short, await edit(lastYear.bytes, (sheet) => {
    sheet.getCell(last.actual(HIGHTECH, 2025)).value = 649.9; // 305.9 / 306 = 99.967 %
  }));
  return [honest.behind, honest.short];
}

beforeAll(async () => {
  const catalog = realCatalog();
  for (const plan of catalog.catalog.plans) {
    const { first, last } = reportingYearsOf([plan]);
    for (const year of representativeYears(first, last)) {
      const layout = reportingWorkbookLayout({ plans: [plan], region: plan.plan.region, reportingYear: year, merge: false, catalogVersion: catalog.version });
      const name = `${plan.plan.id}-${year}`;
      const xlsx = path.join(dir, `${name}.xlsx`);
      fs.writeFileSync(xlsx, await workbookBytes(layout, { created: new Date('2025-01-15T00:00:00Z') }));
      forms.push({ name, xlsx, headerLines: printedHeaderLines(layout.sheets[0] as SheetLayout) });
    }
  }
  const referenceXlsx = path.join(dir, 'reference.xlsx');
  await referenceWorkbook(referenceXlsx);
  // A county's return of its own plan and a provincial one: two sheets printed together.
  const [own, provincial] = ['keqiao-2021-2025', 'zj-hightech-industry-2021-2025'].map((id) => catalog.catalog.plans.find((plan) => plan.plan.id === id));
  if (own === undefined || provincial === undefined) throw new Error('plans missing');
  const twoSheetsXlsx = path.join(dir, 'two-sheets.xlsx');
  const twoSheetLayout = reportingWorkbookLayout([own, provincial].map((plan, i) => ({
    plans: [plan], region: own.plan.region, reportingYear: 2024, merge: false, catalogVersion: catalog.version, sheetName: TWO_SHEETS[i] as string,
  })));
  fs.writeFileSync(twoSheetsXlsx, await workbookBytes(twoSheetLayout, { created: new Date('2025-01-15T00:00:00Z') }));
  const inputs = [...forms.map((form) => form.xlsx), referenceXlsx, twoSheetsXlsx, ...await honestPercentReturns()];
  const pdfs = await convertQueued(dir, 'pdf', inputs);
  inputs.forEach((input, i) => pdfOf.set(input, pdfs[i] as string));
  reference = pdfOf.get(referenceXlsx) as string;
  twoSheets = pdfOf.get(twoSheetsXlsx) as string;
}, 600_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('every plan’s form prints on A4 landscape, one page wide, at 85 % or more', () => {
  it('covers every plan of the catalog with three years each (fewer where the period is shorter)', () => {
    const plans = realCatalog().catalog.plans.map((plan) => plan.plan.id);
    expect(plans.length).toBeGreaterThanOrEqual(12);
    for (const id of plans) expect([id, forms.some((form) => form.name.startsWith(`${id}-`))]).toEqual([id, true]);
  });

  it('every page is A4 landscape', () => {
    for (const form of forms) {
      const sizes = pageSizes(pdfOf.get(form.xlsx) as string);
      expect(sizes.length).toBeGreaterThan(0);
      for (const size of sizes) {
        expect([form.name, Math.round(size.width), Math.round(size.height)]).toEqual([form.name, 842, 595]);
      }
    }
  });

  it('every page repeats the header row with every column’s header beside the indicator names', () => {
    for (const form of forms) {
      const pages = pagesOf(pdfOf.get(form.xlsx) as string);
      pages.forEach((page, i) => {
        const squeezed = page.replace(/\s+/gu, '');
        const missing = form.headerLines.filter((line) => !squeezed.includes(line.replace(/\s+/gu, '')));
        expect([form.name, `page ${i + 1} of ${pages.length}`, missing]).toEqual([form.name, `page ${i + 1} of ${pages.length}`, []]);
      });
    }
  });

  it('the file asks for a fixed scale of at least 85 %, and the header prints at that size', async () => {
    const atFull = printedHeight(reference, '序号');
    for (const form of forms) {
      const { scale, fitToPage } = await scaleWritten(form.xlsx);
      expect([form.name, fitToPage]).toEqual([form.name, false]);
      expect([form.name, (scale ?? 0) >= MIN_PRINT_SCALE]).toEqual([form.name, true]);
      const printed = Math.round((100 * printedHeight(pdfOf.get(form.xlsx) as string, '序号')) / atFull);
      // 11-point text printed at `scale` %: the header's height on paper says the same, within a percent.
      expect([form.name, Math.abs(printed - (scale ?? 0)) <= 1, printed]).toEqual([form.name, true, printed]);
    }
  });

  it('every page’s footer names its sheet and its page, counted per sheet', () => {
    // The footer is the page's last "<sheet> 第 N 页" (a merged cell cut by the page break may print below it).
    const footers = (pages: string[]) => pages.map((page) => [...page.matchAll(/(\S+)\s+第\s*(\d+)\s*页/gu)].map((m) => `${m[1]} ${m[2]}`).pop() ?? page.slice(-80));
    for (const form of forms.slice(0, 6)) {
      const pages = pagesOf(pdfOf.get(form.xlsx) as string);
      expect([form.name, footers(pages)]).toEqual([form.name, pages.map((_, i) => `指标填报 ${i + 1}`)]);
    }
    const pages = pagesOf(twoSheets);
    const printed = footers(pages);
    const first = printed.filter((footer) => footer.startsWith(`${TWO_SHEETS[0]} `));
    const second = printed.filter((footer) => footer.startsWith(`${TWO_SHEETS[1]} `));
    expect(first.length).toBeGreaterThan(0);
    expect(second.length).toBeGreaterThan(0);
    expect(printed).toEqual([...first.map((_, i) => `${TWO_SHEETS[0]} ${i + 1}`), ...second.map((_, i) => `${TWO_SHEETS[1]} ${i + 1}`)]);
    expect(pages.join('')).not.toMatch(/共\s*\d+\s*页/u);
  });
});

/** The printed line of the row named `name` (pdftotext -layout keeps a row on one line). */
const lineOf = (pages: readonly string[], name: string) => pages.join('\n').split('\n').find((line) => line.includes(name)) ?? '';

it('prints 完成进度 with the decimals that keep it short of 序时进度 and of 100 %, as its status says', () => {
  const [behindPages, shortPages] = [honest.behind, honest.short].map((xlsx) => pagesOf(pdfOf.get(xlsx) as string)) as [string[], string[]];
  expect(lineOf(behindPages, '高新技术企业数')).toMatch(/59\.97%\s+60\.0%\s+滞后/u);
  expect(lineOf(shortPages, '高新技术企业数')).toMatch(/99\.97%\s+100\.0%\s+未达标/u);
  // Within 0.0005 points it takes four decimals, and the column is wide enough to print them.
  expect(lineOf(behindPages, '科技型中小企业')).toMatch(/59\.9996%\s+60\.0%\s+滞后/u);
  // A figure that does not round onto its mark keeps the sheet's one decimal.
  expect(lineOf(behindPages, '技术市场交易成交额')).toMatch(/\s\d+\.\d%\s+\d+\.\d%\s/u);
});
