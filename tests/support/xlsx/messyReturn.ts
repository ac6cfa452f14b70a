/**
 * A reviewer's hard case: 越城区's 2024 return with an error, an unexplained and an explained warning, and notes of
 * the person's own — what the annotated copy is tested on (tests/xlsx/annotateWorkbook.test.ts), and what
 * LibreOffice saves before it is annotated (tests/libreoffice/recomputed/libreofficeComputes.suite.ts).
 */
import type ExcelJS from 'exceljs';
import { edit, YUECHENG, type Cells, type Template } from './filledReturns';

const Y = (name: string) => `${YUECHENG}.${name}`;
export const RD = Y('rd-gdp-share');
export const TURNOVER = Y('tech-market-turnover');
export const HIGHTECH = Y('hightech-enterprises');
export const SMES = Y('tech-smes');

/** The template `tpl` (越城区, 2024) filled in with the findings above, a moved row and a deleted one. */
export async function messyReturn(tpl: Template, at: Cells): Promise<Uint8Array> {
  return edit(tpl.bytes, (sheet) => {
    // Every row 10 (coverage rows 是); a share's numerator and denominator left empty, so no share disagrees with its parts.
    for (const id of tpl.rowIds.filter((rowId) => !/#(numerator|denominator)$/u.test(rowId))) {
      sheet.getCell(at.actual(id, 2024)).value = id.endsWith('coverage') ? '是' : 10;
    }
    // 高新技术产业投资增速 must be above the growth of fixed-asset investment reported under it.
    sheet.getCell(at.actual(Y('hightech-industry-investment-growth#companion'), 2024)).value = 5;
    sheet.getCell(at.actual(RD, 2023)).value = 2.6;
    sheet.getCell(at.actual(RD, 2024)).value = 0.028;
    sheet.getCell(at.explanation(RD)).value = '按年鉴口径';
    sheet.getCell(at.actual(TURNOVER, 2023)).value = 15.2;
    sheet.getCell(at.actual(TURNOVER, 2024)).value = 168000;
    sheet.getCell(at.actual(HIGHTECH, 2024)).value = 480;
    sheet.getCell(at.actual(SMES, 2024)).value = '约1650家';
    sheet.getCell(at.actual(SMES, 2023)).note = '来自统计台账';
    sheet.getCell(at.actual(SMES, 2024)).note = { texts: [{ text: '请核对', font: { bold: true } }, { text: '台账' }] } as ExcelJS.Comment;
  });
}
