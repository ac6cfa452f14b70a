/**
 * A plan office prints the plan's targets from the annex documents (annexLayouts: the tables, then 主要目标): every
 * target and planned amount the catalog records for a plan is printed in one of them, on its indicator's row. 嵊州's
 * prose 2027 target 3.2%左右 (a second 2027 target of the table's R&D row, whose cell prints 3.1) was in the catalog
 * and `catalog show` but in no printed annex (decision 0278).
 */
import type { Indicator, PlanCatalog } from '../../../src/core/catalog';
import { annexLayouts, nameWithUnit } from '../../../src/core/documents';
import { ANNEX } from '../../../src/core/form';
import type { SheetLayout } from '../../../src/core/layout';
import { realCatalog } from '../../support/catalog';
import { rowTexts } from '../../support/core/layout/layoutHelpers';

/** Each body row of a sheet as its cells' texts. */
const rowsOf = (sheet: SheetLayout): string[][] => [...rowTexts(sheet).values()];

/** A plan's annex sheets (annexLayouts: the tables, then 主要目标), each laid out once, as its rows' texts. */
const annexRows = (plan: PlanCatalog) => annexLayouts(plan).map((sheet) => ({ name: sheet.name, rows: rowsOf(sheet) }));

/** The rows of the plan's annexes that print the indicator (its name with its unit, as the annexes print it). */
function printedRows(annexes: ReturnType<typeof annexRows>, indicator: Indicator): Array<{ sheet: string; cells: string[] }> {
  const name = nameWithUnit(indicator);
  return annexes.flatMap((sheet) => sheet.rows.filter((cells) => cells.includes(name)).map((cells) => ({ sheet: sheet.name, cells })));
}

const isGoal = (role: string) => role === 'target' || role === 'planned';
const plans = realCatalog().catalog.plans;

describe.each(plans.map((plan) => [plan.plan.id, plan] as const))('the annexes of %s', (_id, plan) => {
  it('print every target and planned amount the catalog records, on the indicator’s row', () => {
    const annexes = annexRows(plan);
    const unprinted = plan.indicators.flatMap((indicator) => {
      const cells = printedRows(annexes, indicator).flatMap((row) => row.cells.flatMap((cell) => (cell ?? '').split(ANNEX.valueSeparator)));
      return indicator.values.filter((value) => isGoal(value.role) && value.raw !== '' && !cells.includes(value.raw))
        .map((value) => `${indicator.id} ${value.year} ${value.raw}`);
    });
    expect(unprinted).toEqual([]);
  });

  it('quote the text for a target listed beside its table (原文 and 出处 never empty on the 主要目标 sheet)', () => {
    const rows = annexRows(plan).map((sheet) => sheet.rows).find((sheet) => sheet.some((cells) => cells.includes(ANNEX.proseHeader.quote))) ?? [];
    const header = rows.find((cells) => cells.includes(ANNEX.proseHeader.quote)) ?? [];
    const [quote, source] = [header.indexOf(ANNEX.proseHeader.quote), header.indexOf(ANNEX.proseHeader.source)];
    const body = rows.filter((cells) => cells !== header && /^\d*$/u.test(cells[0] ?? '') && (cells[1] ?? '') !== '');
    expect(body.length > 0).toBe(rows.length > 0);
    expect(body.filter((cells) => (cells[quote] ?? '') === '' || (cells[source] ?? '') === '')).toEqual([]);
  });
});

it('prints 嵊州’s prose 2027 target 3.2%左右 on the 主要目标 sheet, quoted, beside the table’s 3.1 in the table annex', () => {
  const shengzhou = plans.find((plan) => plan.plan.id === 'shengzhou-116x-2024-2030')!;
  const rd = shengzhou.indicators.find((indicator) => indicator.id === 'shengzhou-116x-2024-2030.rd-gdp-share')!;
  const rows = printedRows(annexRows(shengzhou), rd);
  expect(rows.map((row) => row.cells.filter((cell) => cell !== undefined && cell !== ''))).toEqual([
    ['目标体系', '1', '全社会研究与试验发展经费支出占GDP比重（%）', '2.7', '3.1', '3.5', '市科技局'],
    ['1', '全社会研究与试验发展经费支出占GDP比重（%）', '3.2%左右', '全社会R&D经费支出占GDP比重达3.2%左右', '一、总体目标'],
  ]);
  expect(annexRows(shengzhou).at(-1)!.rows.flat()).toContain(ANNEX.proseBesideTableNote);
});
