/**
 * The reporting sheet: a Chinese statistical report form (统计报表). Title, reporting period, 填报单位 and the
 * form's 表号 / 制定机关 / 批准文号 / 有效期至; the table, one row per indicator (or concept), with its printed
 * baseline and targets locked and its actual and 说明 cells open; the foot 单位负责人 … 报出日期. 完成进度, 序时进度
 * and 状态 are formulas, and conditional formats colour the rows, so the workbook works without the add-in.
 */
import { attainmentFormulas, SHEET_STATUS_LABELS } from '../attainment';
import { a1, columnLetter, rangeA1 } from '../form';
import { actualRule, anchoredRule, explanationRule, footerRule, sameRule, type EntryRule } from './entryRules';
import { isQualitative } from './indicatorValues';
import { PAGE_FOOTER, REPORTING } from '../form';
import { honestPercentFormats, type StatusColour } from './honestPercentFormats';
import { NOT_A_NUMBER, STATUS_SWATCH } from './palette';
import { planReportingSheet, reportingTitle, type PlannedRow, type ReportingInput, type ReportingPlan, type TargetColumn } from './reportingPlan';
import { EMPTY, SheetBuilder, textValue, type ColumnFit } from './sheetBuilder';
import { BODY_SIZE, FONT, sheetStyles } from './styles';
import { numberStyleName, numberStyles } from './numberCells';
import { cellTextWidth } from './textWidth';
import { MIN_PRINT_SCALE, printedWidthPoints, scaleToFit } from './printScale';
import type { ColumnSpec, ConditionalFormat, DataValidation, PrintSetup, SheetLayout } from './types';
import { companionRowId } from '../form';
import { keepMap } from './reportingSheetMap';

export type { ReportingInput } from './reportingPlan';

/** Rows of the frame above the table (0-based). */
const ROW = { title: 0, period: 1, formCode: 2, authority: 3, approval: 4, unit: 5, header: 6 } as const;
const FIRST_DATA_ROW = ROW.header + 1;
/** Entry styles entryNumber0 … entryNumber4: the open number cell showing 0 … 4 decimals. */
const ENTRY_NUMBER = 'entryNumber';

interface ColumnIndex {
  seq: number;
  category: number;
  plan: number | null;
  name: number;
  unit: number;
  baselines: Array<{ col: number; year: number | null }>;
  /** In the order of ReportingPlan.targetColumns (and of each row's goals). */
  targets: Array<{ col: number; column: TargetColumn }>;
  actuals: Array<{ col: number; year: number }>;
  completion: number;
  timeShare: number;
  status: number;
  explanation: number;
  responsible: number;
  id: number;
}

function columnIndex(plan: ReportingPlan): ColumnIndex {
  let col = 0;
  const next = () => col++;
  return {
    seq: next(),
    category: next(),
    plan: plan.showPlanColumn ? next() : null,
    name: next(),
    unit: next(),
    baselines: plan.baselineYears.map((year) => ({ col: next(), year })),
    targets: plan.targetColumns.map((column) => ({ col: next(), column })),
    actuals: plan.actualYears.map((year) => ({ col: next(), year })),
    completion: next(),
    timeShare: next(),
    status: next(),
    explanation: next(),
    responsible: next(),
    id: next(),
  };
}

function writeFrame(sheet: SheetBuilder, plan: ReportingPlan, input: ReportingInput, cols: ColumnIndex): void {
  const last = cols.responsible;
  sheet.text(ROW.title, 0, plan.title, 'title');
  sheet.merge({ top: ROW.title, left: 0, bottom: ROW.title, right: last });
  sheet.text(ROW.period, 0, REPORTING.period(input.reportingYear), 'period');
  sheet.merge({ top: ROW.period, left: 0, bottom: ROW.period, right: last });
  const rightBlock: Array<[number, string]> = [
    [ROW.formCode, REPORTING.formCode],
    [ROW.authority, REPORTING.formAuthority],
    [ROW.approval, REPORTING.approvalNumber],
    [ROW.unit, REPORTING.validUntil],
  ];
  for (const [row, label] of rightBlock) {
    sheet.text(row, cols.explanation, label, 'frameRight');
    sheet.set(row, cols.responsible, EMPTY, 'frame');
  }
  sheet.text(ROW.unit, 0, unitText(input), 'frame');
  sheet.merge({ top: ROW.unit, left: 0, bottom: ROW.unit, right: cols.name });
}

/** 填报单位: the region's name, in the frame's merged cell left of the table's name column. */
const unitText = (input: Pick<ReportingInput, 'region'>) => REPORTING.reportingUnit + input.region.name;

function writeHeader(sheet: SheetBuilder, cols: ColumnIndex): void {
  const h = REPORTING.header;
  const put = (col: number, text: string) => sheet.text(ROW.header, col, text, 'header');
  put(cols.seq, h.seq);
  put(cols.category, h.category);
  if (cols.plan !== null) put(cols.plan, h.plan);
  put(cols.name, h.name);
  put(cols.unit, h.unit);
  for (const { col, year } of cols.baselines) put(col, h.baseline(year));
  for (const { col, column } of cols.targets) put(col, h.target(column.year, column.planLabel));
  for (const { col, year } of cols.actuals) put(col, h.actual(year));
  put(cols.completion, h.completion);
  put(cols.timeShare, h.timeShare);
  put(cols.status, h.status);
  put(cols.explanation, h.explanation);
  put(cols.responsible, h.responsible);
  put(cols.id, h.id);
}

function actualCol(cols: ColumnIndex, year: number): number | null {
  return cols.actuals.find((actual) => actual.year === year)?.col ?? null;
}

function writeRow(sheet: SheetBuilder, plan: ReportingPlan, input: ReportingInput, cols: ColumnIndex, index: number): void {
  const row = plan.rows[index] as PlannedRow;
  const r = FIRST_DATA_ROW + index;
  sheet.text(r, cols.seq, row.seq, 'center');
  sheet.text(r, cols.category, row.category, 'center');
  if (cols.plan !== null) sheet.text(r, cols.plan, row.plan, 'text');
  sheet.text(r, cols.name, row.name, row.sub ? 'sub' : 'text');
  sheet.text(r, cols.unit, row.unit, 'center');
  for (const { col, year } of cols.baselines) {
    sheet.text(r, col, row.baseline !== null && row.baseline.year === year ? row.baseline.text : '', 'raw');
  }
  cols.targets.forEach(({ col }, i) => {
    const goal = row.goals[i] ?? null;
    sheet.text(r, col, goal?.text ?? '', 'raw', goal?.note ?? undefined);
  });
  const choice = row.kind === 'indicator' && isQualitative(row.indicator);
  // Every year's entry cell of the row shows the decimals the plan prints for it (rowDecimals).
  const entry = choice ? 'entryChoice' : row.decimals === null ? 'entryNumber' : numberStyleName(row.decimals, ENTRY_NUMBER);
  for (const { col } of cols.actuals) sheet.set(r, col, EMPTY, entry);
  sheet.set(r, cols.explanation, EMPTY, 'entryText');
  sheet.text(r, cols.responsible, row.responsible, 'center');
  sheet.text(r, cols.id, row.id, 'id');

  if (row.kind !== 'indicator') {
    for (const col of [cols.completion, cols.timeShare]) sheet.set(r, col, EMPTY, 'percent');
    sheet.set(r, cols.status, EMPTY, 'formulaText');
    return;
  }
  // planReportingSheet always gives the reporting year a column.
  const actual = actualCol(cols, input.reportingYear) ?? cols.actuals[0]?.col ?? 0;
  const previous = actualCol(cols, input.reportingYear - 1);
  const hasCompanion = plan.rows[index + 1]?.id === companionRowId(row.id);
  const formulas = attainmentFormulas({
    indicator: row.indicator,
    reportingYear: input.reportingYear,
    actualRef: a1(r, actual),
    previousActualRef: previous === null ? null : a1(r, previous),
    companionRef: hasCompanion ? a1(r + 1, actual) : null,
  });
  const formula = (text: string | null) => (text === null ? EMPTY : { kind: 'formula' as const, formula: text });
  sheet.set(r, cols.completion, formula(formulas.completion), 'percent');
  sheet.set(r, cols.timeShare, formula(formulas.timeShare), 'percent');
  sheet.set(r, cols.status, formula(formulas.status), 'formulaText');
}

/** Category cells merged over each run of rows of one category, as the plans print them. */
function mergeCategories(sheet: SheetBuilder, plan: ReportingPlan, cols: ColumnIndex): void {
  let start = 0;
  plan.rows.forEach((row, i) => {
    const next = plan.rows[i + 1];
    if (next !== undefined && next.category === row.category) return;
    if (row.category !== '' && i > start) {
      sheet.merge({ top: FIRST_DATA_ROW + start, left: cols.category, bottom: FIRST_DATA_ROW + i, right: cols.category });
    }
    start = i + 1;
  });
}

interface FooterCell {
  label: string;
  /** The label spans these columns (merged when more than one). */
  from: number;
  to: number;
  /** The entry cell right of the label. */
  value: number;
}

/** Label and entry cell pairs from `first`, `gap` columns apart, each label over as many columns as its text needs. */
function tryFooter(labels: readonly string[], widths: number[], first: number, last: number, gap: number): FooterCell[] | null {
  const placed: FooterCell[] = [];
  let col = first;
  for (const label of labels) {
    if (placed.length > 0) col += gap;
    const from = col;
    let room = 0;
    while (col <= last && room < cellTextWidth(label) + 1) room += widths[col++] ?? 0;
    if (col > last) return null;
    placed.push({ label, from, to: col - 1, value: col });
    col += 1;
  }
  return placed;
}

/**
 * The foot spread as evenly as the table's columns allow, labels merged over the columns they need so that
 * the foot never widens a column of the table. Null when the table is too narrow for it.
 */
function placeFooter(labels: readonly string[], widths: number[], first: number, last: number): FooterCell[] | null {
  for (let gap = last - first; gap >= 0; gap--) {
    const placed = tryFooter(labels, widths, first, last, gap);
    if (placed !== null) return placed;
  }
  return null;
}

/**
 * The foot's lines: one when the table is wide enough, else two (a form with few year columns is narrow), else
 * one pair per column from the left.
 */
function footerLines(widths: number[], cols: ColumnIndex): FooterCell[][] {
  const labels = REPORTING.footer;
  const one = placeFooter(labels, widths, cols.name, cols.responsible);
  if (one !== null) return [one];
  const half = Math.ceil(labels.length / 2);
  const upper = placeFooter(labels.slice(0, half), widths, cols.name, cols.responsible);
  const lower = placeFooter(labels.slice(half), widths, cols.name, cols.responsible);
  if (upper !== null && lower !== null) return [upper, lower];
  return [labels.map((label, i) => ({ label, from: 2 * i, to: 2 * i, value: 2 * i + 1 }))];
}

/** The foot from `row` down; its entry cells by row. */
function writeFooter(sheet: SheetBuilder, cols: ColumnIndex, row: number, widths: number[]): Array<FooterCell & { row: number }> {
  return footerLines(widths, cols).flatMap((cells, line) => cells.map((cell) => {
    const { label, from, to, value } = cell;
    sheet.text(row + line, from, label, 'frameRight');
    sheet.merge({ top: row + line, left: from, bottom: row + line, right: to });
    sheet.set(row + line, value, EMPTY, 'footerValue');
    return { ...cell, row: row + line };
  }));
}

/** Consecutive rows with the same rule share one validation over their actual cells. */
function actualBlock(cols: ColumnIndex): { left: number; right: number } | null {
  const left = cols.actuals[0]?.col;
  const right = cols.actuals[cols.actuals.length - 1]?.col;
  return left === undefined || right === undefined ? null : { left, right };
}

function actualValidations(plan: ReportingPlan, cols: ColumnIndex): DataValidation[] {
  const block = actualBlock(cols);
  if (block === null) return [];
  const { left, right } = block;
  const blocks: Array<{ rule: EntryRule; top: number; bottom: number }> = [];
  plan.rows.forEach((row, i) => {
    const rule = actualRule(row, plan.targetColumns);
    const last = blocks[blocks.length - 1];
    const r = FIRST_DATA_ROW + i;
    if (last !== undefined && last.bottom === r - 1 && sameRule(last.rule, rule)) last.bottom = r;
    else blocks.push({ rule, top: r, bottom: r });
  });
  return blocks.map(({ rule, top, bottom }) => ({ ref: rangeA1({ top, left, bottom, right }), ...anchoredRule(rule, a1(top, left)) }));
}

function conditionalFormats(plan: ReportingPlan, cols: ColumnIndex): ConditionalFormat[] {
  const lastRow = FIRST_DATA_ROW + plan.rows.length - 1;
  const block = actualBlock(cols);
  if (plan.rows.length === 0 || block === null) return [];
  const { left, right } = block;
  const top = a1(FIRST_DATA_ROW, left);
  const status = `$${columnLetter(cols.status)}${FIRST_DATA_ROW + 1}`;
  const is = (code: keyof typeof SHEET_STATUS_LABELS) => `${status}="${SHEET_STATUS_LABELS[code]}"`;
  // From the name on: 序号 and the merged 类别 cell span rows of different status and take none of their colours.
  const table = rangeA1({ top: FIRST_DATA_ROW, left: cols.name, bottom: lastRow, right: cols.responsible });
  const swatch = (fill: string, font: string) => ({ fill, fontColor: font });
  const colours: StatusColour[] = [
    { formula: `OR(${is('met')},${is('on_track')})`, swatch: STATUS_SWATCH.met },
    { formula: is('behind'), swatch: STATUS_SWATCH.behind },
    { formula: `OR(${is('regressing')},${is('not_met')})`, swatch: STATUS_SWATCH.regressing },
    { formula: `OR(${is('no_value')},${is('monitoring')})`, swatch: STATUS_SWATCH.no_value },
  ];
  const cell = (col: number) => `$${columnLetter(col)}${FIRST_DATA_ROW + 1}`;
  // Listed before the colour rules: LibreOffice applies the first format listed that covers a cell.
  const honest = honestPercentFormats({
    ref: rangeA1({ top: FIRST_DATA_ROW, left: cols.completion, bottom: lastRow, right: cols.completion }),
    completion: cell(cols.completion), timeShare: cell(cols.timeShare), colours, firstPriority: 2,
  });
  return [
    {
      // Text where a number belongs (是/否 are the answers of qualitative rows): first, and it wins.
      ref: rangeA1({ top: FIRST_DATA_ROW, left, bottom: lastRow, right }),
      type: 'expression',
      formula: `AND(ISTEXT(${top}),TRIM(${top})<>"是",TRIM(${top})<>"否")`,
      priority: 1,
      stopIfTrue: true,
      style: swatch(NOT_A_NUMBER.fill, NOT_A_NUMBER.font),
    },
    ...honest,
    ...colours.map((colour, i): ConditionalFormat => ({
      ref: table, type: 'expression', formula: colour.formula, priority: 2 + honest.length + i, stopIfTrue: false, style: swatch(colour.swatch.fill, colour.swatch.font),
    })),
  ];
}

/**
 * Column widths chosen so that the form of every plan, for every year of its period, prints on one A4 landscape page
 * width at MIN_PRINT_SCALE or more (decision 0095): long names and 说明 wrap instead of widening the table.
 */
function columnFits(cols: ColumnIndex): Record<number, ColumnFit> {
  const fits: Record<number, ColumnFit> = {
    [cols.seq]: { min: 5, max: 5 },
    [cols.category]: { min: 5, max: 5 },
    [cols.name]: { min: 16, max: 20 },
    [cols.unit]: { min: 6, max: 8 },
    // 完成进度 may show up to four decimals (honestPercentFormats.ts): '99.9997%'.
    [cols.completion]: { min: 11, max: 11, shows: ['100.0%'] },
    [cols.timeShare]: { min: 9, max: 9, shows: ['100.0%'] },
    [cols.status]: { min: 8, shows: Object.values(SHEET_STATUS_LABELS) },
    [cols.explanation]: { min: 12, max: 12 },
    [cols.responsible]: { min: 9, max: 9 },
    [cols.id]: { hidden: true, max: 60 },
  };
  if (cols.plan !== null) fits[cols.plan] = { min: 10, max: 12 };
  for (const { col } of cols.baselines) fits[col] = { min: 8, max: 8 };
  for (const { col } of cols.targets) fits[col] = { min: 8, max: 8 };
  for (const { col } of cols.actuals) fits[col] = { min: 8, max: 8 };
  return fits;
}

/**
 * The page setup: the scale at which the table fits one page width; a table too wide for MIN_PRINT_SCALE prints at
 * that scale over several pages, its first columns (序号 … 单位) repeated on each.
 */
function printSetup(columns: ColumnSpec[], cols: ColumnIndex, lastRow: number): PrintSetup {
  const margins = { left: 0.25, right: 0.25, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };
  const fit = scaleToFit(printedWidthPoints(columns, 0, cols.responsible), 'landscape', margins);
  return {
    paperSize: 'A4',
    orientation: 'landscape',
    fitToWidth: 1,
    fitToHeight: 0,
    scale: Math.max(MIN_PRINT_SCALE, fit),
    printTitleRows: `${ROW.header + 1}:${ROW.header + 1}`,
    printTitleColumns: `${columnLetter(0)}:${columnLetter(cols.unit)}`,
    printArea: rangeA1({ top: 0, left: 0, bottom: lastRow, right: cols.responsible }),
    horizontalCentered: true,
    margins,
    footer: PAGE_FOOTER,
  };
}

export interface LayoutOptions {
  /**
   * Row heights measured from the wrapped texts (the default). The checker compares no height (a county may resize
   * rows), and without them the form is the same for every region reporting the same rows (reportingSheetForRegion).
   */
  rowHeights?: boolean;
}

/**
 * The reporting sheet of `input` (see ReportingInput). `plan` is planReportingSheet(input) when the caller has it
 * already (the checker keeps both): planning the rows again would give the same plan.
 */
export function reportingSheetLayout(input: ReportingInput, plan: ReportingPlan = planReportingSheet(input), options: LayoutOptions = {}): SheetLayout {
  const cols = columnIndex(plan);
  const base = sheetStyles(FONT.form);
  const styles = { ...base, ...numberStyles(base.entryNumber, ENTRY_NUMBER) };
  const sheet = new SheetBuilder(styles);
  writeFrame(sheet, plan, input, cols);
  writeHeader(sheet, cols);
  plan.rows.forEach((_, index) => writeRow(sheet, plan, input, cols, index));
  mergeCategories(sheet, plan, cols);

  const lastDataRow = FIRST_DATA_ROW + plan.rows.length - 1;
  const footerRow = lastDataRow + 2;
  const fits = columnFits(cols);
  const tableWidths = sheet.fitColumns(cols.id + 1, fits).map((column) => column.width);
  const footer = writeFooter(sheet, cols, footerRow, tableWidths);
  const columns = sheet.fitColumns(cols.id + 1, fits);
  const entryBlocks: string[] = [];
  const validations: DataValidation[] = [...actualValidations(plan, cols)];
  const block = actualBlock(cols);
  if (plan.rows.length > 0 && block !== null) {
    entryBlocks.push(rangeA1({ top: FIRST_DATA_ROW, left: block.left, bottom: lastDataRow, right: block.right }));
    const explanation = rangeA1({ top: FIRST_DATA_ROW, left: cols.explanation, bottom: lastDataRow, right: cols.explanation });
    entryBlocks.push(explanation);
    validations.push({ ref: explanation, ...explanationRule() });
  }
  for (const { label, value, row } of footer) {
    const ref = a1(row, value);
    entryBlocks.push(ref);
    validations.push({ ref, ...footerRule(label) });
  }

  return {
    name: input.sheetName ?? REPORTING.sheetName,
    visibility: 'visible',
    cells: sheet.cells(),
    merges: sheet.mergeRefs(),
    columns,
    rows: options.rowHeights === false ? [] : sheet.fitRows(columns, BODY_SIZE),
    frozen: { rows: FIRST_DATA_ROW, cols: cols.name + 1 },
    validations,
    conditionalFormats: conditionalFormats(plan, cols),
    protection: {
      protect: true,
      password: null,
      unlocked: entryBlocks,
      allow: {
        selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true,
        insertRows: false, deleteRows: false, sort: false, autoFilter: false,
      },
    },
    print: printSetup(columns, cols, Math.max(footerRow, ...footer.map((cell) => cell.row))),
    styles,
    showGridLines: false,
  };
}

/**
 * The sheet `layout` and `plan` (made for another region with `rowHeights: false`) as made for `input`'s region, when
 * the plans are that region's own exactly where they were the other's (isOwnPlan): the same rows, columns and cells,
 * but for the two texts that name the region — the title of a sheet of several plans and 填报单位. Both are merged over
 * several columns, so no column's width follows from them; only row heights would, and the layout has none.
 */
export function reportingSheetForRegion(layout: SheetLayout, plan: ReportingPlan, input: Pick<ReportingInput, 'plans' | 'region'>): { layout: SheetLayout; plan: ReportingPlan } {
  const title = reportingTitle(input);
  const unit = unitText(input);
  const cells = layout.cells.map((cell) => {
    if (cell.col !== 0 || (cell.row !== ROW.title && cell.row !== ROW.unit)) return cell;
    return { ...cell, value: textValue(cell.row === ROW.title ? title : unit) };
  });
  const regional = { ...layout, cells };
  keepMap(layout, regional);
  return { layout: regional, plan: { ...plan, title } };
}
