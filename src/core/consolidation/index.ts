export { consolidate } from './consolidate';
export { countyValues } from './countyValues';
export { sheetActuals, type ReportedValue } from '../checks';
export type {
  ConsolidatedRegion, ConsolidatedRow, ConsolidationFinding, ConsolidationFindingCode, ConsolidationInput,
  ConsolidationMethod, ConsolidationResult, CountyReturn, CountyValues, ExpectedRegion,
} from './types';
export { consolidateProvince, type ProvinceConsolidation } from './province';
export { unverifiedRows } from './unverified';
export { heldBackCounts, type HeldBack } from './heldBack';
export { copiesDiffer, COPIES_DIFFER } from './copiesDiffer';
export { consolidationRecord, readRecordRows, recordedReturns, recordRows, RECORD_SHEET, type ConsolidationRecord, type RecordedCounty, type RecordInput } from './record';
export { returnsAlike, type ReturnValues } from './returnsAlike';
export { copiedFrom, copiedValues, COPIED_VALUES } from './copiedValues';
export { firstOfEach, takenFirst } from './takenFirst';
