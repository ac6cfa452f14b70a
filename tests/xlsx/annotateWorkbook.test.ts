/**
 * A reviewer's annotated copy: each offending cell carries a note in the chosen language and a red (error)
 * or amber (warning) fill that shows over the status colours; nothing typed or computed changes, and the
 * copy checks exactly as the original did.
 */
import ExcelJS from 'exceljs';
import { argb, AMBER, RED } from '../../src/core/layout';
import { a1 } from '../../src/core/form';
import { annotateWorkbook } from '../../src/xlsx/annotateWorkbook';
import { ReturnFileError } from '../../src/xlsx/fileProblem';
import { Cells, checkSheet, edit, readOk, summary, template, YUECHENG, type Template } from '../support/xlsx/filledReturns';
import { HIGHTECH, messyReturn, RD, SMES, TURNOVER } from '../support/xlsx/messyReturn';
import { partText } from '../support/xlsx/zipFixtures';
import { placeA1 } from '../../src/core/form';
import { shown } from '../support/shown';

const Y = (name: string) => `${YUECHENG}.${name}`;

let tpl: Template;
let at: Cells;
let messy: Uint8Array;

async function loaded(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const sheet = workbook.getWorksheet('指标填报');
  if (sheet === undefined) throw new Error('no sheet');
  return sheet;
}

const noteOf = (cell: ExcelJS.Cell) => (typeof cell.note === 'string' ? cell.note : (cell.note?.texts ?? []).map((run) => run.text).join(''));
const fillOf = (cell: ExcelJS.Cell) => (cell.fill?.type === 'pattern' ? cell.fill.fgColor?.argb : undefined);

beforeAll(async () => {
  tpl = await template(YUECHENG, 2024);
  at = new Cells(tpl);
  messy = await messyReturn(tpl, at);
});

describe('annotateWorkbook', () => {
  it('notes and colours every finding on its cell; the checks of the copy are those of the original', async () => {
    const [sheet] = await readOk(messy);
    const report = checkSheet(sheet as NonNullable<typeof sheet>);
    expect(summary(report).map(([rule, cell, severity]) => [rule, cell, severity])).toEqual([
      ['share_as_fraction', at.actual(RD, 2024), 'warning'],
      ['magnitude_slip', at.actual(TURNOVER, 2024), 'warning'],
      ['not_a_number', at.actual(SMES, 2024), 'error'],
    ]);
    const original = messy.slice();
    const annotated = await annotateWorkbook(messy, report.findings, 'zh-CN');
    expect(Buffer.compare(Buffer.from(original), Buffer.from(messy))).toBe(0);

    const ws = await loaded(annotated);
    const rd = ws.getCell(at.actual(RD, 2024));
    expect(noteOf(rd)).toBe([
      '【警告，已说明】百分比填成小数',
      shown(report.findings[0], 'zh-CN'),
      '填报值：0.028',
      '期望：≈ 2.8',
    ].join('\n'));
    expect(fillOf(rd)).toBe(argb(AMBER.fill));
    expect(noteOf(ws.getCell(at.actual(TURNOVER, 2024)))).toMatch(/^【警告】数量级异常（万\/亿）\n「技术市场交易成交额」/u);
    const smes = ws.getCell(at.actual(SMES, 2024));
    // The person's own (formatted) note stays, ahead of the finding.
    expect(noteOf(smes)).toMatch(/^请核对台账\n\n【错误】非数值\n/u);
    expect(fillOf(smes)).toBe(argb(RED.fill));
    expect(smes.border?.top).toEqual({ style: 'medium', color: { argb: argb(RED.font) } });

    // Nothing else changed: a cell that was not flagged keeps its look and its own note; values and formulas stay.
    expect(fillOf(ws.getCell(at.actual(SMES, 2022)))).toBe(fillOf((await loaded(messy)).getCell(at.actual(SMES, 2022))));
    expect(noteOf(ws.getCell(at.actual(SMES, 2023)))).toBe('来自统计台账');
    // The copy carries values, never a return's formulas (issue 11.4): the formula becomes the value it showed.
    expect(ws.getCell(at.actual(HIGHTECH, 2024)).value).toBe(480);
    const [again] = await readOk(annotated);
    expect(again?.rows.map((row) => [row.indicatorId, row.actuals[2024]?.value])).toEqual(sheet?.rows.map((row) => [row.indicatorId, row.actuals[2024]?.value]));
    expect(summary(checkSheet(again as NonNullable<typeof again>))).toEqual(summary(report));
  });

  it('writes the notes in English when asked', async () => {
    const [sheet] = await readOk(messy);
    const report = checkSheet(sheet as NonNullable<typeof sheet>);
    const ws = await loaded(await annotateWorkbook(messy, report.findings, 'en-US'));
    const note = noteOf(ws.getCell(at.actual(TURNOVER, 2024)));
    expect(note.split('\n')[0]).toBe('[Warning] Order of magnitude (万 / 亿)');
    expect(note).toContain('Entered: 168000');
  });

  it('puts a row finding on the row’s name cell and a sheet finding on the title cell', async () => {
    const bytes = await edit(messy, (sheet) => sheet.spliceRows(at.row(Y('provincial-incubators-maker-spaces')) + 1, 1));
    const [sheet] = await readOk(bytes);
    const report = checkSheet(sheet as NonNullable<typeof sheet>);
    const ws = await loaded(await annotateWorkbook(bytes, report.findings, 'zh-CN'));
    expect(noteOf(ws.getCell('A1'))).toMatch(/^【错误】表格结构\n本表应有的指标「省级科技企业孵化器、众创空间」/u);
    expect(fillOf(ws.getCell('A1'))).toBe(argb(RED.fill));

    const swapped = await edit(messy, (sheet) => {
      const id = sheet.getCell(at.id(HIGHTECH)).value;
      sheet.getCell(at.id(HIGHTECH)).value = sheet.getCell(at.id(SMES)).value;
      sheet.getCell(at.id(SMES)).value = id;
    });
    const [moved] = await readOk(swapped);
    const movedReport = checkSheet(moved as NonNullable<typeof moved>);
    const rowFinding = movedReport.findings.find((finding) => finding.code === 'structure.row_moved');
    expect(rowFinding?.ref && placeA1(rowFinding.ref)).toBe(at.rowRef(SMES));
    const movedWs = await loaded(await annotateWorkbook(swapped, movedReport.findings, 'zh-CN'));
    expect(noteOf(movedWs.getCell(at.name(SMES)))).toContain('被移动过');
  });

  it('makes the colour win over the status colours: a first-priority conditional format on the flagged cells', async () => {
    const [sheet] = await readOk(messy);
    const report = checkSheet(sheet as NonNullable<typeof sheet>);
    const xml = await partText(await annotateWorkbook(messy, report.findings, 'zh-CN'), 'xl/worksheets/sheet1.xml');
    const formats = [...xml.matchAll(/<conditionalFormatting sqref="([^"]+)"><cfRule[^>]*priority="(\d+)"/gu)].map((match) => [match[1], Number(match[2])]);
    expect(formats).toContainEqual([at.actual(SMES, 2024), 1]);
    expect(formats).toContainEqual([`${at.actual(RD, 2024)} ${at.actual(TURNOVER, 2024)}`, 2]);
    expect(Math.min(...formats.filter(([ref]) => String(ref).includes(':')).map(([, priority]) => Number(priority)))).toBe(3);
  });

  it('sizes each note box for its text (ExcelJS would draw every box two columns by four rows)', async () => {
    const [sheet] = await readOk(messy);
    const report = checkSheet(sheet as NonNullable<typeof sheet>);
    const shapesOf = (vml: string) => [...vml.matchAll(/<x:Anchor>([^<]+)<\/x:Anchor>[\s\S]*?<x:Row>(\d+)<\/x:Row>\s*<x:Column>(\d+)<\/x:Column>/gu)]
      .map((match) => ({ anchor: (match[1] ?? '').split(',').map((n) => Number(n.trim())), cell: a1(Number(match[2]), Number(match[3])) }));
    const shapes = shapesOf(await partText(await annotateWorkbook(messy, report.findings, 'zh-CN'), 'xl/drawings/vmlDrawing1.vml'));
    // The notes the return had (the form's own on 每年 targets, those a person typed) stay beside the three added;
    // a finding on a cell with a note joins that note.
    const had = shapesOf(await partText(messy, 'xl/drawings/vmlDrawing1.vml')).map((shape) => shape.cell);
    expect(had).toContain(at.actual(SMES, 2023));
    const flagged = [at.actual(RD, 2024), at.actual(TURNOVER, 2024), at.actual(SMES, 2024)];
    expect(shapes.map((shape) => shape.cell).sort()).toEqual([...new Set([...flagged, ...had])].sort());
    for (const { anchor, cell } of shapes.filter((shape) => flagged.includes(shape.cell))) {
      const [left = 0, , top = 0, , right = 0, , bottom = 0] = anchor;
      expect([cell, right - left >= 3, bottom - top >= 4]).toEqual([cell, true, true]);
    }
  });

  it('refuses bytes that are no workbook with a ReturnFileError', async () => {
    await expect(annotateWorkbook(new Uint8Array([1, 2, 3]), [], 'zh-CN')).rejects.toBeInstanceOf(ReturnFileError);
  });
});
