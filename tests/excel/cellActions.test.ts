/**
 * The one-object actions, on office-addin-mock: its OfficeMockObject enforces load-then-sync (a property read
 * before its load and sync gives an error value) and records what the code sets, which is all these need.
 */
import { reportingSheetMap, type SheetLayout } from '../../src/core/layout';
import { a1 } from '../../src/core/form';
import { loadWorkbookSetting, readSelectedTable, readReturnSheets, saveWorkbookSetting, selectCell, writeExplanation, writeWorkbookLayout } from '../../src/excel';
import { FakeExcel } from '../support/excel/fakeExcel';
import { reportingWorkbookOf } from '../support/excel/layouts';
import { EVERYTHING } from '../support/excel/measureWrite';
import { mockContext, settled } from '../support/excel/officeMock';

function explanationCell(numberFormat: string) {
  const requests: string[] = [];
  const { mock, context, syncs } = mockContext({
    workbook: {
      worksheets: {
        sheet: { range: { numberFormat: [[numberFormat]], values: [['']] }, getRange(address: string) { requests.push(address); return this['range']; } },
        getItem(name: string) { requests.push(name); return this['sheet']; },
      },
    },
  });
  const range = () => (mock['workbook'] as { worksheets: { sheet: { range: { values: unknown[][] } } } }).worksheets.sheet.range;
  return { context, syncs, requests, range };
}

describe('writeExplanation', () => {
  it('writes a text starting with "=" as text: quoted, never a formula', async () => {
    const cell = explanationCell('@');
    await writeExplanation(cell.context, '指标填报', 'R8', '=上年口径调整，见附件');
    expect(cell.requests).toEqual(['指标填报', 'R8']);
    expect(cell.range().values).toEqual([["'=上年口径调整，见附件"]]);
    expect(cell.syncs()).toBe(2);
  });

  it('writes a plain text into a text cell as it is, and quotes any text in a General cell', async () => {
    const textCell = explanationCell('@');
    await writeExplanation(textCell.context, '指标填报', 'R8', '2023-05 起统计口径调整');
    expect(textCell.range().values).toEqual([['2023-05 起统计口径调整']]);
    const generalCell = explanationCell('General');
    await writeExplanation(generalCell.context, '指标填报', 'R8', '10-15');
    expect(generalCell.range().values).toEqual([["'10-15"]]);
  });

  it('writes into the open 说明 cell of a protected reporting sheet, and reads back as the same text', async () => {
    const excel = new FakeExcel();
    excel.workbook.addSheet('Sheet1');
    const layout = reportingWorkbookOf(10);
    await writeWorkbookLayout(excel.context, layout, { isSupported: EVERYTHING });
    const map = reportingSheetMap(layout.sheets[0] as SheetLayout);
    const address = a1(map.firstDataRow, map.columns.explanation);
    await writeExplanation(excel.context, '指标填报', address, '=统计口径调整');
    const [sheet] = await readReturnSheets(excel.context, { isSupported: EVERYTHING });
    expect(sheet?.rows[0]?.explanation).toEqual({ address, value: { type: 'text', value: '=统计口径调整' }, numberFormat: '@' });
  });
});

describe('selectCell', () => {
  it('activates the sheet and selects the cell', async () => {
    const calls: string[] = [];
    const { mock, context } = mockContext({
      workbook: {
        worksheets: {
          sheet: {
            name: '指标填报',
            activate() { calls.push('activate'); },
            getRange(address: string) { calls.push(`range ${address}`); return { select: () => calls.push('select') }; },
          },
          getItemOrNullObject() { return this['sheet']; },
        },
      },
    });
    settled((mock['workbook'] as { worksheets: { sheet: object } }).worksheets.sheet, false);
    await selectCell(context, '指标填报', 'J7', EVERYTHING);
    expect(calls).toEqual(['activate', 'range J7', 'select']);
  });

  it('says which sheet is missing', async () => {
    const { mock, context } = mockContext({ workbook: { worksheets: { sheet: { name: '' }, getItemOrNullObject() { return this['sheet']; } } } });
    settled((mock['workbook'] as { worksheets: { sheet: object } }).worksheets.sheet, true);
    await expect(selectCell(context, '已删除', 'A1', EVERYTHING)).rejects.toMatchObject({ code: 'excel.sheet_missing', params: { sheet: '已删除' } });
  });
});

describe('selectCell on Office 2016 (ExcelApi 1.1: no getItemOrNullObject)', () => {
  it('selects the cell, and says which sheet is missing', async () => {
    const excel = new FakeExcel();
    await writeWorkbookLayout(excel.context, reportingWorkbookOf(10), { isSupported: EVERYTHING });
    excel.workbook.addSheet('Sheet1');
    excel.workbook.active = excel.workbook.find('Sheet1') ?? null;
    excel.apiVersion = '1.1';
    await selectCell(excel.context, '指标填报', 'J7', excel.isSupported);
    expect({ active: excel.workbook.active?.name, selection: excel.workbook.selection?.ref }).toEqual({ active: '指标填报', selection: 'J7' });
    await expect(selectCell(excel.context, '已删除', 'A1', excel.isSupported)).rejects.toMatchObject({ code: 'excel.sheet_missing', params: { sheet: '已删除' } });
  });
});

describe('readSelectedTable', () => {
  function selection(used: Record<string, unknown> | null) {
    // A null object still answers load() for the properties of its type.
    const selected = { used: used ?? { rowCount: 0, columnCount: 0 }, getUsedRangeOrNullObject(this: Record<string, unknown>) { return this['used']; } };
    const { mock, context, syncs } = mockContext({
      workbook: { selected, getSelectedRange(this: Record<string, unknown>) { return this['selected']; } },
    });
    settled((mock['workbook'] as { selected: { used: object } }).selected.used, used === null);
    return { context, syncs };
  }

  it('gives the cells as they are shown, and the value where the column is too narrow to show it', async () => {
    const { context, syncs } = selection({
      rowCount: 2, columnCount: 3,
      text: [['指标', '2023年', '占比'], ['R&D经费', '########', '3.5%']],
      values: [['指标', '2023年', '占比'], ['R&D经费', 1234567890, 0.035]],
    });
    expect(await readSelectedTable(context, EVERYTHING)).toEqual([['指标', '2023年', '占比'], ['R&D经费', '1234567890', '3.5%']]);
    expect(syncs()).toBe(2);
  });

  it('gives nothing for an empty selection, and refuses one too large to read at once', async () => {
    expect(await readSelectedTable(selection(null).context, EVERYTHING)).toEqual([]);
    await expect(readSelectedTable(selection({ rowCount: 1_048_576, columnCount: 2 }).context, EVERYTHING)).rejects.toMatchObject({ code: 'excel.selection_too_large' });
  });
});

describe('workbook settings', () => {
  it('stores a value with the workbook and reads it back', async () => {
    const stored = new Map<string, unknown>();
    const { mock, context } = mockContext({
      workbook: {
        settings: {
          item: { value: '' },
          add(key: string, value: unknown) { stored.set(key, value); },
          getItemOrNullObject(key: string) {
            const item = this['item'] as { value: unknown };
            item.value = stored.get(key) ?? null;
            return item;
          },
        },
      },
    });
    const item = (mock['workbook'] as { settings: { item: object } }).settings.item;
    await saveWorkbookSetting(context, 'planIndicators.catalogVersion', { version: 'c-d48358dc', plans: 12 });
    settled(item, false);
    expect(await loadWorkbookSetting(context, 'planIndicators.catalogVersion')).toEqual({ version: 'c-d48358dc', plans: 12 });
  });

  it('reads a missing key as null', async () => {
    const { mock, context } = mockContext({ workbook: { settings: { item: { value: '' }, getItemOrNullObject() { return this['item']; } } } });
    settled((mock['workbook'] as { settings: { item: object } }).settings.item, true);
    expect(await loadWorkbookSetting(context, 'nothing')).toBeNull();
  });
});
