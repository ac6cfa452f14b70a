import { findUnit, isKnownUnit } from '../units';
import { compact } from '../util/compact';
import { readIndicatorName } from './indicatorName';
import type { ProblemLog } from './problems';
import { repeatsHeader, type TableHeader } from './tableHeader';
import { isBlank, labelOf, tidyCell } from './text';
import type { ImportColumnKind, ImportedIndicator } from './types';
import { readValueCells, unitPrintedInValues } from './valueCells';
import type { ConceptSuggestion } from './conceptSuggestions';
import { stackedRows } from './stackedRows';
import { withoutFlattenedFootnotes } from './flattenedFootnotes';
import { simplifiedForms } from '../util/simplifiedForms';

export interface TableBody {
  indicators: ImportedIndicator[];
  notes: Array<{ text: string; row: number }>;
  /** The unheaded column of the name area that holds categories (表1 高新技术产业主要指标 prints them so). */
  categoryColumn?: number;
  /** Last row of the table before its notes (exclusive). */
  end: number;
}

/** A line under the table that explains it: 注：…, 备注：…, 注1. … */
const NOTE_START = /^(?:注|备注|说明|资料来源|数据来源|来源)\s*(?:\d+|[①-⑩]|[（(][^）)]{0,20}[）)])?\s*[:：、.．]/u;

/** A number printed before the name (1. 国内生产总值增长, 12、…, （3）…): the row's 序号 when no column holds one. */
const NUMBERING = /^\s*[（(]?(\d{1,3})[)）]?\s*[.．、]\s*(?=\S)|^\s*[（(](\d{1,3})[)）]\s*(?=\S)/u;

interface AreaText {
  column: number;
  text: string;
}

/** The texts of the name area, left to right; a cell merged across columns (its text repeated) counts once. */
function areaTexts(row: readonly string[], header: TableHeader): AreaText[] {
  const texts = header.nameArea.filter((column) => !isBlank(row[column])).map((column) => ({ column, text: tidyCell(row[column]) }));
  return texts.filter((text, index) => index === 0 || text.text !== texts[index - 1]?.text || text.column !== (texts[index - 1]?.column ?? -2) + 1);
}

/**
 * A number alone in the first column of the name area (指标名称 merged over an unheaded 序号 column: 10 |
 * 人力资源水平 | 每万劳动力中研发人员数): the row's 序号, not a category. The other texts stay the area's.
 */
function numberedArea(texts: AreaText[]): { seq?: string; texts: AreaText[] } {
  const [first, ...rest] = texts;
  return first !== undefined && rest.length > 0 && /^\d{1,3}$/u.test(labelOf(first.text)) ? { seq: labelOf(first.text), texts: rest } : { texts };
}

/** Categories printed in two or more columns left of the names (生态环境质量 | 1.空气质量): outer / inner. */
const CATEGORY_LEVELS = ' / ';

function filledColumns(row: readonly string[]): number[] {
  return row.flatMap((text, column) => (isBlank(text) ? [] : [column]));
}

/** Rows of the body: from under the header to the first note line. */
function bodyEnd(cells: readonly string[][], start: number): number {
  for (let row = start; row < cells.length; row++) {
    const first = (cells[row] ?? []).find((text) => !isBlank(text));
    if (first !== undefined && NOTE_START.test(simplifiedForms(tidyCell(first)))) return row;
  }
  return cells.length;
}

/**
 * The column of the name area that holds categories: the first text of a row that prints two texts there
 * (a category merged down beside the names). None when every row prints one.
 */
function areaCategoryColumn(cells: readonly string[][], header: TableHeader, start: number, end: number): number | undefined {
  const firsts = cells.slice(start, end).map((row) => numberedArea(areaTexts(row, header)))
    .filter((area) => area.seq === undefined && area.texts.length >= 2).map((area) => area.texts[0]?.column ?? 0);
  return firsts.length === 0 ? undefined : Math.min(...firsts);
}

function notesOf(cells: readonly string[][], from: number): Array<{ text: string; row: number }> {
  const notes: Array<{ text: string; row: number }> = [];
  for (let row = from; row < cells.length; row++) {
    const texts = (cells[row] ?? []).filter((text) => !isBlank(text));
    if (texts.length === 1) {
      // One cell merged across the table: each of its lines is a note line.
      for (const line of (texts[0] ?? '').split(/\r\n|\r|\n/u)) if (line.trim() !== '') notes.push({ text: line.trim(), row });
    } else if (texts.length > 1) {
      notes.push({ text: texts.map((text) => tidyCell(text)).join(' '), row });
    }
  }
  return notes;
}

function columnOf(header: TableHeader, kind: ImportColumnKind): number | undefined {
  return header.columns.find((column) => column.kind === kind)?.column;
}

function textAt(row: readonly string[], column: number | undefined): string | undefined {
  if (column === undefined) return undefined;
  const text = tidyCell(row[column]);
  return text === '' ? undefined : text;
}

/**
 * A row whose one cell is merged across the table (clipboard HTML repeats its text in every column it covers,
 * 1. 宽带用户规模 over 指标 | 单位 | 2013年 | …): its first column, as if printed once. Undefined for any other row.
 */
function mergedAcross(row: readonly string[]): number[] | undefined {
  const filled = filledColumns(row);
  const first = filled[0];
  if (first === undefined || filled.length < 2) return undefined;
  const same = filled.every((column, index) => column === first + index && labelOf(row[column]) === labelOf(row[first]));
  return same && filled.length === row.length - first ? [first] : undefined;
}

/**
 * A row with a single text and nothing else: a category printed as its own row (产业结构, 一、创新投入), in the
 * 类别 column, or — when the table has none — across the row from the 序号 or 指标 column, and then not a name
 * with a unit or a mark. A monitoring-only indicator without unit, 序号 or 责任部门 reads so too; plans print both.
 */
function sectionText(row: readonly string[], header: TableHeader): string | undefined {
  const filled = mergedAcross(row) ?? filledColumns(row);
  if (filled.length !== 1) return undefined;
  const column = filled[0] ?? 0;
  const kind = header.columns[column]?.kind;
  const text = tidyCell(row[column]);
  if (kind === 'category') return text;
  if (header.columns.some((c) => c.kind === 'category')) return undefined;
  if (kind === 'seq' ? /^\d+$/u.test(labelOf(text)) : !header.nameArea.includes(column)) return undefined;
  const name = readIndicatorName(text);
  return name.unit === '' && name.marks.length === 0 && !name.subItem ? text : undefined;
}

const WRAPPED_HAN = /(\p{Script=Han})[ \u3000]+(?=\p{Script=Han})/gu;

/** The name as printed without the number before it (1. 国内生产总值增长) and the spaces of wrapped lines. */
function nameTextOf(printed: string): string {
  const numbering = NUMBERING.exec(printed);
  // A space between two Chinese characters is where a PDF or web page wrapped the line (合格 率).
  return (numbering === null ? printed : printed.slice(numbering[0].length)).replace(WRAPPED_HAN, '$1');
}

const ATTRIBUTES = ['预期性', '约束性'] as const;

export interface BodyOptions {
  matchConcept: (name: string, unit: string) => string | undefined;
  /** A concept offered, with its score, for a name that links to none exactly; never linked by itself. */
  suggestConcept?: (name: string, unit: string) => ConceptSuggestion | undefined;
}

/** Reads the rows under the header into indicators, and the lines under the table into notes. */
export function readTableBody(cells: readonly string[][], header: TableHeader, problems: ProblemLog, options: BodyOptions): TableBody {
  const start = header.row + header.rows;
  const end = bodyEnd(cells, start);
  const categoryColumn = areaCategoryColumn(cells, header, start, end);
  const columns = {
    seq: columnOf(header, 'seq'), category: columnOf(header, 'category'), unit: columnOf(header, 'unit'),
    attribute: columnOf(header, 'attribute'), responsible: columnOf(header, 'responsible'),
    completed: columnOf(header, 'completed'), note: columnOf(header, 'note'),
  };
  const nameColumn = header.nameArea.find((column) => header.columns[column]?.kind === 'name') ?? 0;
  const indicators: ImportedIndicator[] = [];
  let category: string | undefined;
  let mainKey: string | undefined;
  /** The numbered indicator whose parts the rows below name (10 人力资源水平 merged down beside them). */
  let group: { seq: string; name: string; key: string } | undefined;

  const bodyRows: Array<{ r: number; row: readonly string[]; subItem: boolean }> = [];
  for (let r = start; r < end; r++) {
    if (filledColumns(cells[r] ?? []).length === 0 || repeatsHeader(cells, header, r)) continue;
    for (const { row, subItem } of stackedRows(cells[r] ?? [], header, nameColumn)) bodyRows.push({ r, row, subItem });
  }
  const areas = bodyRows.map(({ row }) => (columns.seq === undefined ? numberedArea(areaTexts(row, header)) : { texts: areaTexts(row, header) }));
  // A group is its 序号 and text merged down together over its parts: a row beside it repeats both.
  const groupOf = (index: number): string | undefined => {
    const area = areas[index];
    if (area?.seq === undefined || area.texts.length !== 2) return undefined;
    const text = area.texts[0]?.text;
    const same = (other: number) => areas[other]?.seq === area.seq && areas[other]?.texts.length === 2 && areas[other]?.texts[0]?.text === text;
    return same(index - 1) || same(index + 1) ? text : undefined;
  };
  const footnoteFree = withoutFlattenedFootnotes(bodyRows.map(({ row }) => nameTextOf(areaTexts(row, header).at(-1)?.text ?? '')));

  for (const [index, { r, row, subItem }] of bodyRows.entries()) {
    const section = sectionText(row, header);
    if (section !== undefined) {
      category = section;
      continue;
    }
    const numbered = areas[index] ?? { texts: [] };
    const texts = numbered.texts;
    const printedName = texts.at(-1);
    if (printedName === undefined || readIndicatorName(printedName.text).name === '') {
      problems.at('import.name_missing', r, nameColumn, { text: filledColumns(row).map((c) => tidyCell(row[c])).join(' ') });
      continue;
    }
    const explicitCategory = textAt(row, columns.category);
    // A numbered text merged down beside the names is an indicator the rows are parts of, not a category: it
    // is taken once, as an indicator of its own without values, and each row below it is one of its parts.
    const groupText = groupOf(index);
    if (groupText !== undefined && (group?.seq !== numbered.seq || group?.name !== groupText)) {
      const heading = readIndicatorName(nameTextOf(groupText));
      const key = `row-${indicators.length + 1}`;
      const blanks = row.map((text, column) => (header.columns[column]?.kind === 'value' ? '' : text));
      indicators.push({
        key, sourceRow: r, name: heading.name, unit: heading.unit, marks: heading.marks,
        values: readValueCells(blanks, r, header.columns, heading.name, heading.unit, problems),
        ...compact({ seq: numbered.seq, category }),
      });
      group = { seq: numbered.seq ?? '', name: groupText, key };
    } else if (groupText === undefined) group = undefined;
    if (explicitCategory !== undefined) category = explicitCategory;
    // Beside a group, the text left of the name is the group's: the category stays.
    else if (group === undefined) {
      if (texts.length >= 2) category = texts.slice(0, -1).map((text) => text.text).join(CATEGORY_LEVELS);
      // A name merged over the category column: the category cell above it does not reach down here.
      else if (categoryColumn !== undefined && printedName.column === categoryColumn) category = undefined;
    }

    const numbering = NUMBERING.exec(printedName.text);
    const footnotes = footnoteFree[index] ?? { name: nameTextOf(printedName.text), marks: [] };
    const named = readIndicatorName(footnotes.name);
    const read = { ...named, marks: [...named.marks, ...footnotes.marks] };
    let unit = read.unit;
    if (read.unknownUnit !== undefined) problems.at('import.unknown_unit', r, printedName.column, { unit: read.unknownUnit, name: printedName.text });
    const unitCell = unit === '' ? textAt(row, columns.unit) : undefined;
    if (unitCell !== undefined) {
      // A 单位 cell wrapped in a narrow column (万平⏎方米 → 万平 方米), typed full-width (％) or printed in
      // traditional characters (億元) is the same unit.
      const printedUnit = isKnownUnit(unitCell) && simplifiedForms(unitCell) === unitCell ? unitCell : findUnit(labelOf(unitCell))?.symbol;
      if (printedUnit !== undefined) unit = printedUnit;
      else problems.at('import.unknown_unit_column', r, columns.unit ?? 0, { unit: unitCell, name: printedName.text });
    }
    if (unit === '') unit = unitPrintedInValues(row, header.columns) ?? '';
    const attributeText = textAt(row, columns.attribute);
    const attribute = ATTRIBUTES.find((known) => known === (attributeText === undefined ? undefined : simplifiedForms(attributeText)));
    if (attributeText !== undefined && attribute === undefined) problems.at('import.unknown_attribute', r, columns.attribute ?? 0, { text: attributeText, name: read.name });

    const key = `row-${indicators.length + 1}`;
    const concept = options.matchConcept(read.name, unit);
    indicators.push({
      key, sourceRow: r, name: read.name, unit, marks: read.marks,
      values: readValueCells(row, r, header.columns, read.name, unit, problems),
      ...compact({
        seq: group === undefined ? textAt(row, columns.seq) ?? numbered.seq ?? numbering?.[1] ?? numbering?.[2] : undefined,
        category, attribute, responsible: textAt(row, columns.responsible),
        completed: textAt(row, columns.completed), remark: textAt(row, columns.note),
        parent: group?.key ?? (read.subItem || subItem ? mainKey : undefined), concept,
        conceptSuggestion: concept === undefined ? options.suggestConcept?.(read.name, unit) : undefined,
      }),
    });
    if (!read.subItem && !subItem && group === undefined) mainKey = key;
  }
  return { indicators, notes: notesOf(cells, end), ...(categoryColumn === undefined ? {} : { categoryColumn }), end };
}
