/**
 * The reporting sheet's rules that show 完成进度 with more decimals (decision 0244 addendum): over the 完成进度 column
 * only, most decimals first, each with its row's status colour (LibreOffice applies only the first rule listed that
 * covers a cell, so they are listed before the colour rules). What they print is tested in LibreOffice
 * (tests/libreoffice/printedForms.test.ts, in its LibreOffice run).
 */
import { columnLetter } from '../../../src/core/form';
import { reportingSheetLayout, reportingSheetMap, STATUS_SWATCH } from '../../../src/core/layout';
import { roundsToReach } from '../../../src/core/layout/honestPercentFormats';
import { plan, realCatalog } from '../../support/core/layout/layoutHelpers';

const yuecheng = plan('yuecheng-2021-2025');
const layout = reportingSheetLayout({ plans: [yuecheng], region: yuecheng.plan.region, reportingYear: 2023, merge: false, catalogVersion: realCatalog().version });
const map = reportingSheetMap(layout);
const completion = columnLetter(map.columns.completion);
const decimalRules = layout.conditionalFormats.filter((format) => format.style.numberFormat !== undefined);

it('covers the 完成进度 column of every row, most decimals first, in every status colour', () => {
  for (const rule of decimalRules) expect(rule.ref).toBe(`${completion}${map.firstDataRow + 1}:${completion}${map.lastDataRow + 1}`);
  expect(decimalRules.map((rule) => rule.style.numberFormat)).toEqual([
    ...Array<string>(4).fill('0.0000%'), ...Array<string>(4).fill('0.000%'), ...Array<string>(4).fill('0.00%'),
  ]);
  const swatches = new Set(Object.values(STATUS_SWATCH).map((swatch) => `${swatch.fill} ${swatch.font}`));
  expect(new Set(decimalRules.map((rule) => `${rule.style.fill} ${rule.style.fontColor}`))).toEqual(swatches);
});

it('is listed, and evaluated, before the status colours and after the rule for text in a number cell', () => {
  const listed = layout.conditionalFormats;
  const first = listed.findIndex((format) => format.style.numberFormat !== undefined);
  expect(first).toBe(1);
  expect(listed.slice(first, first + decimalRules.length)).toEqual(decimalRules);
  expect(listed.map((format) => format.priority)).toEqual(listed.map((_, index) => index + 1));
});

it('rounds 完成进度 and 序时进度 alike, and never counts an empty cell', () => {
  expect(roundsToReach('$P8', '$Q8', 1)).toBe(
    'AND(ISNUMBER($P8),OR(AND($P8<1,ROUND(N($P8)*100,1)>=100),AND(ISNUMBER($Q8),$P8<$Q8,ROUND(N($P8)*100,1)>=ROUND(N($Q8)*100,1))))',
  );
});
