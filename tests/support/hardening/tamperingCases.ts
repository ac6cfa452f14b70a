/**
 * Ways a filled return gets damaged — by accident (a row deleted, a sheet copied), by habit (a formula into another
 * workbook, merged cells) or on purpose (a target lowered, 已达标 typed over the status formula, the region or year
 * changed) — as edits of the workbook, each with the findings it must give. tampering.test.ts checks them as
 * `plan-indicators check` checks a file; tests/excel/tamperingParity.test.ts checks that the task pane's reader in
 * Excel finds the same.
 */
import type ExcelJS from 'exceljs';
import { editMetadata, type Form } from './damagedReturns';

const Y = (name: string) => `yuecheng-2021-2025.${name}`;
const RD = Y('rd-gdp-share');
const HIGHTECH = Y('hightech-enterprises');
const SMES = Y('tech-smes');
const TURNOVER = Y('tech-market-turnover');

/**
 * Rows inserted or deleted the way Excel does it: the rows below move and every reference to them follows
 * (ExcelJS's spliceRows moves the rows but leaves formulas pointing at the old rows).
 */
function spliceRowsLikeExcel(sheet: ExcelJS.Worksheet, start: number, deleteCount: number, ...inserted: unknown[][]): void {
  const shift = inserted.length - deleteCount;
  sheet.spliceRows(start, deleteCount, ...inserted);
  sheet.eachRow((row) => row.eachCell((cell) => {
    const value = cell.value as { formula?: string; result?: unknown } | null;
    if (value === null || typeof value !== 'object' || typeof value.formula !== 'string') return;
    const formula = value.formula.replace(/(?<![A-Z0-9.])([A-Z]{1,3})(\d+)(?![\d(])/gu, (whole, col: string, row: string) => (
      Number(row) >= start + deleteCount ? `${col}${Number(row) + shift}` : whole));
    cell.value = { ...value, formula } as ExcelJS.CellValue;
  }));
}

/** Two rows swapped as a person cuts and pastes them: every cell moves, its formulas follow it. */
function swapRows(sheet: ExcelJS.Worksheet, a: number, b: number): void {
  const cellsOf = (row: number) => {
    const found: Array<[number, ExcelJS.CellValue]> = [];
    sheet.getRow(row).eachCell({ includeEmpty: true }, (cell, col) => found.push([col, cell.value]));
    return found;
  };
  const moved = (value: ExcelJS.CellValue, from: number, to: number): ExcelJS.CellValue => {
    const formula = value !== null && typeof value === 'object' && 'formula' in value ? value.formula : undefined;
    if (typeof formula !== 'string') return value;
    return { ...(value as ExcelJS.CellFormulaValue), formula: formula.replace(new RegExp(`(?<![A-Z0-9.])([A-Z]{1,3})${from}(?![\\d(])`, 'gu'), `$1${to}`) };
  };
  const [first, second] = [cellsOf(a), cellsOf(b)];
  for (const [col, value] of first) sheet.getRow(b).getCell(col).value = moved(value, a, b);
  for (const [col, value] of second) sheet.getRow(a).getCell(col).value = moved(value, b, a);
}

export interface Expected {
  code: string;
  /** The sheet the finding is on; default the district plan's sheet. */
  sheet?: string;
  /** The cell or row the finding names (null: the finding is about the whole sheet). */
  cell?: string | null;
}

export interface Case {
  /** As README.md lists it. */
  title: string;
  withProvincialPlan?: boolean;
  tamper: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook, forms: Form[]) => void;
  expected: (form: Form, forms: Form[]) => Expected[];
}

export const CASES: Case[] = [
  {
    title: 'a row deleted',
    tamper: (sheet, _wb, [form]) => spliceRowsLikeExcel(sheet, (form as Form).row(HIGHTECH) + 1, 1),
    expected: () => [{ code: 'structure.row_missing', cell: null }],
  },
  {
    title: 'a row inserted',
    tamper: (sheet, _wb, [form]) => spliceRowsLikeExcel(sheet, (form as Form).row(HIGHTECH) + 2, 0, ['', '', '新增指标', '家']),
    expected: (form) => [{ code: 'structure.id_missing', cell: `${form.row(HIGHTECH) + 2}:${form.row(HIGHTECH) + 2}` }],
  },
  {
    title: 'rows moved (two rows swapped)',
    tamper: (sheet, _wb, [form]) => swapRows(sheet, (form as Form).row(HIGHTECH) + 1, (form as Form).row(SMES) + 1),
    expected: (form) => [{ code: 'structure.row_moved', cell: form.rowRef(SMES) }],
  },
  {
    title: 'a row duplicated',
    tamper: (sheet, _wb, [form]) => {
      const source = (form as Form).row(HIGHTECH) + 1;
      const copy: unknown[] = [];
      sheet.getRow(source).eachCell({ includeEmpty: true }, (cell, col) => {
        copy[col - 1] = cell.value;
      });
      spliceRowsLikeExcel(sheet, source + 1, 0, copy);
    },
    expected: (form) => [{ code: 'structure.id_duplicated', cell: `${form.row(HIGHTECH) + 2}:${form.row(HIGHTECH) + 2}` }],
  },
  {
    title: 'the id column edited',
    tamper: (sheet, _wb, [form]) => {
      sheet.getCell((form as Form).at(SMES, (form as Form).map.columns.id)).value = 'yuecheng-2021-2025.tech-smes-2';
    },
    expected: (form) => [{ code: 'structure.id_unknown', cell: form.rowRef(SMES) }, { code: 'structure.row_missing', cell: null }],
  },
  {
    title: 'the metadata sheet removed',
    tamper: (_sheet, workbook) => workbook.removeWorksheet('_meta'),
    expected: () => [{ code: 'structure.metadata_missing', cell: null }],
  },
  {
    title: 'the metadata edited: plan',
    tamper: (_sheet, workbook) => editMetadata(workbook, 'planIds', () => ['keqiao-2021-2025']),
    expected: () => [{ code: 'structure.metadata_unreadable', cell: null }, { code: 'structure.frame_changed', cell: 'A1' }],
  },
  {
    title: 'the metadata edited: region',
    tamper: (_sheet, workbook) => editMetadata(workbook, 'region', () => ({ name: '绍兴市柯桥区', code: '330603' })),
    expected: (form) => [{ code: 'structure.frame_changed', cell: form.cellWithText(/^填报单位：/u) }],
  },
  {
    title: 'the metadata edited: region code',
    tamper: (_sheet, workbook) => editMetadata(workbook, 'region', (region) => ({ ...(region as object), code: '330603' })),
    expected: () => [{ code: 'structure.metadata_unreadable', cell: null }],
  },
  {
    title: 'the metadata edited: year',
    tamper: (_sheet, workbook) => editMetadata(workbook, 'reportingYear', () => 2024),
    expected: (form) => [{ code: 'structure.frame_changed', cell: form.cellWithText(/^2025年$/u) }],
  },
  {
    title: 'the metadata edited: rowIds',
    tamper: (_sheet, workbook) => editMetadata(workbook, 'rowIds', (ids) => [...(ids as string[])].reverse()),
    expected: () => [{ code: 'structure.metadata_unreadable', cell: null }],
  },
  {
    title: 'the metadata edited: layout version',
    tamper: (_sheet, workbook) => editMetadata(workbook, 'layoutVersion', () => 7),
    expected: () => [{ code: 'structure.metadata_unreadable', cell: null }],
  },
  {
    title: 'a unit cell edited',
    tamper: (sheet, _wb, [form]) => {
      sheet.getCell((form as Form).at(TURNOVER, (form as Form).map.columns.unit)).value = '万元';
    },
    expected: (form) => [{ code: 'structure.unit_changed', cell: form.rowRef(TURNOVER) }],
  },
  {
    title: 'a target cell edited',
    tamper: (sheet, _wb, [form]) => {
      sheet.getCell((form as Form).at(RD, (form as Form).map.columns.targets[2025] ?? -1)).value = '2.0';
    },
    expected: (form) => [{ code: 'structure.printed_value_changed', cell: form.at(RD, form.map.columns.targets[2025] ?? -1) }],
  },
  {
    title: 'a baseline cell edited',
    tamper: (sheet, _wb, [form]) => {
      sheet.getCell((form as Form).at(HIGHTECH, (form as Form).map.columns.baselines[2020] ?? -1)).value = 500;
    },
    expected: (form) => [{ code: 'structure.printed_value_changed', cell: form.at(HIGHTECH, form.map.columns.baselines[2020] ?? -1) }],
  },
  {
    title: '已达标 typed over the status formula',
    tamper: (sheet, _wb, [form]) => {
      sheet.getCell((form as Form).at(RD, (form as Form).map.columns.status)).value = '已达标';
    },
    expected: (form) => [{ code: 'structure.formula_replaced', cell: form.at(RD, form.map.columns.status) }],
  },
  {
    title: 'the plan changed in the title',
    tamper: (sheet, _wb, [form]) => {
      sheet.getCell((form as Form).cellWithText(/规划/u)).value = '绍兴市柯桥区科技创新发展“十四五”规划主要指标完成情况表';
    },
    expected: () => [{ code: 'structure.frame_changed', cell: 'A1' }],
  },
  {
    title: 'the region changed in 填报单位',
    tamper: (sheet, _wb, [form]) => {
      sheet.getCell((form as Form).cellWithText(/^填报单位：/u)).value = '填报单位：绍兴市柯桥区';
    },
    expected: (form) => [{ code: 'structure.frame_changed', cell: form.cellWithText(/^填报单位：/u) }],
  },
  {
    title: 'the year changed in the period cell',
    tamper: (sheet, _wb, [form]) => {
      sheet.getCell((form as Form).cellWithText(/^2025年$/u)).value = '2024年';
    },
    expected: (form) => [{ code: 'structure.frame_changed', cell: form.cellWithText(/^2025年$/u) }],
  },
  {
    title: 'a value replaced by a formula into another workbook',
    tamper: (sheet, _wb, [form]) => {
      sheet.getCell((form as Form).actual(HIGHTECH, 2025)).value = { formula: "'[统计台账.xlsx]2025'!C7", result: 480 } as ExcelJS.CellValue;
    },
    expected: (form) => [{ code: 'dangerous.external_reference', cell: form.actual(HIGHTECH, 2025) }],
  },
  {
    title: 'merged cells over entry cells',
    tamper: (sheet, _wb, [form]) => sheet.mergeCells(`${(form as Form).actual(HIGHTECH, 2024)}:${(form as Form).actual(HIGHTECH, 2025)}`),
    expected: (form) => [{ code: 'structure.merged_entry_cells', cell: form.actual(HIGHTECH, 2024) }],
  },
  {
    title: 'the protection removed',
    tamper: (sheet) => sheet.unprotect(),
    expected: () => [{ code: 'structure.protection_removed', cell: null }],
  },
  {
    title: 'the name of an indicator edited',
    tamper: (sheet, _wb, [form]) => {
      sheet.getCell((form as Form).at(HIGHTECH, (form as Form).map.columns.name)).value = '高新技术企业数（含培育）';
    },
    expected: (form) => [{ code: 'structure.row_renamed', cell: form.rowRef(HIGHTECH) }],
  },
  {
    title: 'the header edited',
    tamper: (sheet, _wb, [form]) => {
      sheet.getCell((form as Form).cellWithText(/^说明$/u)).value = '备注';
    },
    expected: (form) => [{ code: 'structure.header_changed', cell: form.cellWithText(/^说明$/u) }],
  },
  {
    title: 'the sheet renamed',
    tamper: (sheet) => {
      sheet.name = '2025年填报';
    },
    expected: () => [{ code: 'structure.sheet_renamed', sheet: '2025年填报', cell: null }],
  },
  {
    title: 'the sheet copied',
    tamper: (sheet, workbook) => {
      const copy = workbook.addWorksheet(`${sheet.name} (2)`);
      copy.model = { ...sheet.model, name: copy.name, id: copy.id } as typeof sheet.model;
    },
    expected: (form) => [{ code: 'structure.sheet_copied', sheet: `${form.name} (2)`, cell: null }],
  },
  {
    title: 'a reporting sheet deleted while _meta still names it',
    withProvincialPlan: true,
    tamper: (_sheet, workbook, forms) => workbook.removeWorksheet(workbook.getWorksheet(forms[1]?.name ?? '')?.id ?? -1),
    expected: (_form, forms) => [{ code: 'structure.sheet_missing', sheet: forms[1]?.name ?? '', cell: null }],
  },
];
