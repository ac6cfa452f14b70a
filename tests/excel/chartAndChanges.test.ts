/**
 * The two office-js calls the task pane adds: a bar chart beside the progress values, and a handler told of
 * changes (on the worksheet collection from ExcelApi 1.9, on the active sheet before). On office-addin-mock.
 */
import { addBarChart, watchChanges } from '../../src/excel';
import { mockContext } from '../support/excel/officeMock';

describe('addBarChart', () => {
  it('charts the range by columns, titled, legend below, first row on top, placed beside the table, in one round trip', async () => {
    const calls: unknown[][] = [];
    const chart = {
      title: { text: '' }, legend: { position: '' }, axes: { categoryAxis: { reversePlotOrder: false } },
      setPosition(from: string, to: string) { calls.push(['setPosition', from, to]); },
    };
    const { mock, context, syncs } = mockContext({
      workbook: {
        worksheets: {
          getItem(name: string) {
            calls.push(['getItem', name]);
            return {
              getRange(address: string) { calls.push(['getRange', address]); return { address }; },
              charts: { add(type: string, range: { address: string }, seriesBy: string) { calls.push(['add', type, range.address, seriesBy]); return chart; } },
            };
          },
        },
      },
    });
    void mock;
    await addBarChart(context, '完成进度-越城区2023', 'B2:D14', '完成进度与序时进度', { from: 'F2', to: 'N24' });
    expect(calls).toEqual([['getItem', '完成进度-越城区2023'], ['getRange', 'B2:D14'], ['add', 'BarClustered', 'B2:D14', 'Columns'], ['setPosition', 'F2', 'N24']]);
    expect([chart.title.text, chart.legend.position, chart.axes.categoryAxis.reversePlotOrder]).toEqual(['完成进度与序时进度', 'Bottom', true]);
    expect(syncs()).toBe(1);
  });
});

describe('watchChanges', () => {
  function workbook() {
    const added: Array<{ on: string; handler: () => Promise<void> }> = [];
    const source = (on: string) => ({ onChanged: { add(handler: () => Promise<void>) { added.push({ on, handler }); return { remove: () => undefined }; } } });
    const data = { workbook: { worksheets: { ...source('collection'), getActiveWorksheet: () => source('active sheet') } } };
    return { added, ...mockContext(data) };
  }

  it('listens to every sheet where ExcelApi 1.9 allows, calling back on each change, in one round trip', async () => {
    const { added, context, syncs } = workbook();
    let told = 0;
    await watchChanges(context, () => { told += 1; }, () => true);
    expect(added.map((entry) => entry.on)).toEqual(['collection']);
    await added[0]?.handler();
    expect([told, syncs()]).toEqual([1, 1]);
  });

  it('listens to the active sheet on an ExcelApi 1.8 host', async () => {
    const { added, context } = workbook();
    await watchChanges(context, () => undefined, (_set, version) => Number(version.split('.')[1]) <= 8);
    expect(added.map((entry) => entry.on)).toEqual(['active sheet']);
  });
});
