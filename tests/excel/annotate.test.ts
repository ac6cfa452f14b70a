import type { Finding } from '../../src/core/checks';
import { renderFinding, type Locale } from '../../src/core/i18n';
import { NOT_A_NUMBER, reportingSheetMap, STATUS_SWATCH, type SheetLayout } from '../../src/core/layout';
import { a1 } from '../../src/core/form';
import { annotateFindings, writeWorkbookLayout } from '../../src/excel';
import { ANNOTATION_SETTING } from '../../src/excel/annotate';
import { FakeExcel } from '../support/excel/fakeExcel';
import { plan, realCatalog, reportingWorkbookOf } from '../support/excel/layouts';
import { reportingWorkbookLayout } from '../../src/core/layout';
import { ExcelAdapterError } from '../../src/excel/errors';
import { EVERYTHING, OFFICE_2021 } from '../support/excel/measureWrite';
import { placeOfAddress, sheetRef, type SheetPlace } from '../../src/core/form';

/** Excel 2019 with the 1.8/1.9 sets: no comments, no notes. */
const PAGE_SETUP_ONLY = (_set: string, version: string) => Number(version.split('.')[1]) <= 9;

async function generated() {
  const excel = new FakeExcel();
  excel.workbook.addSheet('Sheet1');
  const layout = reportingWorkbookOf(20);
  await writeWorkbookLayout(excel.context, layout, { isSupported: EVERYTHING });
  const sheetLayout = layout.sheets[0] as SheetLayout;
  const map = reportingSheetMap(sheetLayout);
  excel.requests.length = 0;
  const sheet = excel.workbook.find(sheetLayout.name);
  if (sheet === undefined) throw new Error('not written');
  const actual = (row: number) => a1(map.firstDataRow + row, map.columns.actuals[2023] as number);
  return { excel, sheet, name: sheetLayout.name, actual, map };
}

/** A finding quoting `text` (a renamed row's name): each is told apart by it in the notes. */
function finding(sheet: string, cell: string | SheetPlace | null, severity: 'error' | 'warning', text: string): Finding {
  const place = typeof cell === 'string' ? placeOfAddress(cell) : cell;
  return {
    sheet, ref: place === null ? null : sheetRef(sheet, place), indicatorId: null, ruleId: 'structure', severity, code: 'structure.row_renamed',
    params: { row: 1, id: 'x', found: text, expectedName: '原名' }, value: null, expected: null, explained: false, explanation: null,
  };
}

/** The bullet a note shows for the finding quoting `text`, worded by the edge function. */
const bullet = (text: string, locale: Locale = 'zh-CN') => `• ${renderFinding(finding('', null, 'error', text), locale)}`;

describe('annotating findings with notes (ExcelApi 1.18)', () => {
  it('puts one note per cell, with every finding of the cell, and protects the sheet again as it was', async () => {
    const { excel, sheet, name, actual, map } = await generated();
    const options = { ...sheet.protection.options };
    const report = await annotateFindings(excel.context, [
      finding(name, actual(0), 'error', '不是数值'),
      finding(name, actual(0), 'warning', '与上年相比变动过大'),
      finding(name, { row: map.firstDataRow + 2 }, 'error', '名称被改写'),
      finding(name, null, 'error', '缺少元数据'),
    ], 'zh-CN', { isSupported: EVERYTHING });
    expect(report).toEqual({ mode: 'notes', cells: 2, syncs: 3 });
    expect(excel.workbook.notes.map((note) => [note.cell, note.content])).toEqual([
      [actual(0), `【审核意见】\n${bullet('不是数值')}\n${bullet('与上年相比变动过大')}`],
      [`A${map.firstDataRow + 3}`, `【审核意见】\n${bullet('名称被改写')}`],
    ]);
    expect(sheet.protection).toEqual({ protected: true, options, password: null });
  });

  it('replaces its earlier notes, removes them where the finding is gone, and keeps what the user wrote', async () => {
    const { excel, sheet, name, actual } = await generated();
    excel.workbook.notes.push({ sheet, cell: actual(1), content: '数据来自统计年鉴' });
    await annotateFindings(excel.context, [finding(name, actual(0), 'error', '旧意见'), finding(name, actual(1), 'warning', '旧意见')], 'zh-CN', { isSupported: EVERYTHING });
    await annotateFindings(excel.context, [finding(name, actual(1), 'warning', 'Changed a lot')], 'en-US', { isSupported: EVERYTHING });
    expect(excel.workbook.notes.map((note) => [note.cell, note.content])).toEqual([[actual(1), `数据来自统计年鉴\n\n[Review findings]\n${bullet('Changed a lot', 'en-US')}`]]);
  });

  it('clears a sheet that has no finding left when the caller names it', async () => {
    const { excel, name, actual } = await generated();
    await annotateFindings(excel.context, [finding(name, actual(0), 'error', '不是数值')], 'zh-CN', { isSupported: EVERYTHING });
    await annotateFindings(excel.context, [], 'zh-CN', { isSupported: EVERYTHING, sheets: [name] });
    expect(excel.workbook.notes).toEqual([]);
  });
});

/** Two reporting sheets of 越城区, 甲 and 乙, written to a fake workbook; `place` is 2023's first entry cell. */
async function twoSheetsWritten() {
  const excel = new FakeExcel();
  excel.workbook.addSheet('Sheet1');
  const yuecheng = plan('yuecheng-2021-2025');
  const input = (sheetName: string) => ({ plans: [yuecheng], region: yuecheng.plan.region, reportingYear: 2023, merge: false, catalogVersion: realCatalog().version, sheetName });
  const layout = reportingWorkbookLayout([input('甲'), input('乙')]);
  await writeWorkbookLayout(excel.context, layout, { isSupported: EVERYTHING });
  const map = reportingSheetMap(layout.sheets[0] as SheetLayout);
  const place = { row: map.firstDataRow, col: map.columns.actuals[2023] as number };
  return { excel, place, cell: a1(place.row, place.col) };
}

describe('a sheet whose findings were all corrected', () => {
  it.each([['notes', EVERYTHING], ['comments', OFFICE_2021]] as const)('loses its earlier marks though no finding names it, keeping what the user wrote (%s)', async (_mode, isSupported) => {
    const { excel, cell } = await twoSheetsWritten();
    const marks = () => (isSupported === EVERYTHING ? excel.workbook.notes : excel.workbook.comments).filter((note) => note.cell === cell).map((note) => [note.sheet.name, note.content]);
    const before = marks();
    await annotateFindings(excel.context, [finding('甲', cell, 'error', '不是数值'), finding('乙', cell, 'error', '不是数值')], 'zh-CN', { isSupported });
    const own = (isSupported === EVERYTHING ? excel.workbook.notes : excel.workbook.comments).find((note) => note.sheet.name === '乙' && note.cell === cell);
    if (own === undefined) throw new Error('not marked');
    own.content = `口径见附件\n\n${own.content}`;
    // 乙 was corrected: the next review finds nothing there.
    await annotateFindings(excel.context, [finding('甲', cell, 'error', '不是数值')], 'zh-CN', { isSupported });
    expect(marks()).toEqual([...before, ['甲', `【审核意见】\n${bullet('不是数值')}`], ['乙', '口径见附件']]);
    expect(['甲', '乙'].map((name) => excel.workbook.find(name)?.protection.protected)).toEqual([true, true]);
  });
});

describe('on hosts without notes', () => {
  it('writes threaded comments on Office 2021 (ExcelApi 1.10–1.14)', async () => {
    const { excel, name, actual } = await generated();
    const before = excel.workbook.comments.length;
    const report = await annotateFindings(excel.context, [finding(name, actual(2), 'error', '不是数值')], 'zh-CN', { isSupported: OFFICE_2021 });
    expect(report.mode).toBe('comments');
    expect(excel.workbook.comments.slice(before).map((comment) => [comment.cell, comment.content])).toEqual([[actual(2), `【审核意见】\n${bullet('不是数值')}`]]);
  });

  it('colours the cell and borders it thick on Office 2019, and puts both back the next time', async () => {
    const { excel, sheet, name, actual, map } = await generated();
    const cell = sheet.peek(map.firstDataRow, map.columns.actuals[2023] as number);
    const fillBefore = cell?.format.get('fill.color');
    const edgeBefore = cell?.format.get('borders.EdgeTop.weight');
    const report = await annotateFindings(excel.context, [finding(name, actual(0), 'error', '不是数值'), finding(name, actual(1), 'warning', '变动过大')], 'zh-CN', { isSupported: PAGE_SETUP_ONLY });
    expect(report).toEqual({ mode: 'fill', cells: 2, syncs: 3 });
    expect(cell?.format.get('fill.color')).toBe(NOT_A_NUMBER.fill);
    expect(cell?.format.get('borders.EdgeTop.weight')).toBe('Thick');
    expect(sheet.peek(map.firstDataRow + 1, map.columns.actuals[2023] as number)?.format.get('fill.color')).toBe(STATUS_SWATCH.behind.fill);
    expect(excel.workbook.settings.get(ANNOTATION_SETTING)).toMatchObject({ [name]: [{ cell: actual(0), fill: fillBefore }, { cell: actual(1) }] });
    expect(sheet.protection.protected).toBe(true);

    await annotateFindings(excel.context, [], 'zh-CN', { isSupported: PAGE_SETUP_ONLY, sheets: [name] });
    expect(cell?.format.get('fill.color')).toBe(fillBefore);
    expect(cell?.format.get('borders.EdgeTop.weight')).toBe(edgeBefore);
    expect(excel.workbook.settings.get(ANNOTATION_SETTING)).toEqual({});
  });
});

describe('a sheet that will not be unprotected (a password the county added)', () => {
  /** Two reporting sheets of 越城区, the second protected with a password after it was written. */
  async function twoSheets() {
    const { excel, place, cell } = await twoSheetsWritten();
    const [first, second] = ['甲', '乙'].map((name) => excel.workbook.find(name));
    if (first === undefined || second === undefined) throw new Error('not written');
    second.protection = { ...second.protection, password: '123' };
    const look = () => [first, second].map((sheet) => ({
      fill: sheet.peek(place.row, place.col)?.format.get('fill.color'), edge: sheet.peek(place.row, place.col)?.format.get('borders.EdgeTop.weight'), protection: { ...sheet.protection },
    }));
    return { excel, cell, look };
  }

  it.each([['notes', EVERYTHING], ['colour', PAGE_SETUP_ONLY]] as const)('marks no sheet at all, leaves every protection as it was, and names the sheet (%s)', async (_mode, isSupported) => {
    const { excel, cell, look } = await twoSheets();
    const before = look();
    // The forms' own notes (a 每年 target's) are there before; nothing may be added to them.
    const notesBefore = [...excel.workbook.notes];
    const refused = await annotateFindings(excel.context, [finding('甲', cell, 'error', '不是数值'), finding('乙', cell, 'error', '不是数值')], 'zh-CN', { isSupported }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ExcelAdapterError);
    expect(refused).toMatchObject({ code: 'excel.sheet_locked', params: { sheet: '乙' } });
    expect(excel.workbook.notes).toEqual(notesBefore);
    expect(look()).toEqual(before);
    expect(excel.workbook.settings.has(ANNOTATION_SETTING)).toBe(false);
  });
});
