import type ExcelJS from 'exceljs';
import type { LayoutValue, SheetLayout } from '../core/layout';
import { linkText } from './cellLinks';
import { colour, excelStyle } from './styles';

const A4 = 9;

/** ExcelJS has worksheet.dataValidations but its type declarations leave it out. */
interface WithDataValidations {
  dataValidations: { add(ref: string, validation: ExcelJS.DataValidation): void; model: Record<string, ExcelJS.DataValidation | undefined> };
}

export function dataValidationsOf(sheet: ExcelJS.Worksheet): WithDataValidations['dataValidations'] {
  return (sheet as unknown as WithDataValidations).dataValidations;
}

function cellValue(value: LayoutValue): ExcelJS.CellValue {
  switch (value.kind) {
    case 'empty':
      return null;
    case 'text':
      // A string stays a string in the file, even when it starts with '=': it is never evaluated.
      return value.text;
    case 'number':
      return value.value;
    case 'formula':
      return { formula: value.formula } as ExcelJS.CellFormulaValue;
    case 'link':
      return { text: value.text, hyperlink: linkText(value.target) };
  }
}

/** Writes one layout into a new worksheet of `workbook`. Everything the layout holds; nothing it does not. */
export async function renderSheet(workbook: ExcelJS.Workbook, layout: SheetLayout): Promise<ExcelJS.Worksheet> {
  const sheet = workbook.addWorksheet(layout.name, {
    state: layout.visibility,
    views: [
      layout.frozen === null
        ? { state: 'normal', showGridLines: layout.showGridLines }
        : { state: 'frozen', xSplit: layout.frozen.cols, ySplit: layout.frozen.rows, showGridLines: layout.showGridLines },
    ],
  });

  for (const column of layout.columns) {
    const target = sheet.getColumn(column.col + 1);
    target.width = column.width;
    target.hidden = column.hidden;
  }
  for (const row of layout.rows) sheet.getRow(row.row + 1).height = row.height;

  const styles = new Map(Object.entries(layout.styles).map(([name, style]) => [name, excelStyle(style)]));
  for (const cell of layout.cells) {
    const target = sheet.getCell(cell.row + 1, cell.col + 1);
    target.value = cellValue(cell.value);
    const style = styles.get(cell.style);
    if (style) target.style = style;
    if (cell.note !== undefined) target.note = cell.note;
  }
  for (const merge of layout.merges) sheet.mergeCells(merge);

  for (const validation of layout.validations) {
    dataValidationsOf(sheet).add(validation.ref, {
      type: validation.type,
      ...(validation.operator === null ? {} : { operator: validation.operator }),
      formulae: validation.formulae,
      allowBlank: validation.allowBlank,
      showInputMessage: validation.showInputMessage,
      promptTitle: validation.promptTitle,
      prompt: validation.prompt,
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: validation.errorTitle,
      error: validation.error,
    });
  }

  for (const format of layout.conditionalFormats) {
    sheet.addConditionalFormatting({
      ref: format.ref,
      rules: [{
        type: 'expression',
        formulae: [format.formula],
        priority: format.priority,
        stopIfTrue: format.stopIfTrue,
        style: {
          fill: { type: 'pattern', pattern: 'solid', bgColor: colour(format.style.fill) },
          font: { color: colour(format.style.fontColor) },
          ...(format.style.numberFormat === undefined ? {} : { numFmt: format.style.numberFormat }),
        },
      } as ExcelJS.ConditionalFormattingRule],
    });
  }

  if (layout.print !== null) {
    const print = layout.print;
    sheet.pageSetup = {
      ...sheet.pageSetup,
      paperSize: A4,
      orientation: print.orientation,
      ...(print.scale === undefined
        ? { fitToPage: true, fitToWidth: print.fitToWidth, fitToHeight: print.fitToHeight }
        : { fitToPage: false, scale: print.scale }),
      horizontalCentered: print.horizontalCentered,
      // Each sheet's pages numbered from 1 (the footer names the sheet), also when the whole workbook is printed.
      firstPageNumber: 1,
      margins: print.margins,
      ...(print.printTitleRows === null ? {} : { printTitlesRow: print.printTitleRows }),
      ...(print.printTitleColumns === undefined ? {} : { printTitlesColumn: print.printTitleColumns }),
      ...(print.printArea === null ? {} : { printArea: print.printArea }),
    };
    if (print.footer !== null) sheet.headerFooter = { ...sheet.headerFooter, oddFooter: print.footer };
  }

  if (layout.protection?.protect) {
    const allow = layout.protection.allow;
    await sheet.protect(layout.protection.password ?? '', {
      selectLockedCells: allow.selectLockedCells,
      selectUnlockedCells: allow.selectUnlockedCells,
      formatColumns: allow.formatColumns,
      formatRows: allow.formatRows,
      insertRows: allow.insertRows,
      deleteRows: allow.deleteRows,
      sort: allow.sort,
      autoFilter: allow.autoFilter,
    });
  }
  return sheet;
}
