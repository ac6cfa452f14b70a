import type { Indicator, PlanCatalog } from '../../../src/core/catalog';
import { mergeEnteredValues, reportingSheetLayout, reportingSheetMap, type SheetLayout } from '../../../src/core/layout';
import { a1, parseRange } from '../../../src/core/form';
import type { CellValue, EnteredCell, ReturnRow, ReturnSheet } from '../../../src/core/returns';
import { cellAt, plan, rowsById, styleOf } from '../../support/core/layout/layoutHelpers';

const YEAR = 2023;

function layoutOf(catalog: PlanCatalog): SheetLayout {
  return reportingSheetLayout({ plans: [catalog], region: catalog.plan.region, reportingYear: YEAR, merge: false, catalogVersion: 'test' });
}

const entered = (row: number, col: number, value: CellValue): EnteredCell => ({ address: a1(row, col), value });

/** A return as a reader gives it back after someone typed into every row of `layout`. */
function filledReturn(layout: SheetLayout): ReturnSheet {
  const map = reportingSheetMap(layout);
  const rows: ReturnRow[] = [...rowsById(layout, map.columns.id, map.firstDataRow).entries()].map(([id, row], i) => {
    const actuals: Record<number, EnteredCell> = {
      2021: entered(row, map.columns.actuals[2021] as number, { type: 'number', value: 100 + i }),
      [YEAR]: entered(row, map.columns.actuals[YEAR] as number, i % 3 === 0 ? { type: 'text', value: `约${i}` } : { type: 'number', value: i + 0.5 }),
      2022: entered(row, map.columns.actuals[2022] as number, { type: 'empty' }),
    };
    const explanation = entered(row, map.columns.explanation, { type: 'text', value: i % 2 === 0 ? `=口径调整${i}` : `统计口径调整 ${i}` });
    return { indicatorId: id, row, name: '', unit: '', actuals, explanation };
  });
  return { sheet: layout.name, metadata: null, rows, observations: [] };
}

describe('mergeEnteredValues', () => {
  const original = plan('yuecheng-2021-2025');
  const previousLayout = layoutOf(original);
  const previous = filledReturn(previousLayout);

  const removed = 'yuecheng-2021-2025.tech-smes';
  const added: Indicator = { ...(original.indicators[0] as Indicator), id: 'yuecheng-2021-2025.added-indicator', name: '新增指标' };
  const reordered = [...original.indicators.filter((i) => i.id !== removed)].reverse();
  const changed: PlanCatalog = { ...original, indicators: [added, ...reordered] };
  const newLayout = layoutOf(changed);

  // Someone typed a year the new sheet has no column for, and a row lost its id.
  const previousWithExtras: ReturnSheet = {
    ...previous,
    rows: [
      ...previous.rows.map((row, i) => (i === 1 ? { ...row, actuals: { ...row.actuals, 2031: entered(row.row, 30, { type: 'number', value: 7 }) } } : row)),
      { indicatorId: null, row: 60, name: '', unit: '', actuals: { [YEAR]: entered(60, 10, { type: 'number', value: 5 }) }, explanation: entered(60, 16, { type: 'empty' }) },
      { ...(previous.rows[2] as ReturnRow), row: 61 },
    ],
  };
  const result = mergeEnteredValues(newLayout, previousWithExtras);
  const map = reportingSheetMap(result.layout);
  const newRows = rowsById(result.layout, map.columns.id, map.firstDataRow);

  it('puts every typed actual and 说明 into the row with the same id, whatever its new position', () => {
    let checked = 0;
    for (const row of previous.rows) {
      const target = newRows.get(row.indicatorId ?? '');
      if (row.indicatorId === removed) continue;
      expect(target).toBeDefined();
      if (target === undefined) continue;
      for (const [year, cell] of Object.entries(row.actuals)) {
        const placed = cellAt(result.layout, target, map.columns.actuals[Number(year)] as number);
        if (cell.value.type === 'empty') expect(placed?.value.kind).toBe('empty');
        else if (cell.value.type === 'number') expect(placed?.value).toEqual({ kind: 'number', value: cell.value.value });
        else if (cell.value.type === 'text') expect(placed?.value).toEqual({ kind: 'text', text: cell.value.value });
        checked += 1;
      }
      const explanation = cellAt(result.layout, target, map.columns.explanation);
      expect(explanation?.value).toEqual({ kind: 'text', text: (row.explanation.value as { value: string }).value });
    }
    expect(checked).toBeGreaterThan(20);
    expect(newRows.get(reordered[0]?.id ?? '')).not.toBe(previous.rows.find((r) => r.indicatorId === reordered[0]?.id)?.row);
  });

  it('keeps a 说明 starting with = as text', () => {
    const texts = result.layout.cells.filter((cell) => cell.value.kind === 'text' && cell.value.text.startsWith('=口径调整'));
    expect(texts.length).toBeGreaterThan(0);
  });

  it('leaves the added indicator\'s row empty and its cells still open for entry', () => {
    const row = newRows.get(added.id) as number;
    for (const col of [...Object.values(map.columns.actuals), map.columns.explanation]) {
      const cell = cellAt(result.layout, row, col);
      expect(cell?.value.kind).toBe('empty');
      expect(cell && styleOf(result.layout, cell).locked).toBe(false);
    }
  });

  it('hands back, not drops, what has no place: a removed id, a year without column, a row without id, a repeated id', () => {
    const removedRow = previous.rows.find((row) => row.indicatorId === removed) as ReturnRow;
    const typedInRemoved = [...Object.values(removedRow.actuals), removedRow.explanation].filter((cell) => cell.value.type !== 'empty');
    const byReason = (reason: string) => result.notCarried.filter((value) => value.reason === reason);
    expect(byReason('id_removed').map((v) => v.address).sort()).toEqual(typedInRemoved.map((c) => c.address).sort());
    expect(byReason('id_removed').every((v) => v.indicatorId === removed)).toBe(true);
    expect(byReason('year_removed')).toEqual([expect.objectContaining({ year: 2031, value: { type: 'number', value: 7 } })]);
    expect(byReason('row_without_id')).toEqual([expect.objectContaining({ indicatorId: null, year: YEAR })]);
    const repeated = previous.rows[2] as ReturnRow;
    expect(byReason('duplicate_id').every((v) => v.indicatorId === repeated.indicatorId)).toBe(true);
    expect(byReason('duplicate_id').length).toBe([...Object.values(repeated.actuals), repeated.explanation].filter((c) => c.value.type !== 'empty').length);
  });

  it('counts what it carried', () => {
    const typed = previousWithExtras.rows.flatMap((row) => [...Object.values(row.actuals), row.explanation]).filter((c) => c.value.type !== 'empty').length;
    expect(result.carried + result.notCarried.length).toBe(typed);
  });

  it('leaves the layout it was given unchanged', () => {
    const inTable = (row: number) => row >= map.firstDataRow && row <= map.lastDataRow;
    expect(newLayout.cells.filter((cell) => cell.col === map.columns.explanation && inTable(cell.row)).every((cell) => cell.value.kind === 'empty')).toBe(true);
  });
});

describe('mergeEnteredValues at the foot of the form', () => {
  const catalog = plan('yuecheng-2021-2025');
  const layout = layoutOf(catalog);
  /** The cell right of a foot label's merged cells. */
  const besideLabel = (target: SheetLayout, label: string) => {
    const cell = target.cells.find((candidate) => candidate.value.kind === 'text' && candidate.value.text === label);
    if (cell === undefined) throw new Error(label);
    const merge = target.merges.map(parseRange).find((range) => range?.top === cell.row && range.left === cell.col);
    return { row: cell.row, col: (merge?.right ?? cell.col) + 1 };
  };
  const typed = (label: string, value: CellValue) => {
    const { row, col } = besideLabel(layout, label);
    return { label, entry: entered(row, col, value) };
  };
  const previous: ReturnSheet = {
    sheet: layout.name, metadata: null, rows: [], observations: [],
    footer: [
      typed('填表人：', { type: 'text', value: '张三' }),
      typed('联系电话：', { type: 'number', value: 88123456 }),
      typed('报出日期：', { type: 'date', value: '2026-01-15T00:00:00.000Z' }),
      typed('统计负责人：', { type: 'error', value: '#N/A' }),
    ],
  };
  // The new sheet has other rows, so its foot sits elsewhere.
  const changed: PlanCatalog = { ...catalog, indicators: catalog.indicators.slice(2) };
  const newLayout = layoutOf(changed);
  const result = mergeEnteredValues(newLayout, previous);
  const valueBeside = (label: string) => {
    const { row, col } = besideLabel(result.layout, label);
    return cellAt(result.layout, row, col)?.value;
  };

  it('puts each entry beside its label on the new sheet, a date as the day typed', () => {
    expect(besideLabel(newLayout, '填表人：').row).not.toBe(besideLabel(layout, '填表人：').row);
    expect(valueBeside('填表人：')).toEqual({ kind: 'text', text: '张三' });
    expect(valueBeside('联系电话：')).toEqual({ kind: 'number', value: 88123456 });
    expect(valueBeside('报出日期：')).toEqual({ kind: 'text', text: '2026-01-15' });
    expect(valueBeside('单位负责人：')).toEqual({ kind: 'empty' });
    expect(result.carried).toBe(3);
  });

  it('hands back an error value instead of carrying it', () => {
    expect(result.notCarried).toEqual([
      { indicatorId: null, field: 'footer', year: null, value: { type: 'error', value: '#N/A' }, address: previous.footer?.[3]?.entry.address, reason: 'error_value' },
    ]);
  });
});
