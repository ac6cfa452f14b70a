/** The very hidden "_meta" sheet that carries the metadata blocks (their codec is core/form/metadata). */
import { METADATA, metadataRows, type ReturnMetadata } from '../form';
import { SheetBuilder } from './sheetBuilder';
import { FONT, sheetStyles } from './styles';
import type { SheetLayout } from './types';

/** The "_meta" sheet: one block of key/value rows per reporting sheet, each block opened by its `sheet` key. */
export function metadataSheetLayout(blocks: readonly ReturnMetadata[]): SheetLayout {
  return keyValueSheetLayout(METADATA.sheetName, blocks.flatMap(metadataRows));
}

/**
 * A very hidden sheet of key/value rows under the metadata header and its warning not to edit: the form's "_meta"
 * and a consolidation file's record share this shape, each with its own codec for the rows.
 */
export function keyValueSheetLayout(name: string, rows: readonly (readonly [string, string])[]): SheetLayout {
  const styles = { meta: sheetStyles(FONT.form).meta };
  const sheet = new SheetBuilder(styles);
  sheet.text(0, 0, METADATA.header[0], 'meta');
  sheet.text(0, 1, METADATA.header[1], 'meta');
  sheet.text(0, 2, METADATA.warning, 'meta');
  rows.forEach(([key, value], i) => {
    sheet.text(i + 1, 0, key, 'meta');
    sheet.text(i + 1, 1, value, 'meta');
  });
  return {
    name,
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
