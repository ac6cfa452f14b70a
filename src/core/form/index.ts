/**
 * The reporting form's contract: what the sheet writer (layout) and the readers (returns, checks, adapters)
 * must agree on — the words the form prints, where its columns are, how rows are named, the metadata block,
 * and how a cell is addressed. Both sides import it; it imports nothing.
 */
export { a1, columnLetter, parseA1, parseRange, placeKey, rangeA1, rangeContains, type CellPosition, type CellRange } from './address';
export { ANNEX, BATCH, CONSOLIDATION, COVER, FINDINGS, METADATA, PAGE_FOOTER, REPORTING, SCOPE, VALIDATION } from './labels';
export { regionPlanTitle } from './titles';
export { locateColumns, type LocatedColumns, type ReportingColumns, type TargetColumnRef } from './columns';
export {
  COMPANION_SUFFIX, CONCEPT_PREFIX, DENOMINATOR_SUFFIX, NUMERATOR_SUFFIX, companionRowId, conceptRowId, isCompanionRowId,
  isConceptRowId, parseRowId, ratioPartRowId, rowIdWithoutSuffix, type ParsedRowId, type RatioPart,
} from './rowIds';
export {
  isCarriedUnchanged, LAYOUT_VERSION, metadataRows, readMetadataBlocks, readMetadataCells, type CarriedExplanations,
  type MetadataCell, type MetadataProblem, type MetadataReadError, type MetadataReadResult, type ReturnMetadata,
} from './metadata';
export {
  anchorA1, cellPlace, placeA1, placeLabel, placeOfAddress, rowPlace, samePlace, sheetRef, type SheetPlace, type SheetRef,
} from './sheetRef';
