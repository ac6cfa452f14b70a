// The task pane's ExcelJS Workbook: webpack maps `exceljs/lib/doc/workbook`, which src/xlsx/excelJs.ts loads in Node
// (decision 0207), here, to the Workbook of ExcelJS's browser build (`exceljs`, itself mapped to its dist file).
module.exports = require('exceljs').Workbook;
