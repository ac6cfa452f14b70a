export type { CellValue, EnteredCell, ReaderObservation, ReturnMetadata, ReturnRow, ReturnSheet } from './types';
