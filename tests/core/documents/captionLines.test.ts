/**
 * A caption, title-area note or note under a table that wraps prints without a line that begins with a closing mark
 * (decision 0277). Left to the renderer, a caption one character too long for its merged cells wrapped where the
 * width ran out: 建德市《浙江省高新技术产业发展“十四五”规划》主要指标完成情况（2024年 / ，对照2025年目标）, the comma (or a
 * closing ）, ”) alone at the start of the second line. The lines are now broken where Chinese typesetting allows and
 * each fits its merge, so no renderer wraps them again.
 */
import { realCatalog } from '../../support/catalog';
import { annexLayouts, completionTableLayout } from '../../../src/core/documents';
import { ANNEX } from '../../../src/core/form';
import { mergedTexts } from '../../support/core/layout/layoutHelpers';
import { cellTextWidth, shownText, type SheetLayout } from '../../../src/core/layout';
import { fullRegionName, regionsUnder } from '../../../src/core/regions';
import { batchReportLayouts, consolidationSheetLayout } from '../../../src/core/reports';
import { consolidate } from '../../../src/core/consolidation';

const loaded = realCatalog();
/** Marks Chinese typesetting never starts a line with. */
const CLOSING = new Set([...'。，、；：？！）》」』】”’']);

/**
 * The lines a renderer prints a text in, wrapping each of its lines where the width runs out (character by character,
 * as LibreOffice did): the measure of wrappedLines (2.1 units a Chinese character, one unit of margins).
 */
function printedLines(text: string, width: number): string[] {
  const usable = Math.max(1, width - 1) / 1.05;
  return text.split('\n').flatMap((line) => {
    const lines: string[] = [];
    let current = '';
    for (const char of line) {
      if (current !== '' && cellTextWidth(current + char) > usable) {
        lines.push(current);
        current = char;
      } else current += char;
    }
    return [...lines, current];
  });
}

/** Every merged text that wraps, as printed, whose printed lines after the first begin with a closing mark. */
function loneClosingMarks(layout: SheetLayout, bodySize = 11): string[] {
  const found: string[] = [];
  for (const { cell, style, columns } of mergedTexts(layout)) {
    if (!style.alignment.wrapText || cell.value.kind !== 'text') continue;
    const width = columns.reduce((sum, col) => sum + (layout.columns.find((column) => column.col === col)?.width ?? 0), 0);
    const lines = printedLines(cell.value.text, width * Math.min(1, bodySize / style.font.size));
    if (lines.slice(1).some((line) => CLOSING.has([...line][0] ?? ''))) found.push(`${layout.name}: ${lines.join(' / ')}`);
  }
  return found;
}

const counties = regionsUnder('330000').flatMap((city) => [city, ...regionsUnder(city.code)]);

describe('no printed caption line begins with a closing mark', () => {
  it('regression: every city’s and county’s completion table of every plan, the year before the target year', () => {
    const lone: string[] = [];
    for (const plan of loaded.catalog.plans) {
      const targetYear = Math.min(...plan.indicators.flatMap((indicator) => indicator.values.filter((value) => value.role === 'target').map((value) => value.year)).filter((year) => year > plan.plan.period.start));
      for (const region of counties) {
        const caption = ANNEX.regionCompletionCaption(fullRegionName(region), plan.plan.title, targetYear - 1, targetYear);
        lone.push(...loneClosingMarks(completionTableLayout({ catalog: plan, targetYear, actuals: {}, reportingYear: targetYear - 1, caption })));
      }
    }
    // Before: 41, e.g. 建德市《浙江省高新技术产业发展“十四五”规划》主要指标完成情况（2024年 / ，对照2025年目标）.
    expect(lone).toEqual([]);
  });

  it('keeps the bracketed year on a line of its own rather than breaking inside it', () => {
    const plan = loaded.catalog.plans.find((candidate) => candidate.plan.id === 'zj-hightech-industry-2021-2025')!;
    const caption = ANNEX.regionCompletionCaption('建德市', plan.plan.title, 2024, 2025);
    const layout = completionTableLayout({ catalog: plan, targetYear: 2025, actuals: {}, reportingYear: 2024, caption, regionCode: '330182' });
    const lines = shownText(layout.cells.find((cell) => cell.row === 0 && cell.col === 0)!.value).split('\n');
    expect(lines.slice(0, 2)).toEqual(['建德市《浙江省高新技术产业发展“十四五”规划》主要指标完成情况', '（2024年，对照2025年目标）']);
  });

  it('every plan’s annex tables and prose targets, with their notes', () => {
    for (const plan of loaded.catalog.plans) {
      for (const layout of annexLayouts(plan)) expect([plan.plan.id, loneClosingMarks(layout)]).toEqual([plan.plan.id, []]);
    }
  });

  it('a consolidation’s and a check report’s notes', () => {
    const plan = loaded.catalog.plans.find((candidate) => candidate.plan.id === 'zj-hightech-industry-2021-2025')!;
    const missing = regionsUnder('330100').map((region) => ({ code: region.code, name: fullRegionName(region) }));
    const result = consolidate({ plan, reportingYear: 2024, returns: [], expectedRegions: missing });
    const leftOut = missing.map((region) => `${region.name}.xlsx（另一规划）`);
    expect(loneClosingMarks(consolidationSheetLayout({ result, region: { name: '杭州市', code: '330100' }, findingTexts: [], leftOutTexts: leftOut }))).toEqual([]);
    const notes = [`${'杭州市上城区.xlsx、'.repeat(7)}杭州市拱墅区.xlsx（两份报表数值不同）`];
    for (const sheet of batchReportLayouts({ files: [], notes })) expect(loneClosingMarks(sheet)).toEqual([]);
  });
});
