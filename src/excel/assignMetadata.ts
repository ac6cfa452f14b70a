/**
 * Which metadata block describes each sheet read, as src/xlsx decides it for a file (read/assignSheets.ts), so
 * that a workbook read in Excel and the same workbook read as a file give the same returns: by name first; a
 * renamed sheet by the ids its rows hold (at least half of a block's); a copy of a sheet is bound to the same
 * block and observed; a sheet no block describes is read without metadata and observed.
 */
import type { MetadataReadResult } from '../core/layout';
import type { ReaderObservation, ReturnMetadata, ReturnSheet } from '../core/returns';
import { gridRowIds, returnFromGrid, type SheetGrid } from './returnFromGrid';

export interface MetadataBlockRead {
  /** The sheet the block names. */
  sheet: string;
  result: MetadataReadResult;
}

export interface ReadSheet {
  grid: SheetGrid;
  /** The block naming this sheet, when one does. */
  named: MetadataBlockRead | null;
}

function withoutMetadata(metaPresent: boolean, blocks: readonly MetadataBlockRead[]): ReaderObservation {
  if (!metaPresent) return { code: 'structure.metadata_missing', detail: 'no _meta sheet' };
  const broken = blocks.find((block) => !block.result.ok);
  if (broken !== undefined && !broken.result.ok) {
    const { code, key } = broken.result.error;
    return { code: 'structure.metadata_unreadable', detail: `${code}${key === undefined ? '' : ` (${key})`}` };
  }
  return { code: 'structure.metadata_missing', detail: 'no metadata block names this sheet' };
}

/** The returns of the sheets read, in their order. */
export function assignMetadata(sheets: readonly ReadSheet[], blocks: readonly MetadataBlockRead[], metaPresent: boolean): ReturnSheet[] {
  const good = blocks.flatMap((block) => (block.result.ok ? [block.result.metadata] : []));
  const namedSheets = new Set(sheets.flatMap((sheet) => (sheet.named?.result.ok ? [sheet.named.result.metadata] : [])));
  const matched = new Set<ReturnMetadata>();
  return sheets.map(({ grid, named }) => {
    if (named?.result.ok) return returnFromGrid(grid, named.result.metadata, []);
    const ids = new Set(gridRowIds(grid));
    const holder = good.find((metadata) => metadata.rowIds.length > 0 && metadata.rowIds.filter((id) => ids.has(id)).length * 2 >= metadata.rowIds.length);
    if (holder === undefined) return returnFromGrid(grid, null, [withoutMetadata(metaPresent, blocks)]);
    const copy = namedSheets.has(holder) || matched.has(holder);
    matched.add(holder);
    const detail = copy ? `a copy of sheet ${holder.sheet}` : `generated as ${holder.sheet}`;
    return returnFromGrid(grid, holder, [{ code: 'structure.sheet_renamed', detail }]);
  });
}
