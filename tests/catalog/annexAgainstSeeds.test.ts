import type { PlanCatalog } from '../../src/core/catalog';
import { annexTableLayout, proseTargetsLayout } from '../../src/core/documents';
import { shownText, type SheetLayout } from '../../src/core/layout';
import { inRef, plan, realCatalog, textAt } from '../support/core/layout/layoutHelpers';
import { allSeedTables, type SeedTable } from '../support/seedTables';
import { seedLines, squeeze } from '../support/seeds';

/**
 * The annex tables a plan office prints (`plan-indicators annex`) against the plans' own tables in the seeds, read at
 * test time: the same rows in the same order, each name, 序号, 类别, value cell, 责任部门 and 是否完成 as printed, and
 * the 注 printed under the table. The catalog sits between the two; this holds what is printed to what the plan prints.
 */
const fold = (text: string) => squeeze(text.normalize('NFKC'));
const HEADER = 1;
const BODY = 2;

function planOfTable(table: SeedTable): PlanCatalog {
  const found = realCatalog().catalog.plans.find(({ plan: p }) => p.seed === table.seed && p.lines[0] <= table.titleLine && table.titleLine <= p.lines[1]);
  if (found === undefined) throw new Error(`no plan holds the table at ${table.seed}:${table.titleLine}`);
  return plan(found.plan.id);
}

/** The text a cell shows, or for a cell under a merge (a category over its group) the merge's own text. */
function shownAt(layout: SheetLayout, row: number, col: number): string {
  const merge = layout.merges.find((ref) => inRef(ref, row, col));
  // A1 rows count from 1, the layout's from 0: the merge's text is in its top row.
  return merge === undefined ? textAt(layout, row, col) : textAt(layout, Number(/^[A-Z]+(\d+)/u.exec(merge)?.[1]) - 1, col);
}

/** The 注 / 备注 lines the seed prints right under a table (after its last cell, before anything else). */
function notesUnder(table: SeedTable): string[] {
  const lines = seedLines(table.seed);
  const last = Math.max(...table.rows.flatMap((row) => [row.line, ...row.values.map((cell) => cell.line), ...Object.values(row.others).map((cell) => cell.line)]));
  const notes: string[] = [];
  for (let index = last; index < lines.length; index += 1) {
    const text = (lines[index] ?? '').trim();
    if (text === '' || text.startsWith('\t') || (lines[index] ?? '').startsWith('\t')) continue;
    if (!/^(?:注|备注)[:：]/u.test(text)) break;
    notes.push(text);
  }
  return notes;
}

describe.each(allSeedTables().map((table) => [`${table.seed} ${table.title}`, table] as const))('the printed annex of %s', (_name, table) => {
  const catalog = planOfTable(table);
  const title = catalog.plan.tables.find((t) => fold(t.title) === fold(table.title))?.title ?? table.title;
  const layout = annexTableLayout(catalog, title) as SheetLayout;
  const headers: string[] = [];
  for (const cell of layout.cells) if (cell.row === HEADER) headers[cell.col] = fold(shownText(cell.value));
  const column = (name: RegExp) => headers.findIndex((header) => name.test(header ?? ''));
  const nameCol = column(/^指标/u);
  const valueCols = table.valueColumns.map((header) => headers.indexOf(fold(header)));

  it('is headed with the table\'s own columns', () => {
    expect(valueCols.every((col) => col >= 0)).toBe(true);
    expect(nameCol).toBeGreaterThanOrEqual(0);
  });

  it('prints the table\'s rows in its order, each name with its unit and marks as printed', () => {
    const printed = table.rows.map((_row, i) => fold(textAt(layout, BODY + i, nameCol)));
    expect(printed).toEqual(table.rows.map((row) => fold(row.name)));
    expect(textAt(layout, BODY + table.rows.length, nameCol)).not.toMatch(/（[^）]+）$/u);
  });

  it('prints every value cell, 序号, 类别, 责任部门 and 是否完成 as the table does', () => {
    const differences: string[] = [];
    const seqCol = column(/^序号$/u);
    const categoryCol = headers.findIndex((header, col) => header === '类别' || (header === '' && col < nameCol));
    table.rows.forEach((row, i) => {
      const at = BODY + i;
      row.values.forEach((cell, j) => {
        const shown = textAt(layout, at, valueCols[j]!);
        if (fold(shown) !== fold(cell.text)) differences.push(`${row.name} ${table.valueColumns[j]}: printed "${shown}", table "${cell.text}"`);
      });
      if (seqCol >= 0 && fold(textAt(layout, at, seqCol)) !== (row.seq ?? '')) differences.push(`${row.name} 序号 "${textAt(layout, at, seqCol)}" vs "${row.seq ?? ''}"`);
      if (categoryCol >= 0 && fold(shownAt(layout, at, categoryCol)) !== (row.category ?? '')) differences.push(`${row.name} 类别 "${shownAt(layout, at, categoryCol)}" vs "${row.category ?? ''}"`);
      for (const [header, cell] of Object.entries(row.others)) {
        const col = headers.indexOf(fold(header));
        if (col < 0 || fold(textAt(layout, at, col)) !== fold(cell.text)) differences.push(`${row.name} ${header} "${col < 0 ? '(no column)' : textAt(layout, at, col)}" vs "${cell.text}"`);
      }
    });
    expect(differences).toEqual([]);
  });

  it('prints under the table every 注 the plan prints under it', () => {
    const under = Array.from({ length: 4 }, (_unused, i) => fold(textAt(layout, BODY + table.rows.length + i, 0)));
    for (const note of notesUnder(table)) expect(under).toContain(fold(note));
  });
});

describe('the prose targets annex', () => {
  const printedQuote = (quote: string) => fold(quote.replace(/\[(?:footnoteRef|bookmark):[^\]]*\]/gu, ''));

  it.each(realCatalog().catalog.plans.map(({ plan: p }) => [p.id] as const))('lists the targets of %s in the order the text prints them', (id) => {
    const catalog = plan(id);
    const layout = proseTargetsLayout(catalog);
    if (layout === null) return;
    let quoteCol = 0;
    for (const cell of layout.cells) if (cell.row === HEADER && shownText(cell.value) === '原文') quoteCol = cell.col;
    const lines: number[] = [];
    for (let row = BODY; !textAt(layout, row, 0).startsWith('注'); row += 1) {
      const name = textAt(layout, row, 1);
      const quote = fold(textAt(layout, row, quoteCol));
      const indicator = catalog.indicators.find((i) => i.source.kind !== 'table' && name.startsWith(i.name) && printedQuote(i.source.quote ?? '') === quote);
      // Or a target the text gives on a table's row that the table does not print (嵊州's 3.2%左右), quoted from its phrase.
      const besideTable = catalog.indicators.filter((i) => i.source.kind === 'table' && name.startsWith(i.name))
        .flatMap((i) => i.values.filter((v) => v.quote !== undefined && printedQuote(v.quote) === quote).map((v) => v.line ?? i.source.line));
      expect([name, indicator === undefined && besideTable.length === 0]).toEqual([name, false]);
      lines.push(indicator?.source.line ?? besideTable[0]!);
    }
    expect(lines.length).toBeGreaterThan(0);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });
});
