/**
 * The very hidden "_meta" sheet of a return: the generator's record of plans, region, year and row ids, one
 * block per reporting sheet, keys in its first column and values in its second.
 */
import { readMetadataBlocks, type MetadataCell, type MetadataReadResult } from '../../form';
import type { SheetGrid } from './grid';

export type MetadataSheet = { present: false } | { present: true; blocks: MetadataReadResult[] };

export function readMetadataGrid(grid: SheetGrid | null): MetadataSheet {
  if (grid === null) return { present: false };
  const rows: MetadataCell[][] = [];
  for (const cells of grid.rows) {
    if (cells === undefined || !cells.some((cell) => cell !== undefined && cell.value.type !== 'empty')) continue;
    rows.push([cells[0]?.value, cells[1]?.value]);
  }
  return { present: true, blocks: readMetadataBlocks(rows) };
}
