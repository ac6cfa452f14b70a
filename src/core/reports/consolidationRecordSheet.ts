/** The very hidden "_consolidation" sheet of a consolidation file: its record as key/value rows (codec: consolidation/record). */
import { recordRows, RECORD_SHEET, type ConsolidationRecord } from '../consolidation';
import { keyValueSheetLayout, type SheetLayout } from '../layout';

export function consolidationRecordSheetLayout(record: ConsolidationRecord): SheetLayout {
  return keyValueSheetLayout(RECORD_SHEET, recordRows(record));
}
