export type { CellValue, EnteredCell, PrintedCell, PrintedCells, ReaderObservation, ReturnMetadata, ReturnRow, ReturnSheet } from './types';
