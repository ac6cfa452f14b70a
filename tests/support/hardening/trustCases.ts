/**
 * Issue 11's cases of trust in a return's content (catalog versions, cells found by position, explanations that say
 * something, values in later years), as edits of a clean return with the findings and the exit status each must give.
 * trust.test.ts checks them as `plan-indicators check` checks a file; README.md ("How returns are checked") lists them.
 */
import type ExcelJS from 'exceljs';
import { editMetadata, type Form } from './damagedReturns';

const Y = (name: string) => `yuecheng-2021-2025.${name}`;
const RD = Y('rd-gdp-share');
const HIGHTECH = Y('hightech-enterprises');

export interface TrustExpected {
  code: string;
  /** The cell the finding names; null: about the whole sheet; absent: not compared. */
  cell?: string | null;
}

export interface TrustCase {
  /** As README.md lists it. */
  title: string;
  /** The reporting year of the return damaged (default 2025). */
  year?: 2023 | 2025;
  tamper: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook, form: Form) => void;
  expected: (form: Form) => TrustExpected[];
  /** Exit status of `check` for the file: 2 rejected (an error or an unexplained warning), 1 accepted with explanations. */
  exitStatus: 1 | 2;
}

/** A target lowered and 已达标 typed over the status formula: what an edited catalogVersion used to hide. */
function targetAndStatusForged(sheet: ExcelJS.Worksheet, form: Form): void {
  sheet.getCell(form.at(RD, form.map.columns.targets[2025] ?? -1)).value = '2.0';
  sheet.getCell(form.at(RD, form.map.columns.status)).value = '已达标';
}
const forgedFindings = (form: Form): TrustExpected[] => [
  { code: 'structure.printed_value_changed', cell: form.at(RD, form.map.columns.targets[2025] ?? -1) },
  { code: 'structure.formula_replaced', cell: form.at(RD, form.map.columns.status) },
];

/** The header labels of two columns exchanged (the cells under them stay where the form put them). */
function swapLabels(sheet: ExcelJS.Worksheet, form: Form, a: number, b: number): void {
  const row = sheet.getRow(form.map.headerRow + 1);
  const [first, second] = [row.getCell(a + 1).value, row.getCell(b + 1).value];
  row.getCell(a + 1).value = second;
  row.getCell(b + 1).value = first;
}

/** The first column right of every column of the form. */
const afterLastColumn = (form: Form): number => {
  const { baselines, targets, targetColumns, actuals, plan, ...fixed } = form.map.columns;
  const all = [...Object.values(baselines), ...Object.values(targets), ...targetColumns.map((ref) => ref.col), ...Object.values(actuals), plan ?? -1, ...Object.values(fixed)];
  return Math.max(...all) + 1;
};
/** Column A, two rows below the last row of the form (its foot). */
const belowFoot = (form: Form): string => `A${Math.max(...form.layout.cells.map((cell) => cell.row)) + 3}`;
const header = (form: Form, col: number) => `${String.fromCharCode(65 + col)}${form.map.headerRow + 1}`;

export const TRUST_CASES: TrustCase[] = [
  {
    title: 'catalogVersion in _meta edited to a version never released, a target edited and 已达标 typed over the status formula',
    tamper: (sheet, workbook, form) => {
      editMetadata(workbook, 'catalogVersion', () => 'c-00000000');
      targetAndStatusForged(sheet, form);
    },
    expected: (form) => [{ code: 'structure.catalog_version_unknown', cell: null }, ...forgedFindings(form)],
    exitStatus: 2,
  },
  {
    title: 'catalogVersion in _meta emptied, with the same edits',
    tamper: (sheet, workbook, form) => {
      editMetadata(workbook, 'catalogVersion', () => '');
      targetAndStatusForged(sheet, form);
    },
    expected: (form) => [{ code: 'structure.catalog_version_unknown', cell: null }, ...forgedFindings(form)],
    exitStatus: 2,
  },
  {
    title: 'two year headers swapped (the values moved to match)',
    tamper: (sheet, _wb, form) => {
      const [a, b] = [form.map.columns.actuals[2024] ?? -1, form.map.columns.actuals[2025] ?? -1];
      swapLabels(sheet, form, a, b);
      for (const id of form.rowIds) {
        const [x, y] = [sheet.getCell(form.at(id, a)), sheet.getCell(form.at(id, b))];
        [x.value, y.value] = [y.value, x.value];
      }
    },
    expected: (form) => [
      { code: 'structure.header_changed', cell: header(form, form.map.columns.actuals[2024] ?? -1) },
      { code: 'structure.header_changed', cell: header(form, form.map.columns.actuals[2025] ?? -1) },
    ],
    exitStatus: 2,
  },
  {
    title: 'a target header and a baseline header swapped',
    tamper: (sheet, _wb, form) => swapLabels(sheet, form, form.map.columns.baselines[2020] ?? -1, form.map.columns.targets[2025] ?? -1),
    expected: (form) => [
      { code: 'structure.header_changed', cell: header(form, form.map.columns.baselines[2020] ?? -1) },
      { code: 'structure.header_changed', cell: header(form, form.map.columns.targets[2025] ?? -1) },
    ],
    exitStatus: 2,
  },
  {
    title: 'a header moved to another column',
    tamper: (sheet, _wb, form) => {
      const row = sheet.getRow(form.map.headerRow + 1);
      row.getCell(form.map.columns.responsible + 1).value = row.getCell(form.map.columns.explanation + 1).value;
      row.getCell(form.map.columns.explanation + 1).value = null;
    },
    expected: (form) => [
      { code: 'structure.header_changed', cell: header(form, form.map.columns.explanation) },
      { code: 'structure.header_changed', cell: header(form, form.map.columns.responsible) },
    ],
    exitStatus: 2,
  },
  ...(['。', '无', '-', '\u200b', '同上', 'N/A', '  ……  '].map((text): TrustCase => ({
    title: `an explanation of “${text === '\u200b' ? 'a zero-width space' : text.trim()}” under a warning`,
    tamper: (sheet, _wb, form) => {
      sheet.getCell(form.actual(HIGHTECH, 2025)).value = 6500;
      sheet.getCell(form.at(HIGHTECH, form.map.columns.explanation)).value = text;
    },
    expected: (form) => [{ code: 'check.explanation_meaningless', cell: form.at(HIGHTECH, form.map.columns.explanation) }],
    // The warning stays unexplained: the return goes back (✗ 退回), and the status says so (decision 0065).
    exitStatus: 2,
  }))),
  {
    title: 'an explanation over 500 characters',
    tamper: (sheet, _wb, form) => {
      sheet.getCell(form.at(HIGHTECH, form.map.columns.explanation)).value = '因统计口径调整，'.repeat(70);
    },
    expected: (form) => [{ code: 'check.explanation_too_long', cell: form.at(HIGHTECH, form.map.columns.explanation) }],
    exitStatus: 2,
  },
  {
    // The form's actual columns end at the reporting year (decision 0051): a later year's figure needs a column the
    // county adds itself, and the reader takes any column headed 2025年实绩 as that year's.
    title: 'a value typed in a year after the reporting year',
    year: 2023,
    tamper: (sheet, _wb, form) => {
      const added = afterLastColumn(form);
      sheet.getCell(header(form, added)).value = '2025年实绩';
      sheet.getCell(form.at(HIGHTECH, added)).value = 700;
    },
    expected: (form) => [{ code: 'check.future_year_value', cell: form.at(HIGHTECH, afterLastColumn(form)) }],
    exitStatus: 2,
  },
  {
    // Beside the form, where no rule used to look: a reviewer reads both, the checker read neither.
    title: 'a note typed below the foot and a number typed right of the form in an indicator’s row',
    tamper: (sheet, _wb, form) => {
      sheet.getCell(belowFoot(form)).value = '注：部分数据为估计数';
      sheet.getCell(form.at(HIGHTECH, afterLastColumn(form) + 1)).value = 6400;
    },
    expected: (form) => [
      { code: 'form.content_outside', cell: belowFoot(form) },
      { code: 'form.value_outside', cell: form.at(HIGHTECH, afterLastColumn(form) + 1) },
    ],
    exitStatus: 2,
  },
];
