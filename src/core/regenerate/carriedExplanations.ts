/**
 * The record of the 说明 a new year's form was given from last year's return (decision 0243). A 说明 explains the
 * year it was written for: the checks hold a carried text, left unchanged, to explain nothing about the new year's
 * values, and they can tell it only from this record in the form's metadata.
 */
import { readMetadataBlocks, type CarriedExplanations, type ReturnMetadata } from '../form';
import { metadataSheetLayout, reportingSheetMap, shownText, type SheetLayout } from '../layout';

/** Row id → the 说明 text the layout holds, for each row with one. */
function explanationTexts(layout: SheetLayout): Record<string, string> {
  const map = reportingSheetMap(layout);
  const inData = (row: number) => row >= map.firstDataRow && row <= map.lastDataRow;
  const ids = new Map<number, string>();
  for (const cell of layout.cells) if (cell.col === map.columns.id && inData(cell.row)) ids.set(cell.row, shownText(cell.value));
  const texts: Record<string, string> = {};
  for (const cell of layout.cells) {
    if (cell.col !== map.columns.explanation || !inData(cell.row)) continue;
    const id = ids.get(cell.row);
    const text = shownText(cell.value).trim();
    if (id !== undefined && id !== '' && text !== '' && !Object.hasOwn(texts, id)) texts[id] = text;
  }
  return texts;
}

/**
 * For a form laid out for `reportingYear` from a sheet whose metadata is `previous`: a later year records every 说明
 * carried; the same year (regenerated under a new catalog) keeps the earlier record for the texts still as carried.
 * Undefined when there is nothing to record.
 */
export function carriedExplanationsOf(layout: SheetLayout, previous: ReturnMetadata, reportingYear: number): CarriedExplanations | undefined {
  const texts = explanationTexts(layout);
  if (reportingYear > previous.reportingYear) {
    return Object.keys(texts).length === 0 ? undefined : { fromYear: previous.reportingYear, texts };
  }
  const earlier = previous.carriedExplanations;
  if (earlier === undefined) return undefined;
  const kept = Object.fromEntries(Object.entries(earlier.texts).filter(([id, text]) => Object.hasOwn(texts, id) && texts[id] === text.trim()));
  return Object.keys(kept).length === 0 ? undefined : { fromYear: earlier.fromYear, texts: kept };
}

/**
 * The "_meta" sheet `metadata` (as metadataSheetLayout made it) with each block's record of carried 说明, by the
 * name of the sheet it describes; unchanged when there is nothing to record.
 */
export function withCarriedExplanations(metadata: SheetLayout, records: ReadonlyMap<string, CarriedExplanations>): SheetLayout {
  if (records.size === 0) return metadata;
  const rows: string[][] = [];
  for (const cell of metadata.cells) {
    if (cell.row === 0 || cell.col > 1) continue;
    (rows[cell.row - 1] ??= ['', ''])[cell.col] = shownText(cell.value);
  }
  const blocks = readMetadataBlocks(rows.filter((row) => row !== undefined));
  if (!blocks.every((block) => block.ok)) return metadata;
  return metadataSheetLayout(blocks.map(({ metadata: block }) => {
    const record = records.get(block.sheet);
    return record === undefined ? block : { ...block, carriedExplanations: record };
  }));
}
