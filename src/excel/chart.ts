/**
 * A clustered bar chart of a values table already on a sheet (the pane's 完成进度 against 序时进度 sheet): one bar
 * per row, one series per column, placed beside the table. ExcelApi 1.1; one round trip.
 */
export interface ChartPlacement {
  /** Top-left and bottom-right cells the chart covers, e.g. 'G2', 'P30'. */
  from: string;
  to: string;
}

export async function addBarChart(context: Excel.RequestContext, sheet: string, dataRange: string, title: string, placement: ChartPlacement): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  const chart = worksheet.charts.add('BarClustered', worksheet.getRange(dataRange), 'Columns');
  chart.title.text = title;
  chart.legend.position = 'Bottom';
  // Bars read top to bottom in the table's order (Excel draws the first category at the bottom otherwise).
  chart.axes.categoryAxis.reversePlotOrder = true;
  chart.setPosition(placement.from, placement.to);
  await context.sync();
}
