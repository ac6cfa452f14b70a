import { findUnit, isKnownUnit } from '../units';
import { compact } from '../util/compact';
import { readIndicatorName, unitAsPrinted } from './indicatorName';
import type { ProblemLog } from './problems';
import { repeatsHeader, type TableHeader } from './tableHeader';
import { isBlank, labelOf, tidyCell } from './text';
import type { ImportColumnKind, ImportedIndicator } from './types';
import { readValueCells, unitPrintedInValues } from './valueCells';
import type { ConceptSuggestion } from './conceptSuggestions';
import { stackedRows } from './stackedRows';
import { earlierRowLike, isTotalRow } from './repeatedRows';
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
const NUMBERING = /^\s*[（(]?(\d{1,3})[)）]?\s*[.．、]\s*(?=\S)|^\s*[（(](\d{1,3})[)）]\s*(?=\S)|^\s*([①-⑳])\s*(?=\S)/u;

/** A 单位 cell printing a dash or a slash: no unit. */
const NO_UNIT = /^[-—–―/／\\]+$|^一$|^无$/u;

/** The number a name's numbering gives (1. → 1, （2） → 2, ③ → 3); undefined without one. */
function numberingSeq(numbering: RegExpExecArray | null): string | undefined {
  if (numbering === null) return undefined;
  const circled = numbering[3];
  return circled === undefined ? numbering[1] ?? numbering[2] : String((circled.codePointAt(0) ?? 0x2460) - 0x2460 + 1);
}

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
    const merged = mergedAcross(cells[row] ?? []);
    // A note merged across the table: clipboard HTML repeats its text in every column it covers.
    const texts = merged === undefined ? (cells[row] ?? []).filter((text) => !isBlank(text)) : [cells[row]?.[merged[0] ?? 0] ?? ''];
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
 * A row with a single text and nothing else (in the columns read): a category printed as its own row (产业结构, 一、创新投入), in the
 * 类别 column, or — when the table has none — across the row from the 序号 or 指标 column, and then not a name
 * with a unit or a mark. A monitoring-only indicator without unit, 序号 or 责任部门 reads so too; plans print both.
 */
/** A section's number as the 序号 column prints it: 一, 二、, （三）, IV — never an indicator's 1, 2. */
const SECTION_NUMBER = /^(?:[一二三四五六七八九十]+[、.]?|\([一二三四五六七八九十]+\)|[IVX]+\.?)$/u;

/**
 * 一 | 对外贸易 (merged to the row's end, or alone in the name column): a section numbered in the 序号 column, its
 * title beside it. The title is the category; read as a row, it was an indicator whose every value read 对外贸易.
 */
function numberedSection(row: readonly string[], header: TableHeader): string | undefined {
  const filled = filledColumns(row);
  const [first, second] = filled;
  if (first === undefined || second === undefined || header.columns[first]?.kind !== 'seq' || !SECTION_NUMBER.test(labelOf(row[first]))) return undefined;
  const rest = filled.slice(1);
  const title = tidyCell(row[second]);
  const merged = rest.every((column, index) => column === second + index && labelOf(row[column]) === labelOf(title)) && rest.at(-1) === row.length - 1;
  const alone = rest.length === 1 && header.nameArea.includes(second);
  return merged || alone ? title : undefined;
}

function sectionText(row: readonly string[], header: TableHeader): string | undefined {
  const numbered = numberedSection(row, header);
  if (numbered !== undefined) return numbered;
  // A column the importer does not read (权重 beside 一、核心指标 | 50) does not make a category row an indicator.
  const read = (mergedAcross(row) ?? filledColumns(row))
    .filter((column) => header.nameArea.includes(column) || header.columns[column]?.kind !== 'unknown');
  // A text merged over two columns (a category over 序号 and 指标) is printed once.
  const filled = read.filter((column, index) => index === 0 || column !== (read[index - 1] ?? -2) + 1 || labelOf(row[column]) !== labelOf(row[read[index - 1] ?? 0]));
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

/** A space between two Chinese characters is where a PDF or web page wrapped the line (合格 率, 质量效益 指标). */
function unwrapped(text: string): string {
  return text.replace(WRAPPED_HAN, '$1');
}

/** The name as printed without the number before it (1. 国内生产总值增长) and the spaces of wrapped lines. */
function nameTextOf(printed: string): string {
  const numbering = NUMBERING.exec(printed);
  return unwrapped(numbering === null ? printed : printed.slice(numbering[0].length));
}

/** The cells an indicator shares with the components printed beside it: its values, and its unit when all print one. */
interface SharedCells {
  unit?: string;
}

/** A row with its value cells left blank. */
function blankValues(row: readonly string[], header: TableHeader): string[] {
  return row.map((text, column) => (header.columns[column]?.kind === 'value' ? '' : text));
}

function withoutColumn(row: readonly string[], column: number | undefined): string[] {
  return row.map((text, at) => (at === column ? '' : text));
}

/**
 * Whether rows print the same value cells (one cell merged down over them: clipboard HTML repeats it), at least one
 * of them filled — and the unit they share, if their 单位 cells are the same too.
 */
function sharedCells(rows: ReadonlyArray<readonly string[]>, header: TableHeader, unitColumn: number | undefined): SharedCells | undefined {
  const valueColumns = header.columns.filter((column) => column.kind === 'value').map((column) => column.column);
  const same = (column: number) => rows.every((row) => tidyCell(row[column]) === tidyCell(rows[0]?.[column]));
  if (rows.length < 2 || !valueColumns.every(same) || valueColumns.every((column) => isBlank(rows[0]?.[column]))) return undefined;
  const unitText = unitColumn === undefined || !same(unitColumn) ? undefined : tidyCell(rows[0]?.[unitColumn]);
  if (unitText === undefined || unitText === '') return {};
  const unit = isKnownUnit(unitText) && simplifiedForms(unitText) === unitText ? unitText : findUnit(labelOf(unitText))?.symbol;
  return unit === undefined ? {} : { unit };
}

/**
 * 预期性 / 约束性 as the plans print them: bracketed (〔预期性〕, （约束性）), shortened (预期, 约束) or with 指标 after
 * them (约束性指标), in traditional characters (約束性).
 */
export function attributeOf(text: string): '预期性' | '约束性' | undefined {
  const bare = /^[〔[［(【]?(预期|约束)性?(?:指标)?[〕\]］)】]?$/u.exec(simplifiedForms(labelOf(text)));
  return bare === null ? undefined : bare[1] === '预期' ? '预期性' : '约束性';
}

export interface BodyOptions {
  matchConcept: (name: string, unit: string) => string | undefined;
  /** A concept offered, with its score, for a name that links to none exactly; never linked by itself. */
  suggestConcept?: (name: string, unit: string) => ConceptSuggestion | undefined;
  /** The unit the table states for every row (单位：亿元), taken by rows that print none. */
  tableUnit?: string;
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
  /** The indicator whose parts the rows below name (10 人力资源水平 merged down beside them). */
  let group: { seq: string | undefined; name: string; key: string; shared?: SharedCells } | undefined;
  /** Whether the category was set by a row of its own (一、经济发展), not by a text beside the names. */
  let categoryFromSection = false;

  const bodyRows: Array<{ r: number; row: readonly string[]; subItem: boolean }> = [];
  for (let r = start; r < end; r++) {
    if (filledColumns(cells[r] ?? []).length === 0 || repeatsHeader(cells, header, r)) continue;
    for (const { row, subItem } of stackedRows(cells[r] ?? [], header, nameColumn)) bodyRows.push({ r, row, subItem });
  }
  const areas = bodyRows.map(({ row }) => (columns.seq === undefined ? numberedArea(areaTexts(row, header)) : { texts: areaTexts(row, header) }));
  const sameGroup = (index: number, other: number): boolean => {
    const area = areas[index];
    const beside = areas[other];
    return area !== undefined && beside !== undefined && beside.seq === area.seq && beside.texts.length === 2 && beside.texts[0]?.text === area.texts[0]?.text;
  };
  // A group is its 序号 and text merged down together over its parts: a row beside it repeats both. Beside a
  // 类别 column of its own, the name area holds no category, and a text merged down beside the names is a group
  // without a 序号 (服务业税收 | 总量 / 比重). Elsewhere such a text is a category (1.空气质量) — unless the value
  // cells are merged down over the same rows too: then it is an indicator with those values, its rows the
  // components it is made of (12.社会安全指数 | 每万人口刑事犯罪人数 / … | % | =100).
  const groupOf = (index: number): { text: string; shared?: SharedCells } | undefined => {
    const area = areas[index];
    const text = area?.texts[0]?.text;
    if (area?.texts.length !== 2 || text === undefined || !(sameGroup(index, index - 1) || sameGroup(index, index + 1))) return undefined;
    if (area.seq !== undefined || columns.category !== undefined) return { text };
    let first = index;
    while (sameGroup(index, first - 1)) first -= 1;
    let last = index;
    while (sameGroup(index, last + 1)) last += 1;
    const shared = sharedCells(bodyRows.slice(first, last + 1).map(({ row }) => row), header, columns.unit);
    return shared === undefined ? undefined : { text, shared };
  };
  const footnoteFree = withoutFlattenedFootnotes(bodyRows.map(({ row }) => nameTextOf(areaTexts(row, header).at(-1)?.text ?? '')));

  for (const [index, { r, row: printedRow, subItem }] of bodyRows.entries()) {
    let row = printedRow;
    const section = sectionText(row, header);
    if (section !== undefined) {
      category = unwrapped(section);
      categoryFromSection = true;
      continue;
    }
    const numbered = areas[index] ?? { texts: [] };
    const texts = numbered.texts;
    const printedName = texts.at(-1);
    if (printedName === undefined || readIndicatorName(printedName.text).name === '') {
      problems.at('import.name_missing', r, nameColumn, { text: filledColumns(row).map((c) => tidyCell(row[c])).join(' ') });
      continue;
    }
    if (isTotalRow(printedName.text)) {
      problems.at('import.total_row', r, printedName.column, { text: printedName.text });
      continue;
    }
    const explicitCategory = textAt(row, columns.category);
    if (explicitCategory !== undefined) {
      category = unwrapped(explicitCategory);
      categoryFromSection = false;
    }
    // A numbered text merged down beside the names is an indicator the rows are parts of, not a category: it
    // is taken once, as an indicator of its own without values, and each row below it is one of its parts.
    const found = groupOf(index);
    const groupText = found?.text;
    if (groupText !== undefined && (group?.seq !== numbered.seq || group?.name !== groupText)) {
      const heading = readIndicatorName(nameTextOf(groupText));
      const key = `row-${indicators.length + 1}`;
      const headingUnit = heading.unit !== '' ? heading.unit : found?.shared?.unit ?? '';
      const groupNumber = NUMBERING.exec(groupText);
      indicators.push({
        key, sourceRow: r, name: heading.name, unit: headingUnit, marks: heading.marks,
        values: readValueCells(found?.shared === undefined ? blankValues(row, header) : row, r, header.columns, heading.name, headingUnit, problems),
        ...compact({ seq: numbered.seq ?? numberingSeq(groupNumber), category }),
      });
      group = { seq: numbered.seq, name: groupText, key, ...(found?.shared === undefined ? {} : { shared: found.shared }) };
    } else if (groupText === undefined) group = undefined;
    // Beside a group, the text left of the name is the group's: the category stays.
    if (explicitCategory === undefined && group === undefined) {
      if (texts.length >= 2) {
        category = texts.slice(0, -1).map((text) => unwrapped(text.text)).join(CATEGORY_LEVELS);
        categoryFromSection = false;
      }
      // A name merged over the category column: the category cell above it does not reach down here (a category
      // printed as a row of its own does).
      else if (categoryColumn !== undefined && printedName.column === categoryColumn && !categoryFromSection) category = undefined;
    }

    const numbering = NUMBERING.exec(printedName.text);
    const footnotes = footnoteFree[index] ?? { name: nameTextOf(printedName.text), marks: [] };
    const named = readIndicatorName(footnotes.name);
    const read = { ...named, marks: [...named.marks, ...footnotes.marks] };
    // The components of an indicator whose cells are merged over them print none of their own.
    const shared = group?.shared;
    if (shared !== undefined) row = blankValues(shared.unit === undefined ? row : withoutColumn(row, columns.unit), header);
    let unit = read.unit;
    if (read.unknownUnit !== undefined) problems.at('import.unknown_unit', r, printedName.column, { unit: read.unknownUnit, name: printedName.text });
    const unitCell = unit === '' ? textAt(row, columns.unit) : undefined;
    // A dash in the 单位 column (城乡居民收入比 | — |) says the row has no unit.
    if (unitCell !== undefined && !NO_UNIT.test(unitCell)) {
      // A 单位 cell wrapped in a narrow column (万平⏎方米 → 万平 方米), typed full-width (％) or printed in
      // traditional characters (億元) is the same unit.
      const printedUnit = isKnownUnit(unitCell) ? unitAsPrinted(unitCell) : findUnit(labelOf(unitCell))?.symbol;
      if (printedUnit !== undefined) unit = printedUnit;
      else problems.at('import.unknown_unit_column', r, columns.unit ?? 0, { unit: unitCell, name: printedName.text });
    }
    if (unit === '') unit = unitPrintedInValues(row, header.columns) ?? options.tableUnit ?? '';
    const attributeText = textAt(row, columns.attribute);
    const attribute = attributeText === undefined ? undefined : attributeOf(attributeText);
    if (attributeText !== undefined && attribute === undefined) problems.at('import.unknown_attribute', r, columns.attribute ?? 0, { text: attributeText, name: read.name });

    const values = readValueCells(row, r, header.columns, read.name, unit, problems);
    const parent = group?.key ?? (read.subItem || subItem ? mainKey : undefined);
    const like = earlierRowLike(indicators, { name: read.name, unit, category, parent, values });
    const other = like === undefined ? '' : problems.address(like.other.sourceRow, nameColumn).replace(/^[A-Z]+/u, '');
    if (like?.kind === 'repeated') {
      problems.at('import.repeated_row', r, printedName.column, { name: read.name, other });
      continue;
    }
    if (like?.kind === 'same_name') problems.at('import.same_name', r, printedName.column, { name: read.name, other });
    const key = `row-${indicators.length + 1}`;
    const concept = options.matchConcept(read.name, unit);
    indicators.push({
      key, sourceRow: r, name: read.name, unit, marks: read.marks, values,
      ...compact({
        seq: group === undefined ? textAt(row, columns.seq) ?? numbered.seq ?? numberingSeq(numbering) : undefined,
        category, attribute, responsible: textAt(row, columns.responsible),
        completed: textAt(row, columns.completed), remark: textAt(row, columns.note),
        parent, concept,
        conceptSuggestion: concept === undefined ? options.suggestConcept?.(read.name, unit) : undefined,
      }),
    });
    if (!read.subItem && !subItem && group === undefined) mainKey = key;
  }
  return { indicators, notes: notesOf(cells, end), ...(categoryColumn === undefined ? {} : { categoryColumn }), end };
}
