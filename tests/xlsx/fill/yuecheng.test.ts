/**
 * The 越城 2024 return filled as people fill it — typed, pasted, percent-formatted, full-width, in the wrong
 * unit, rows deleted, moved, ids edited — saved, read back and checked: the exact findings and the verdict.
 */
import type ExcelJS from 'exceljs';
import { LAYOUT_VERSION } from '../../../src/core/form';
import { Cells, checkSheet, edit, readOk, realCatalog, summary, template, typePercent, YUECHENG, type Template } from '../../support/xlsx/filledReturns';
import { shown } from '../../support/shown';

const Y = (name: string) => `${YUECHENG}.${name}`;
const RD = Y('rd-gdp-share');
const TURNOVER = Y('tech-market-turnover');
const HIGHTECH = Y('hightech-enterprises');
const SMES = Y('tech-smes');

/** A plausible 2023 and 2024 for every row (counts per 10 000 people kept whole: see the report on hard_range). */
const PLAUSIBLE: ReadonlyArray<[string, number | string, number | string]> = [
  [RD, 2.6, 2.8],
  [Y('industrial-rd-revenue-share'), 2.1, 2.3],
  [TURNOVER, 15.2, 16.8],
  [HIGHTECH, 420, 480],
  [SMES, 1500, 1650],
  [Y('new-provincial-enterprise-rd-institutions'), 12, 13],
  [Y('provincial-incubators-maker-spaces'), 25, 26],
  [Y('hightech-industry-investment-growth'), 12.5, 14.1],
  [Y('hightech-industry-investment-growth#companion'), 5.2, 6.3],
  [Y('hightech-industry-va-share'), 58.1, 60.2],
  [Y('digital-core-va-gdp-share'), 6.5, 8.2],
  [Y('high-level-talent-cumulative'), 300, 380],
  [Y('rd-personnel-per-10k-employed'), 120, 135],
  [Y('high-value-invention-patents-per-10k'), 11, 12],
  [Y('labour-productivity-growth'), 6.5, 7.2],
  [Y('special-support-talent'), 150, 190],
  [Y('fiscal-st-budget-growth'), 16.2, 15.4],
  [Y('innovation-voucher-use'), 600, 720],
  [Y('biomedicine-output'), 650, 760],
  [Y('national-hightech-zone-rank'), 52, 48],
  [Y('enterprise-rd-institution-coverage'), '否', '否'],
  [Y('enterprise-rd-expenditure-coverage'), '否', '是'],
];

let tpl: Template;
let at: Cells;

beforeAll(async () => {
  tpl = await template(YUECHENG, 2024);
  at = new Cells(tpl);
});

/** The template filled with plausible values, then changed by `change` as a person would. */
async function filled(change: (sheet: ExcelJS.Worksheet) => void = () => undefined) {
  const bytes = await edit(tpl.bytes, (sheet) => {
    for (const [id, y2023, y2024] of PLAUSIBLE) {
      sheet.getCell(at.actual(id, 2023)).value = y2023;
      sheet.getCell(at.actual(id, 2024)).value = y2024;
    }
    change(sheet);
  });
  const [sheet, ...others] = await readOk(bytes);
  expect(others).toEqual([]);
  if (sheet === undefined) throw new Error('no sheet read');
  return { sheet, report: checkSheet(sheet) };
}

/** Swaps the contents of two whole rows, as cutting one row and inserting it elsewhere does. */
function swapRows(sheet: ExcelJS.Worksheet, a: number, b: number): void {
  const rowA = sheet.getRow(a);
  const rowB = sheet.getRow(b);
  const last = Math.max(rowA.cellCount, rowB.cellCount);
  for (let col = 1; col <= last; col++) {
    const cellA = rowA.getCell(col);
    const cellB = rowB.getCell(col);
    const [valueA, styleA] = [cellA.value, cellA.style];
    cellA.value = cellB.value;
    cellA.style = cellB.style;
    cellB.value = valueA;
    cellB.style = styleA;
  }
}

describe('越城 2024: a return filled with plausible values', () => {
  it('reads every generated row by its id, with the metadata the generator wrote, and is accepted', async () => {
    const { sheet, report } = await filled();
    expect(sheet.metadata).toEqual({
      sheet: '指标填报', planIds: [YUECHENG], catalogVersion: realCatalog().version, region: { name: '绍兴市越城区', code: '330602' },
      reportingYear: 2024, layoutVersion: LAYOUT_VERSION, merged: false, rowIds: tpl.rowIds,
    });
    expect(sheet.rows.map((row) => row.indicatorId)).toEqual(tpl.rowIds);
    expect(sheet.observations).toEqual([]);
    expect(summary(report)).toEqual([]);
    expect(report.verdict).toBe('accepted');
  });

  it('reads each row at the row it is on, with its name and unit', async () => {
    const { sheet } = await filled();
    const row = sheet.rows.find((candidate) => candidate.indicatorId === TURNOVER);
    expect(row).toMatchObject({ row: at.row(TURNOVER), name: '技术市场交易成交额', unit: '亿元' });
    // As typed, in the form's own format (the plan prints 14 | 20 亿元: whole numbers).
    expect(row?.actuals[2024]).toEqual({ address: at.actual(TURNOVER, 2024), value: { type: 'number', value: 16.8 }, numberFormat: '0' });
    expect(Object.keys(row?.actuals ?? {}).map(Number)).toEqual([2020, 2021, 2022, 2023, 2024]); // to the reporting year only (decision 0051)
  });
});

describe('越城 2024: what people type', () => {
  it('numbers pasted as text, with a thousands separator, are errors: the sheet cannot compute them, and the message says what to type', async () => {
    const { sheet, report } = await filled((ws) => {
      ws.getCell(at.actual(HIGHTECH, 2024)).value = '480';
      ws.getCell(at.actual(SMES, 2024)).value = '1,650';
    });
    expect(sheet.rows.find((row) => row.indicatorId === HIGHTECH)?.actuals[2024]?.value).toEqual({ type: 'text', value: '480' });
    expect(summary(report)).toEqual([
      ['not_a_number', at.actual(HIGHTECH, 2024), 'error', 'check.not_a_number.text_number'],
      ['not_a_number', at.actual(SMES, 2024), 'error', 'check.not_a_number.text_number'],
    ]);
    expect(shown(report.findings[1], 'zh-CN')).toContain('1650');
    expect(report.verdict).toBe('rejected');
  });

  it('"2.8%" typed into the % row (Excel stores 0.028 with a % format, which the sheet compares with 2.8) is an error saying to type 2.8', async () => {
    const { sheet, report } = await filled((ws) => typePercent(ws.getCell(at.actual(RD, 2024)), 0.028));
    expect(sheet.rows.find((row) => row.indicatorId === RD)?.actuals[2024]).toMatchObject({ value: { type: 'number', value: 0.028 }, numberFormat: '0.0%' });
    expect(summary(report)).toEqual([['not_a_number', at.actual(RD, 2024), 'error', 'check.not_a_number.percent_format']]);
    expect(shown(report.findings[0], 'zh-CN')).toContain('2.8');
    expect(report.verdict).toBe('rejected');
  });

  it('0.028 typed into the % row without a % format is a share typed as a fraction: a warning', async () => {
    const { report } = await filled((ws) => {
      ws.getCell(at.actual(RD, 2024)).value = 0.028;
    });
    expect(summary(report)).toEqual([['share_as_fraction', at.actual(RD, 2024), 'warning', 'check.share_as_fraction.previous']]);
    expect(report.verdict).toBe('rejected');
  });

  it('the same warning explained in 说明 is accepted with explanations', async () => {
    const { report } = await filled((ws) => {
      ws.getCell(at.actual(RD, 2024)).value = 0.028;
      ws.getCell(at.explanation(RD)).value = '按统计年鉴口径填报';
    });
    expect(summary(report)).toEqual([['share_as_fraction', at.actual(RD, 2024), 'warning', 'check.share_as_fraction.previous']]);
    expect(report.findings[0]).toMatchObject({ explained: true, explanation: '按统计年鉴口径填报' });
    expect(report.verdict).toBe('accepted_with_explanations');
  });

  it('full-width digits (４８０) are text to the sheet: an error saying to type 480', async () => {
    const { report } = await filled((ws) => {
      ws.getCell(at.actual(HIGHTECH, 2024)).value = '４８０';
    });
    expect(summary(report)).toEqual([['not_a_number', at.actual(HIGHTECH, 2024), 'error', 'check.not_a_number.text_number']]);
    expect(shown(report.findings[0], 'zh-CN')).toContain('480');
  });

  it('a 万元 figure in the 亿元 row (168000 for 16.8) is a unit slip: one warning', async () => {
    const { report } = await filled((ws) => {
      ws.getCell(at.actual(TURNOVER, 2024)).value = 168000;
    });
    expect(summary(report)).toEqual([['magnitude_slip', at.actual(TURNOVER, 2024), 'warning', 'check.magnitude_slip.previous.unit']]);
    expect(shown(report.findings[0], 'zh-CN')).toContain('可能把“亿元”填成了“万元”');
    expect(report.verdict).toBe('rejected');
  });

  it('text where a number belongs, and a formula in an entry cell (its cache never read), are errors', async () => {
    const { report } = await filled((ws) => {
      ws.getCell(at.actual(HIGHTECH, 2024)).value = '约480家';
      ws.getCell(at.actual(SMES, 2024)).value = { formula: 'VLOOKUP("x",A1:B2,2,FALSE)', result: { error: '#N/A' } } as ExcelJS.CellValue;
    });
    expect(summary(report)).toEqual([
      ['not_a_number', at.actual(HIGHTECH, 2024), 'error', 'check.not_a_number'],
      ['entry_formula', at.actual(SMES, 2024), 'error', 'check.entry_formula'],
    ]);
    expect(report.verdict).toBe('rejected');
  });

  it('a formula of plain arithmetic is reported with the value it computes, never its cached result', async () => {
    const { sheet, report } = await filled((ws) => {
      ws.getCell(at.actual(HIGHTECH, 2024)).value = { formula: '400+80', result: 650 } as ExcelJS.CellValue;
    });
    expect(sheet.rows.find((row) => row.indicatorId === HIGHTECH)?.actuals[2024]).toMatchObject({ formula: '400+80' });
    expect(summary(report)).toEqual([['entry_formula', at.actual(HIGHTECH, 2024), 'error', 'check.entry_formula.constant']]);
    expect(shown(report.findings[0], 'zh-CN')).toContain('480');
  });
});

describe('越城 2024: the form altered', () => {
  it('a deleted row is reported missing, and the rows below it are not taken for moved', async () => {
    const { sheet, report } = await filled((ws) => ws.spliceRows(at.row(SMES) + 1, 1));
    expect(sheet.rows.map((row) => row.indicatorId)).toEqual(tpl.rowIds.filter((id) => id !== SMES));
    expect(summary(report)).toEqual([['structure', null, 'error', 'structure.row_missing']]);
    expect(report.findings[0]?.indicatorId).toBe(SMES);
    expect(report.verdict).toBe('rejected');
  });

  it('a moved row (two rows swapped) is reported once: the second of the two, now below where it belongs', async () => {
    const { sheet, report } = await filled((ws) => swapRows(ws, at.row(HIGHTECH) + 1, at.row(SMES) + 1));
    // Rows are matched by id, not by position: the values travelled with their rows.
    expect(sheet.rows.find((row) => row.indicatorId === SMES)?.actuals[2024]?.value).toEqual({ type: 'number', value: 1650 });
    expect(sheet.rows.find((row) => row.indicatorId === SMES)?.row).toBe(at.row(HIGHTECH));
    expect(summary(report)).toEqual([['structure', at.rowRef(SMES), 'error', 'structure.row_moved']]);
    expect(report.findings[0]?.indicatorId).toBe(HIGHTECH);
    expect(report.verdict).toBe('rejected');
  });

  it('an edited id leaves a row the checks cannot place and an indicator missing', async () => {
    const { sheet, report } = await filled((ws) => {
      ws.getCell(at.id(HIGHTECH)).value = `${HIGHTECH}-2`;
    });
    expect(sheet.rows.find((row) => row.row === at.row(HIGHTECH))?.indicatorId).toBe(`${HIGHTECH}-2`);
    expect(summary(report)).toEqual([
      ['structure', null, 'error', 'structure.row_missing'],
      ['structure', at.rowRef(HIGHTECH), 'error', 'structure.id_unknown'],
    ]);
  });

  it('a deleted id still yields the row, without id, so that it is reported', async () => {
    const { sheet, report } = await filled((ws) => {
      ws.getCell(at.id(HIGHTECH)).value = null;
    });
    expect(sheet.rows.find((row) => row.row === at.row(HIGHTECH))).toMatchObject({ indicatorId: null, name: '高新技术企业数' });
    expect(summary(report)).toEqual([
      ['structure', null, 'error', 'structure.row_missing'],
      ['structure', at.rowRef(HIGHTECH), 'error', 'structure.id_missing'],
    ]);
  });
});
