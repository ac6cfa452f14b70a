/**
 * No typed value is lost when a filled return is regenerated or upgraded to a new catalog version (indicators
 * added, removed, renamed with their ids kept, reordered): every actual (with the number format that gives it its
 * meaning) and every 说明 of an indicator still present is in the new file, cell by cell, on its id's row; every
 * one of a removed indicator (or of a year the new form no longer shows) is handed back in `notCarried`, never
 * dropped. tests/xlsx/regenerateReturn.test.ts checks one chosen upgrade; this one tries many.
 */
import type ExcelJS from 'exceljs';
import fc from 'fast-check';
import type { Indicator, LoadedCatalog, PlanCatalog } from '../../src/core/catalog';
import { checkAgainstCatalog } from '../../src/core/checks';
import type { CellValue, ReturnRow, ReturnSheet } from '../../src/core/returns';
import { a1 } from '../../src/core/form';
import { readReturnWorkbook } from '../../src/xlsx/readReturnWorkbook';
import { regenerateReturn, type NotCarriedEntry } from '../../src/xlsx/regenerateReturn';
import { expectEqual } from '../support/equalOrExpect';
import { fuzz, xmlCharacter } from '../support/hardening/fuzzSettings';
import { edit, filledReturn, formsOf, planOf, realCatalog, YUECHENG, type Form } from '../support/hardening/damagedReturns';

const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }).map((value) => [...value].filter(xmlCharacter).join('')).filter((value) => value.trim() !== '');

interface Typed {
  value: ExcelJS.CellValue;
  /** A number format typed with it ('0.0%' when "3.5%" is typed, a date format with a date). */
  format?: string;
}

const typed: fc.Arbitrary<Typed> = fc.oneof(
  fc.double({ min: -1e9, max: 1e9, noNaN: true }).map((value) => ({ value })),
  fc.integer({ min: 0, max: 100_000 }).map((value) => ({ value })),
  fc.double({ min: 0, max: 1, noNaN: true }).map((value) => ({ value, format: '0.0%' })),
  text.map((value) => ({ value })),
  fc.constantFrom('约3.5', '２２０００', '1,650', '是', '否', '=SUM(A1:A2)', '+86', '-12', '@全部', '＝1', '2.4（预计）').map((value) => ({ value })),
  fc.boolean().map((value) => ({ value })),
  fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2030, 0, 1)), noInvalidDate: true })
    .map((date) => ({ value: new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate())), format: 'yyyy/m/d' })),
  fc.constant({ value: null }),
);

interface Upgrade {
  removed: string[];
  renamed: string[];
  added: number[];
  order: number[];
}

/** A new catalog version of 越城's plan: some indicators removed, some renamed (same id), some added, all reordered. */
function upgraded(upgrade: Upgrade, version: string): LoadedCatalog {
  const real = realCatalog();
  const plan = planOf(YUECHENG);
  const kept = plan.indicators
    .filter((indicator) => !upgrade.removed.includes(indicator.id))
    .map((indicator) => (upgrade.renamed.includes(indicator.id) ? { ...indicator, name: `${indicator.name}（新口径）` } : indicator))
    // A sub-item whose parent left the plan is a plain indicator of the new version.
    .map((indicator): Indicator => {
      if (indicator.parent === undefined || !upgrade.removed.includes(indicator.parent)) return indicator;
      const { parent: _parent, ...rest } = indicator;
      return rest;
    });
  const added = upgrade.added.map((from, i): Indicator => {
    const model = plan.indicators[from % plan.indicators.length] as Indicator;
    const { parent: _parent, ...rest } = model;
    return { ...rest, id: `${YUECHENG}.added-${i}`, concept: `added_${i}`, name: `新增指标${i}`, values: i % 2 === 0 ? [] : model.values };
  });
  const all = [...kept, ...added];
  const ordered = upgrade.order.map((i) => all[i % all.length] as Indicator).filter((indicator, i, list) => list.indexOf(indicator) === i);
  const indicators = [...ordered, ...all.filter((indicator) => !ordered.includes(indicator))];
  const changed: PlanCatalog = { ...plan, indicators };
  return { ...real, version, catalog: { ...real.catalog, plans: real.catalog.plans.map((p) => (p.plan.id === YUECHENG ? changed : p)) } };
}

const upgrade = (ids: readonly string[]): fc.Arbitrary<Upgrade> => fc.record({
  removed: fc.subarray([...ids], { maxLength: Math.ceil(ids.length / 3) }),
  renamed: fc.subarray([...ids], { maxLength: 4 }),
  added: fc.array(fc.nat(), { maxLength: 3 }),
  order: fc.array(fc.nat(), { maxLength: 40 }),
});

async function readSheet(bytes: Uint8Array): Promise<ReturnSheet> {
  const read = await readReturnWorkbook(bytes);
  if (!read.ok) throw new Error(read.problem.detail);
  const [sheet] = read.sheets;
  if (sheet === undefined) throw new Error('no sheet');
  return sheet;
}

const byId = (sheet: ReturnSheet) => new Map(sheet.rows.filter((row) => row.indicatorId !== null).map((row) => [row.indicatorId as string, row]));
const hasValue = (value: CellValue) => value.type !== 'empty';
/** The format that gives a number or a date its meaning (a format left on a text cell carries none). */
const meaningfulFormat = (cell: { value: CellValue; numberFormat?: string }) => (
  (cell.value.type === 'number' || cell.value.type === 'date') && cell.numberFormat !== '@' ? cell.numberFormat : undefined);

/**
 * Every value of `before` is in `after` at its id and year, with its format, or in `notCarried` with its id, year,
 * value and address, for a reason that holds (the id or the year column is gone, or it was an error value).
 */
function expectNothingLost(before: ReturnSheet, after: ReturnSheet, notCarried: readonly NotCarriedEntry[]): void {
  const now = byId(after);
  const reported = (row: ReturnRow, field: 'actual' | 'explanation', year: number | null, value: CellValue, address: string) =>
    notCarried.find((entry) => entry.indicatorId === row.indicatorId && entry.field === field && entry.year === year && entry.address === address
      && JSON.stringify(entry.value) === JSON.stringify(value));
  let carried = 0;
  for (const row of before.rows) {
    const id = row.indicatorId as string;
    const next = now.get(id);
    for (const [yearKey, cell] of Object.entries(row.actuals)) {
      if (!hasValue(cell.value)) continue;
      const year = Number(yearKey);
      const target = next?.actuals[year];
      if (cell.value.type === 'error') {
        expectEqual([id, year, reported(row, 'actual', year, cell.value, cell.address)?.reason], [id, year, 'error_value']);
      } else if (target === undefined) {
        expectEqual([id, year, reported(row, 'actual', year, cell.value, cell.address)?.reason], [id, year, next === undefined ? 'id_removed' : 'year_removed']);
      } else {
        expectEqual([id, year, target.value, meaningfulFormat(target)], [id, year, cell.value, meaningfulFormat(cell)]);
        carried += 1;
      }
    }
    if (!hasValue(row.explanation.value)) continue;
    if (next === undefined) expectEqual([id, reported(row, 'explanation', null, row.explanation.value, row.explanation.address)?.reason], [id, 'id_removed']);
    else expectEqual([id, next.explanation.value], [id, row.explanation.value]);
  }
  // Nothing is handed back that was placed, nor anything that was never there.
  expect(notCarried.length).toBeLessThanOrEqual(before.rows.reduce((n, row) => n + Object.values(row.actuals).filter((cell) => hasValue(cell.value)).length + 1, 0) - carried);
}

let form: Form;
let filled: Uint8Array;

beforeAll(async () => {
  [form] = formsOf(false) as [Form];
  filled = await filledReturn(false);
});

const entries = () => fc.array(fc.record({
  id: fc.constantFrom(...form.rowIds),
  year: fc.constantFrom(...Object.keys(form.map.columns.actuals).map(Number)),
  typed,
  explanation: fc.option(fc.oneof(text, fc.constantFrom('=口径调整', '-', '＋说明', '@备注')), { nil: null }),
}), { minLength: 1, maxLength: 25 });

/** The filled sample with `cells` typed over it, as a person types (a fresh style per formatted cell: ExcelJS shares them). */
function typedOver(cells: ReadonlyArray<{ id: string; year: number; typed: Typed; explanation: string | null }>): Promise<Uint8Array> {
  return edit(filled, (sheet) => {
    for (const { id, year, typed: { value, format }, explanation } of cells) {
      const cell = sheet.getCell(form.actual(id, year));
      cell.value = value;
      if (format !== undefined) cell.style = { ...cell.style, numFmt: format };
      if (explanation !== null) sheet.getCell(form.at(id, form.map.columns.explanation)).value = explanation;
    }
  }, form.name);
}

describe('regenerating a filled return loses nothing', () => {
  it('under the same catalog: every value and 说明 is where it was, nothing handed back', async () => {
    await fc.assert(fc.asyncProperty(entries(), async (cells) => {
      const bytes = await typedOver(cells);
      const result = await regenerateReturn(bytes, realCatalog());
      const [before, after] = [await readSheet(bytes), await readSheet(result.bytes)];
      expect(result.notCarried.filter((entry) => entry.reason !== 'error_value')).toEqual([]);
      expectNothingLost(before, after, result.notCarried);
      expect(after.rows.map((row) => row.indicatorId)).toEqual(before.rows.map((row) => row.indicatorId));
    }), fuzz(15));
  });

  it('upgraded to a new catalog version: what stays is kept cell by cell, what goes is reported', async () => {
    await fc.assert(fc.asyncProperty(entries(), upgrade(planOf(YUECHENG).indicators.map((indicator) => indicator.id)), async (cells, change) => {
      const bytes = await typedOver(cells);
      const catalog = upgraded(change, 'c-upgraded');
      const result = await regenerateReturn(bytes, catalog);
      const [before, after] = [await readSheet(bytes), await readSheet(result.bytes)];
      expect(after.metadata).toMatchObject({ catalogVersion: 'c-upgraded', reportingYear: 2025, planIds: [YUECHENG] });
      expectNothingLost(before, after, result.notCarried);
      // The upgraded form is the new version's form: nothing about its structure is reported.
      expect(checkAgainstCatalog(after, catalog).report.findings.filter((finding) => finding.ruleId === 'structure')).toEqual([]);
    }), fuzz(25));
  });

  it('the reporting year is the return’s: regenerating never moves it to another year', async () => {
    const result = await regenerateReturn(filled, upgraded({ removed: [], renamed: [], added: [], order: [] }, 'c-same'));
    expect((await readSheet(result.bytes)).metadata?.reportingYear).toBe(2025);
  });
});

describe('what a person put off the entry cells', () => {
  it('is named, never dropped: a note beside the form, text typed over a label, a note on a name; a note on an entry goes with it', async () => {
    const [first, second] = form.rowIds as [string, string];
    const year = Number(Object.keys(form.map.columns.actuals).at(-1));
    const beside = a1(form.row(first), form.map.columns.id + 3);
    const overLabel = form.at(second, form.map.columns.category);
    const onName = form.at(first, form.map.columns.name);
    const entry = form.actual(first, year);
    const bytes = await edit(filled, (sheet) => {
      sheet.getCell(beside).value = '旁注：此数据待年报公布后复核';
      sheet.getCell(overLabel).value = '手写备注';
      sheet.getCell(onName).note = '口径见市统计局文件';
      sheet.getCell(entry).note = '数据来源：统计年鉴';
    }, form.name);
    const result = await regenerateReturn(bytes, realCatalog());
    expect(result.notCarried.filter((value) => value.reason !== 'error_value').map(({ field, address, value, reason }) => ({ field, address, value, reason }))).toEqual([
      { field: 'off_form', address: beside, value: { type: 'text', value: '旁注：此数据待年报公布后复核' }, reason: 'off_form' },
      { field: 'off_form', address: overLabel, value: { type: 'text', value: '手写备注' }, reason: 'off_form' },
      { field: 'note', address: onName, value: { type: 'text', value: '口径见市统计局文件' }, reason: 'note_off_entry' },
    ]);
    const after = await readSheet(result.bytes);
    expect(after.rows.find((row) => row.indicatorId === first)?.actuals[year]?.note).toBe('数据来源：统计年鉴');
  });
});
