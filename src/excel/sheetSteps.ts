/**
 * One SheetLayout as write steps on a new, empty worksheet: values and number formats as whole 2-D arrays per
 * band of rows, styles per rectangle of equal style, then merges, links, notes, validations, conditional
 * formats, panes and page setup. Protection and visibility are left to the commit (a protected sheet refuses
 * further writes; a sheet is hidden only once it is complete).
 */
import { type LayoutCell, type SheetLayout } from '../core/layout';
import { a1, columnLetter, rangeA1 } from '../core/form';
import { cellInput, GENERAL } from './cellInput';
import { applyStyle, styleActionCount } from './rangeStyle';
import { writeStep, type WriteStep } from './requestBudget';
import { styleBlocks } from './styleBlocks';
import { columnWidthPoints, inchesToPoints } from './units';
import { applyValidation, validationSettings } from './validation';

/** What the host lets a sheet carry beyond ExcelApi 1.8. */
export interface SheetFeatures {
  /** ExcelApi 1.9: RangeFormat.indentLevel. */
  indent: boolean;
  /** ExcelApi 1.9: Worksheet.pageLayout. */
  printSetup: boolean;
  /** Where a cell's note goes: a note (1.18), a threaded comment (1.10), or nowhere. */
  cellNotes: 'notes' | 'comments' | 'none';
}

/** Cells per values/formats assignment: keeps each array well under the request limit. */
const BAND_CELLS = 20_000;
/** Range operations per step, so that no step alone approaches the limit. */
const PER_STEP = 250;

function groups<T>(items: readonly T[], size = PER_STEP): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** "'Sheet name'!J7", quotes doubled. */
export function documentReference(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/gu, "''")}'!${cell}`;
}

function columnSteps(sheet: Excel.Worksheet, layout: SheetLayout): WriteStep[] {
  if (layout.columns.length === 0) return [];
  const columns = layout.columns.map((column) => ({ ref: `${columnLetter(column.col)}:${columnLetter(column.col)}`, width: columnWidthPoints(column.width), hidden: column.hidden }));
  return [writeStep(() => {
    for (const column of columns) {
      const range = sheet.getRange(column.ref);
      range.format.columnWidth = column.width;
      if (column.hidden) range.columnHidden = true;
    }
  }, columns.length * 2, columns)];
}

function rowSteps(sheet: Excel.Worksheet, layout: SheetLayout): WriteStep[] {
  const runs: Array<{ first: number; last: number; height: number }> = [];
  for (const row of [...layout.rows].sort((a, b) => a.row - b.row)) {
    const last = runs.at(-1);
    if (last !== undefined && last.last === row.row - 1 && last.height === row.height) last.last = row.row;
    else runs.push({ first: row.row, last: row.row, height: row.height });
  }
  return groups(runs).map((group) => writeStep(() => {
    for (const run of group) sheet.getRange(`${run.first + 1}:${run.last + 1}`).format.rowHeight = run.height;
  }, group.length, group));
}

/** Values and number formats over the sheet's used rectangle, in bands of whole rows. */
function valueSteps(sheet: Excel.Worksheet, layout: SheetLayout): WriteStep[] {
  if (layout.cells.length === 0) return [];
  const lastRow = Math.max(...layout.cells.map((cell) => cell.row));
  const lastCol = Math.max(...layout.cells.map((cell) => cell.col));
  const width = lastCol + 1;
  const byPosition = new Map<number, LayoutCell>(layout.cells.map((cell) => [cell.row * width + cell.col, cell]));
  const rowsPerBand = Math.max(1, Math.floor(BAND_CELLS / width));
  const steps: WriteStep[] = [];
  for (let top = 0; top <= lastRow; top += rowsPerBand) {
    const bottom = Math.min(lastRow, top + rowsPerBand - 1);
    const inputs: Array<Array<string | number>> = [];
    const formats: string[][] = [];
    for (let row = top; row <= bottom; row++) {
      const inputRow: Array<string | number> = [];
      const formatRow: string[] = [];
      for (let col = 0; col <= lastCol; col++) {
        const cell = byPosition.get(row * width + col);
        const written = cell === undefined
          ? { input: '', numberFormat: GENERAL }
          : cellInput(cell.value, layout.styles[cell.style]?.numberFormat ?? GENERAL);
        inputRow.push(written.input);
        formatRow.push(written.numberFormat);
      }
      inputs.push(inputRow);
      formats.push(formatRow);
    }
    const ref = rangeA1({ top, left: 0, bottom, right: lastCol });
    // The number format first: a text-formatted cell then keeps the text it is given as text.
    steps.push(writeStep(() => {
      const range = sheet.getRange(ref);
      range.numberFormat = formats;
      range.formulas = inputs;
    }, 2, formats, inputs));
  }
  return steps;
}

/**
 * Cells keyed by their look without the number format, which valueSteps writes with the values: entry cells of rows
 * shown with different decimals (entryNumber0 … entryNumber4) format as one block.
 */
function cellsByLook(layout: SheetLayout): LayoutCell[] {
  const lookName = new Map<string, string>();
  const nameOf = new Map<string, string>();
  for (const [name, style] of Object.entries(layout.styles)) {
    const look = JSON.stringify({ ...style, numberFormat: '' });
    if (!lookName.has(look)) lookName.set(look, name);
    nameOf.set(name, lookName.get(look) ?? name);
  }
  return layout.cells.map((cell) => ({ ...cell, style: nameOf.get(cell.style) ?? cell.style }));
}

function styleSteps(sheet: Excel.Worksheet, layout: SheetLayout, features: SheetFeatures): WriteStep[] {
  const blocks = styleBlocks(cellsByLook(layout));
  const options = { indent: features.indent };
  return groups(blocks).map((group) => {
    const plan = group.flatMap((block) => {
      const style = layout.styles[block.style];
      return style === undefined ? [] : [{ ref: rangeA1(block), style, rows: block.bottom - block.top + 1, cols: block.right - block.left + 1 }];
    });
    const actions = plan.reduce((sum, block) => sum + styleActionCount(block.style, block.rows, block.cols, options), 0);
    return writeStep(() => {
      for (const block of plan) applyStyle(sheet.getRange(block.ref), block.style, block.rows, block.cols, options);
    }, actions, plan);
  });
}

function linkSteps(sheet: Excel.Worksheet, layout: SheetLayout): WriteStep[] {
  const links = layout.cells.flatMap((cell) => {
    if (cell.value.kind !== 'link') return [];
    const { target, text } = cell.value;
    const reference = documentReference(target.sheet, target.cell);
    const hyperlink: Excel.RangeHyperlink = target.file === undefined
      ? { documentReference: reference, textToDisplay: text }
      : { address: `${encodeURI(target.file.replace(/\\/gu, '/'))}#${reference}`, textToDisplay: text };
    return [{ cell: a1(cell.row, cell.col), hyperlink }];
  });
  return groups(links).map((group) => writeStep(() => {
    for (const link of group) sheet.getRange(link.cell).hyperlink = link.hyperlink;
  }, group.length, group));
}

function noteSteps(sheet: Excel.Worksheet, layout: SheetLayout, features: SheetFeatures): WriteStep[] {
  if (features.cellNotes === 'none') return [];
  const notes = layout.cells.flatMap((cell) => (cell.note === undefined ? [] : [{ cell: a1(cell.row, cell.col), text: cell.note }]));
  return groups(notes).map((group) => writeStep(() => {
    for (const note of group) {
      if (features.cellNotes === 'notes') sheet.notes.add(sheet.getRange(note.cell), note.text);
      else sheet.comments.add(sheet.getRange(note.cell), note.text, 'Plain');
    }
  }, group.length * 2, group));
}

function validationSteps(sheet: Excel.Worksheet, layout: SheetLayout): WriteStep[] {
  const planned = layout.validations.map((validation) => ({ ref: validation.ref, settings: validationSettings(validation) }));
  return groups(planned).map((group) => writeStep(() => {
    for (const validation of group) applyValidation(sheet.getRange(validation.ref), validation.settings);
  }, group.length * 4, group));
}

/**
 * Conditional formats, lowest priority first: ConditionalFormatCollection.add puts each new format at the top,
 * so the layout's priority 1 is added last and ends up evaluated first.
 */
function conditionalFormatSteps(sheet: Excel.Worksheet, layout: SheetLayout): WriteStep[] {
  if (layout.conditionalFormats.length === 0) return [];
  const formats = [...layout.conditionalFormats].sort((a, b) => b.priority - a.priority);
  return [writeStep(() => {
    for (const format of formats) {
      const added = sheet.getRange(format.ref).conditionalFormats.add('Custom');
      added.custom.rule.formula = `=${format.formula}`;
      added.custom.format.fill.color = format.style.fill;
      added.custom.format.font.color = format.style.fontColor;
      if (format.style.numberFormat !== undefined) added.custom.format.numberFormat = format.style.numberFormat;
      added.stopIfTrue = format.stopIfTrue;
    }
  }, formats.length * 5, formats)];
}

function viewSteps(sheet: Excel.Worksheet, layout: SheetLayout): WriteStep[] {
  const frozen = layout.frozen;
  return [writeStep(() => {
    sheet.showGridlines = layout.showGridLines;
    if (frozen === null) return;
    if (frozen.rows > 0 && frozen.cols > 0) sheet.freezePanes.freezeAt(rangeA1({ top: 0, left: 0, bottom: frozen.rows - 1, right: frozen.cols - 1 }));
    else if (frozen.rows > 0) sheet.freezePanes.freezeRows(frozen.rows);
    else if (frozen.cols > 0) sheet.freezePanes.freezeColumns(frozen.cols);
  }, 2, frozen)];
}

/** Page setup (ExcelApi 1.9). "Fit to N pages tall" with N = 0 means as many as needed: left unset. */
function printSteps(sheet: Excel.Worksheet, layout: SheetLayout, features: SheetFeatures): WriteStep[] {
  const print = layout.print;
  if (print === null || !features.printSetup) return [];
  return [writeStep(() => {
    const page = sheet.pageLayout;
    page.paperSize = 'A4';
    page.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    page.centerHorizontally = print.horizontalCentered;
    page.firstPageNumber = 1;
    if (print.scale !== undefined) page.zoom = { scale: print.scale };
    else page.zoom = print.fitToHeight > 0
      ? { horizontalFitToPages: print.fitToWidth, verticalFitToPages: print.fitToHeight }
      : { horizontalFitToPages: print.fitToWidth };
    page.leftMargin = inchesToPoints(print.margins.left);
    page.rightMargin = inchesToPoints(print.margins.right);
    page.topMargin = inchesToPoints(print.margins.top);
    page.bottomMargin = inchesToPoints(print.margins.bottom);
    page.headerMargin = inchesToPoints(print.margins.header);
    page.footerMargin = inchesToPoints(print.margins.footer);
    if (print.printTitleRows !== null) page.setPrintTitleRows(print.printTitleRows.split(':').map((row) => `$${row}`).join(':'));
    if (print.printTitleColumns !== undefined) page.setPrintTitleColumns(print.printTitleColumns.split(':').map((col) => `$${col}`).join(':'));
    if (print.printArea !== null) page.setPrintArea(print.printArea);
    if (print.footer !== null) page.headersFooters.defaultForAllPages.centerFooter = print.footer;
  }, 15, print)];
}

/** Every write of `layout` into `sheet`, in the order they must be queued. */
export function sheetSteps(sheet: Excel.Worksheet, layout: SheetLayout, features: SheetFeatures): WriteStep[] {
  return [
    ...columnSteps(sheet, layout),
    ...rowSteps(sheet, layout),
    ...valueSteps(sheet, layout),
    ...styleSteps(sheet, layout, features),
    writeStep(() => {
      for (const merge of layout.merges) sheet.getRange(merge).merge(false);
      for (const ref of layout.protection?.unlocked ?? []) sheet.getRange(ref).format.protection.locked = false;
    }, layout.merges.length + (layout.protection?.unlocked.length ?? 0), layout.merges, layout.protection?.unlocked ?? []),
    ...linkSteps(sheet, layout),
    ...noteSteps(sheet, layout, features),
    ...validationSteps(sheet, layout),
    ...conditionalFormatSteps(sheet, layout),
    ...viewSteps(sheet, layout),
    ...printSteps(sheet, layout, features),
  ];
}

/** Protection as office-js takes it, from what the layout allows. No password: a guard against slips. */
export function protectionOptions(layout: SheetLayout): Excel.WorksheetProtectionOptions | null {
  const protection = layout.protection;
  if (protection === null || !protection.protect) return null;
  const { allow } = protection;
  return {
    allowFormatColumns: allow.formatColumns,
    allowFormatRows: allow.formatRows,
    allowInsertRows: allow.insertRows,
    allowDeleteRows: allow.deleteRows,
    allowSort: allow.sort,
    allowAutoFilter: allow.autoFilter,
    allowFormatCells: false,
    allowInsertColumns: false,
    allowDeleteColumns: false,
    allowInsertHyperlinks: false,
    allowPivotTables: false,
    allowEditObjects: false,
    allowEditScenarios: false,
    selectionMode: allow.selectLockedCells ? 'Normal' : allow.selectUnlockedCells ? 'Unlocked' : 'None',
  };
}
