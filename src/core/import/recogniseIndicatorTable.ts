import { compact } from '../util/compact';
import { conceptSuggester } from './conceptSuggestions';
import { conceptMatcher } from './concepts';
import { ProblemLog } from './problems';
import { reportAmbiguousReadings } from './readingNotices';
import { readTableBody, type TableBody } from './tableBody';
import { tableAcross } from './tableAcross';
import { isUnitLine, tableUnitIn, withoutUnitLine } from './tableUnit';
import { findTableHeader, type TableHeader } from './tableHeader';
import { isBlank, tidyCell } from './text';
import { assignUndatedYears, targetOfLonePeriodEndColumn } from './undatedYears';
import { targetOfBoundedBaseColumn } from './boundedBaseYear';
import { actualOfCompletionFigures } from './completionFigures';
import { attributeOfTypedColumn } from './attributeColumn';
import type { ImportColumn, ImportInput, ImportResult } from './types';

/** A line holding only a table's number (表1, 附表2, 表一), printed on its own beside the title. */
const TABLE_NUMBER = /^附?表\s*(?:\d+|[一二三四五六七八九十]+)$/u;

/**
 * The last row with text above a row, its texts joined; a text merged across columns (a workbook's title over the
 * table, which a sheet and clipboard HTML repeat in every column it covers) counted once.
 */
function textRowAbove(cells: readonly string[][], below: number): { text: string; row: number } | undefined {
  for (let row = below - 1; row >= 0; row--) {
    const texts = (cells[row] ?? []).filter((text) => !isBlank(text)).map((text) => tidyCell(text))
      .filter((text, index, all) => index === 0 || text !== all[index - 1]);
    if (texts.length > 0) return { text: texts.join(' '), row };
  }
  return undefined;
}

/**
 * The caption: the last row with text above the header (表1 “十四五”科技创新主要指标); a number on a line of its
 * own under the title is joined to it (“十三五”规划主要指标完成情况 / 表1 → 表1 “十三五”…; decision 0146).
 */
function captionAbove(cells: readonly string[][], headerRow: number): { text: string; row: number } | undefined {
  const above = textRowAbove(cells, headerRow);
  // 单位：亿元 on a line of its own under the caption states the unit; the caption is the line above it.
  const unitLine = above !== undefined && isUnitLine(above.text);
  const found = unitLine ? textRowAbove(cells, above.row) : above;
  const last = found === undefined ? undefined : { ...found, text: withoutUnitLine(found.text) };
  if (last === undefined || !TABLE_NUMBER.test(last.text)) return last;
  const title = textRowAbove(cells, last.row);
  return title === undefined ? last : { text: `${last.text} ${title.text}`, row: title.row };
}

function holdsText(cells: readonly string[][], column: number, from: number, to: number): number | undefined {
  for (let row = from; row < to; row++) if (!isBlank(cells[row]?.[column])) return row;
  return undefined;
}

/**
 * The columns as read: headed ones as their header says; unheaded ones only when they hold something — the
 * category column of the name area, a name spilling over it, or else a column nobody knows (reported).
 */
function reportColumns(cells: readonly string[][], header: TableHeader, body: TableBody, problems: ProblemLog): ImportColumn[] {
  const start = header.row + header.rows;
  const columns: ImportColumn[] = [];
  for (const column of header.columns) {
    if (column.header !== '') {
      if (column.kind === 'unknown') problems.at('import.column_ignored', header.row, column.column, { header: column.header });
      if (column.kind === 'value' && column.year === undefined) problems.at('import.year_missing', header.row, column.column, { header: column.header });
      columns.push(column);
      continue;
    }
    const first = holdsText(cells, column.column, start, body.end);
    if (first === undefined) continue;
    if (column.column === body.categoryColumn) columns.push({ ...column, kind: 'category' });
    else if (header.nameArea.includes(column.column)) columns.push({ ...column, kind: 'name' });
    else {
      problems.at('import.column_unheaded', first, column.column, { text: tidyCell(cells[first]?.[column.column]) });
      columns.push(column);
    }
  }
  return columns;
}

/**
 * Reads an indicator table pasted from a plan document: finds the header (序号 / 类别 / 指标 / year columns /
 * 属性 / 责任部门 / 备注, on one row or two), then every row below it as an indicator with its values read by
 * the notation grammar, and the 注 lines under it; a table printed across (指标 / 2022年目标值 / 属性 down its first
 * column) is turned first. Never throws: whatever cannot be taken over is a problem naming its cell.
 */
export function recogniseIndicatorTable(input: ImportInput): ImportResult {
  const origin = input.origin ?? { row: 0, column: 0 };
  // A table printed across is read turned: its rows and columns below are the turned table's; cell addresses the sheet's.
  const across = tableAcross(input.cells);
  const cells = across?.cells ?? input.cells;
  const problems = new ProblemLog(origin, across?.place);
  const plan = compact({ title: input.planTitle, region: input.region, level: input.level });
  const found = findTableHeader(cells);
  if (found === undefined) {
    problems.add('import.no_header');
    return { indicators: [], notes: [], problems: problems.items, plan, origin };
  }
  const caption = captionAbove(cells, found.row);
  const title = caption?.text ?? input.planTitle;
  const dated = targetOfBoundedBaseColumn(targetOfLonePeriodEndColumn(actualOfCompletionFigures(attributeOfTypedColumn(found, cells), cells), title), cells, title);
  const header = assignUndatedYears(dated, caption?.text ?? input.planTitle, input.yearForUndated);
  // The unit a table states for every row (单位：亿元 under or in the caption, 指标（单位：亿元）), for rows printing none.
  const nameHeader = header.columns.find((column) => column.kind === 'name')?.header ?? '';
  const tableUnit = [textRowAbove(cells, found.row)?.text ?? '', caption?.text ?? '', nameHeader].map(tableUnitIn).find((unit) => unit !== undefined);
  const body = readTableBody(cells, header, problems, {
    matchConcept: conceptMatcher(input.concepts ?? []), suggestConcept: conceptSuggester(input.concepts ?? []),
    ...(tableUnit === undefined ? {} : { tableUnit }),
  });
  const columns = reportColumns(cells, header, body, problems);
  reportAmbiguousReadings(body.indicators, header.columns, problems);
  if (body.indicators.length === 0) problems.add('import.no_rows');
  return {
    ...compact({ caption }),
    header: { row: header.row, rows: header.rows, columns },
    indicators: body.indicators,
    notes: body.notes,
    problems: [...problems.items].sort((a, b) => (a.row ?? -1) - (b.row ?? -1) || (a.column ?? -1) - (b.column ?? -1)),
    plan,
    origin,
  };
}
