/** The very hidden "_consolidation" sheet of a consolidation file: its record as key/value rows (codec: consolidation/record). */
import { recordRows, RECORD_SHEET, type ConsolidationRecord } from '../consolidation';
import { METADATA } from '../form';
import { FONT, SheetBuilder, sheetStyles, type SheetLayout } from '../layout';

export function consolidationRecordSheetLayout(record: ConsolidationRecord): SheetLayout {
  const styles = { meta: sheetStyles(FONT.form).meta };
  const sheet = new SheetBuilder(styles);
  sheet.text(0, 0, METADATA.header[0], 'meta');
  sheet.text(0, 1, METADATA.header[1], 'meta');
  sheet.text(0, 2, METADATA.warning, 'meta');
  recordRows(record).forEach(([key, value], i) => {
    sheet.text(i + 1, 0, key, 'meta');
    sheet.text(i + 1, 1, value, 'meta');
  });
  return {
    name: RECORD_SHEET,
    visibility: 'veryHidden',
    cells: sheet.cells(),
    merges: [],
    columns: [{ col: 0, width: 16, hidden: false }, { col: 1, width: 60, hidden: false }],
    rows: [],
    frozen: null,
    validations: [],
    conditionalFormats: [],
    protection: null,
    print: null,
    styles,
    showGridLines: true,
  };
}
