import { readHeaderLabel, type HeaderLabel } from './headerLabels';
import { isBlank, labelOf } from './text';

/** A table printed across, turned back into rows, with the place in the selection each of its cells came from. */
export interface TurnedTable {
  cells: string[][];
  place: (row: number, column: number) => { row: number; column: number };
}

type Place = { row: number; column: number };

const NAMED_KINDS = new Set(['seq', 'category', 'name', 'unit', 'attribute', 'responsible', 'completed', 'note']);

function labelAt(cells: readonly string[][], row: number): HeaderLabel | undefined {
  return readHeaderLabel(cells[row]?.[0] ?? '');
}

/** A label that can only be a header: a named one (单位, 属性) or a value column with its year (2022年目标值). */
function isHeaderOnly(label: HeaderLabel | undefined): boolean {
  return label !== undefined && (NAMED_KINDS.has(label.kind) || (label.kind === 'value' && typeof label.year === 'number'));
}

/** A note under the table (注：…, 说明：…), never a header however it reads. */
const NOTE = /^(?:注|说明|备注|资料来源)/u;
/** Header labels are short; a longer first-column text is a line of the page, not a row label. */
const LABEL_LENGTH = 12;

/** The labels heading the first block: 指标 and the header labels under it in the first column, down to the first that is none. */
function blockLabels(cells: readonly string[][], start: number): string[] {
  const labels = [labelOf(cells[start]?.[0])];
  for (let row = start + 1; row < cells.length; row++) {
    const text = labelOf(cells[row]?.[0]);
    const label = labelAt(cells, row);
    if (label === undefined || label.kind === 'unknown' || label.kind === 'name' || NOTE.test(text) || [...text].length > LABEL_LENGTH) break;
    labels.push(text);
  }
  return labels;
}

/**
 * A plan table printed across — 主要指标 / 2022年目标值 / 属性 down the first column, one indicator per column, often
 * wrapped into blocks of a few indicators one under another (乡村振兴战略规划主要指标 as a web page prints it) —
 * turned into the usual rows: one header of the first block's labels, then each block's columns as rows. Only when
 * the first column names the 指标 row and a dated value row (a header, not an indicator, by its year), and the 指标
 * row itself holds no header text (the names of indicators, not 2020年 or 单位); undefined for any other table.
 */
export function tableAcross(cells: readonly string[][]): TurnedTable | undefined {
  const first = cells.findIndex((_, row) => labelAt(cells, row)?.kind === 'name');
  if (first < 0) return undefined;
  const labels = blockLabels(cells, first);
  const rowLabels = labels.slice(1).map((text) => readHeaderLabel(text));
  if (!rowLabels.some((label) => label?.kind === 'value' && typeof label.year === 'number')) return undefined;
  if ((cells[first] ?? []).slice(1).some((text) => isHeaderOnly(readHeaderLabel(text)))) return undefined;
  const starts: number[] = [];
  // Each further block repeats the first block's labels, row for row.
  for (let start = first; labels.every((label, offset) => labelOf(cells[start + offset]?.[0]) === label); start += labels.length) {
    starts.push(start);
  }
  const turned: string[][] = [];
  const places: Place[][] = [];
  const keep = (row: number) => {
    turned.push([...(cells[row] ?? [])]);
    places.push((cells[row] ?? []).map((_, column) => ({ row, column })));
  };
  for (let row = 0; row < first; row++) keep(row);
  turned.push(labels.map((_, offset) => cells[first + offset]?.[0] ?? ''));
  places.push(labels.map((_, offset) => ({ row: first + offset, column: 0 })));
  for (const start of starts) {
    const width = Math.max(...labels.map((_, offset) => cells[start + offset]?.length ?? 0));
    for (let column = 1; column < width; column++) {
      const texts = labels.map((_, offset) => cells[start + offset]?.[column] ?? '');
      if (texts.every((text) => isBlank(text))) continue;
      turned.push(texts);
      places.push(labels.map((_, offset) => ({ row: start + offset, column })));
    }
  }
  for (let row = (starts.at(-1) ?? first) + labels.length; row < cells.length; row++) keep(row);
  return { cells: turned, place: (row, column) => places[row]?.[column] ?? { row, column } };
}
