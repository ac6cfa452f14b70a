export type {
  CellValue, EnteredCell, FooterEntry, OutsideCell, PrintedCell, PrintedCells, ReaderObservation, ReturnMetadata, ReturnRow, ReturnSheet,
} from './types';
export { cellAt, enteredAt, textOf, type GridCell, type SheetGrid, type WorkbookGrids } from './read/grid';
export { HEADER_SEARCH_ROWS, locateTable, looksLikeReturn, type LocateHints, type TableLocation } from './read/locateTable';
export { readMetadataGrid, type MetadataSheet } from './read/metadataGrid';
export { footerLabelOf } from './read/footerEntries';
export { readReturnGrids, type ReadGridOptions } from './read/readReturnGrids';
export type {
  ConditionalFormatFact, DataValidationFact, DefinedNameFact, DrawingFact, ExternalTargetFact, ProtectionFact, SheetFacts, StyleHiding, WorkbookFacts, WorkbookProtectionFact,
} from './facts';
export { forgetTableReads, readTableAt } from './read/tableAt';
export type { TableRows } from './read/readTableRows';
export { mergedEntryCells } from './read/sheetObservations';
