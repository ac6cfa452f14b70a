/**
 * A plan's indicator table in the document's own layout: its caption, its columns as printed, every cell
 * the raw text exactly as printed, category cells merged over their group, and the 注 lines below.
 */
import type { Indicator, PlanCatalog, PlanTable } from '../catalog';
import { annexColumnOf, valueForYear, type AnnexColumn } from './tableColumns';
import { documentSheet, documentStyles, FIRST_BODY_ROW, nameWithUnit, sheetName } from './documentSheet';
import { proseTargetsLayout } from './proseTargets';
import type { AnnexOptions } from './documentSheet';
import { SheetBuilder, type ColumnFit } from '../layout';
import type { SheetLayout } from '../layout';

/** The indicators of a table, in the catalog's (the document's) order. */
function tableIndicators(catalog: PlanCatalog, table: PlanTable): Indicator[] {
  return catalog.indicators.filter((indicator) => indicator.source.kind === 'table' && indicator.source.table === table.title);
}

function cellText(indicator: Indicator, column: AnnexColumn): string {
  switch (column.kind) {
    case 'seq':
      return indicator.seq ?? '';
    case 'category':
      return indicator.category ?? '';
    case 'name':
      return nameWithUnit(indicator);
    case 'year':
      return valueForYear(indicator, column.year, column.roles)?.raw ?? '';
    case 'attribute':
      return indicator.attribute ?? '';
    case 'responsible':
      return indicator.responsible ?? '';
    case 'completed':
      return indicator.completed?.raw ?? '';
    default:
      return '';
  }
}

function fitOf(column: AnnexColumn): ColumnFit {
  switch (column.kind) {
    case 'seq':
      return { min: 5, max: 6 };
    case 'category':
      return { min: 6, max: 12 };
    case 'name':
      return { min: 20, max: 44 };
    case 'year':
      return { min: 8, max: 16 };
    default:
      return { min: 8, max: 16 };
  }
}


/**
 * The annex table `tableTitle` of a plan. When the indicators carry categories the printed columns do not
 * head (the document prints them in an unheaded left column), that column comes first with an empty header.
 */
export function annexTableLayout(catalog: PlanCatalog, tableTitle: string, options: AnnexOptions = {}): SheetLayout | null {
  const table = catalog.plan.tables.find((candidate) => candidate.title === tableTitle);
  if (table === undefined) return null;
  const indicators = tableIndicators(catalog, table);
  let headers = [...table.columns];
  let columns = headers.map(annexColumnOf);
  if (!columns.some((c) => c.kind === 'category') && indicators.some((i) => (i.category ?? '') !== '')) {
    headers = ['', ...headers];
    columns = [{ kind: 'category' }, ...columns];
  }
  const sheet = new SheetBuilder(documentStyles());
  indicators.forEach((indicator, i) => {
    columns.forEach((column, col) => {
      const style = column.kind === 'name' ? (indicator.parent === undefined ? 'text' : 'sub') : 'raw';
      sheet.text(FIRST_BODY_ROW + i, col, cellText(indicator, column), style);
    });
  });
  const categoryCol = columns.findIndex((c) => c.kind === 'category');
  if (categoryCol >= 0) mergeRuns(sheet, indicators.map((i) => i.category ?? ''), categoryCol);
  const fits: Record<number, ColumnFit> = {};
  columns.forEach((column, col) => (fits[col] = fitOf(column)));
  return documentSheet(
    { name: sheetName(table.title, options.takenNames), caption: table.title, headers, notes: table.notes.map((n) => n.text), fits },
    sheet,
    indicators.length,
  );
}

/** Merges each run of equal, non-empty texts down a column. */
function mergeRuns(sheet: SheetBuilder, texts: string[], col: number): void {
  let start = 0;
  texts.forEach((text, i) => {
    if (texts[i + 1] === text) return;
    if (text !== '' && i > start) sheet.merge({ top: FIRST_BODY_ROW + start, left: col, bottom: FIRST_BODY_ROW + i, right: col });
    start = i + 1;
  });
}

/** Every annex of a plan: its tables in document order, then its prose targets when it has any. */
export function annexLayouts(catalog: PlanCatalog): SheetLayout[] {
  const taken = new Set<string>();
  const sheets: SheetLayout[] = [];
  for (const table of catalog.plan.tables) {
    const layout = annexTableLayout(catalog, table.title, { takenNames: taken });
    if (layout === null) continue;
    taken.add(layout.name);
    sheets.push(layout);
  }
  const prose = proseTargetsLayout(catalog, { takenNames: taken });
  if (prose !== null) sheets.push(prose);
  return sheets;
}
