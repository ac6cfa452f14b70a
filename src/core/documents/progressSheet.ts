/**
 * 完成进度 against 序时进度 per indicator, as a values table in the document style: the data of the chart the
 * task pane draws beside it in Excel (office-js charts), and the table alone in an .xlsx (ExcelJS writes no charts).
 */
import { ANNEX, rangeA1 } from '../form';
import { documentSheet, documentStyles, FIRST_BODY_ROW, HEADER_ROW } from './documentSheet';
import { SheetBuilder } from '../layout';
import type { SheetLayout } from '../layout';

const PROGRESS = {
  header: ['序号', '指标', '完成进度', '序时进度'],
  // The cover's words: on a multiplicative path 序时进度 is the share of the gain the path expects, not of the years.
  note: ANNEX.progressNote,
} as const;

export interface ProgressSheetInput {
  name: string;
  caption: string;
  /** Fractions: 0.6 is 60 %. */
  rows: ReadonlyArray<{ name: string; completion: number; timeShare: number }>;
}

/** The chart's data: indicator names and the two series, with their header row (A1 range). */
export function progressChartRange(rowCount: number): string {
  return rangeA1({ top: HEADER_ROW, left: 1, bottom: HEADER_ROW + Math.max(1, rowCount), right: 3 });
}

export function progressSheetLayout(input: ProgressSheetInput): SheetLayout {
  const sheet = new SheetBuilder(documentStyles());
  input.rows.forEach((row, i) => {
    const r = FIRST_BODY_ROW + i;
    sheet.text(r, 0, String(i + 1), 'raw');
    sheet.text(r, 1, row.name, 'text');
    sheet.set(r, 2, { kind: 'number', value: row.completion }, 'percent');
    sheet.set(r, 3, { kind: 'number', value: row.timeShare }, 'percent');
  });
  return documentSheet(
    {
      name: input.name,
      caption: input.caption,
      headers: [...PROGRESS.header],
      notes: [PROGRESS.note],
      fits: { 0: { min: 5, max: 6 }, 1: { min: 20, max: 44 }, 2: { min: 10, max: 12 }, 3: { min: 10, max: 12 } },
    },
    sheet,
    input.rows.length,
  );
}
