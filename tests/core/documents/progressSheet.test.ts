import { shownText } from '../../../src/core/layout';
import { progressChartRange, progressSheetLayout } from '../../../src/core/documents';

describe('progressSheetLayout', () => {
  const layout = progressSheetLayout({
    name: '完成进度-越城区2023',
    caption: '绍兴市越城区2023年主要指标完成进度与序时进度',
    rows: [{ name: '高新技术企业数（家）', completion: 0.62, timeShare: 0.6 }, { name: 'R&D经费支出占比（%）', completion: 0.4, timeShare: 0.6 }],
  });
  const text = (row: number, col: number) => layout.cells.find((cell) => cell.row === row && cell.col === col);

  it('holds the caption, the header and one row per indicator with both shares as percentages', () => {
    // Broken into lines of the caption's width (decision 0277).
    expect(shownText(text(0, 0)!.value).replace(/\n/gu, '')).toBe('绍兴市越城区2023年主要指标完成进度与序时进度');
    expect([0, 1, 2, 3].map((col) => shownText(text(1, col)!.value))).toEqual(['序号', '指标', '完成进度', '序时进度']);
    expect([text(2, 1)?.value, text(2, 2)?.value, text(3, 3)?.value]).toEqual([
      { kind: 'text', text: '高新技术企业数（家）' }, { kind: 'number', value: 0.62 }, { kind: 'number', value: 0.6 },
    ]);
    expect(layout.styles[text(2, 2)!.style]?.numberFormat).toBe('0.0%');
  });

  it('says how 序时进度 is computed on a multiplicative path, as the cover does (not the share of the years alone)', () => {
    const notes = layout.cells.map((cell) => shownText(cell.value).replace(/\n/gu, '')).filter((value) => value.startsWith('注：'));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('序时进度＝（报告年－基期年）÷（目标年－基期年）');
    expect(notes[0]).toContain('按复合增长规划的指标，序时进度为按年均增速推算到报告年应完成的增量占比');
  });

  it('gives the chart the names and the two series with their header', () => {
    expect(progressChartRange(2)).toBe('B2:D4');
    expect(progressChartRange(0)).toBe('B2:D3');
  });
});
