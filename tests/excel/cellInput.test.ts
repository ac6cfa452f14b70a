import type { CellStyle, LayoutCell, SheetLayout, WorkbookLayout } from '../../src/core/layout';
import { metadataSheetLayout } from '../../src/core/layout';
import { cellInput, textInput } from '../../src/excel/cellInput';
import { measureWrite } from '../support/excel/measureWrite';

const style = (numberFormat: string): CellStyle => ({
  font: { name: '宋体', size: 11, bold: false, underline: false, color: '#000000' },
  fill: null,
  border: 'none',
  alignment: { horizontal: 'left', vertical: 'middle', wrapText: false, indent: 0 },
  numberFormat,
  locked: true,
});

/** Texts Excel would turn into something else if typed as they are. */
const TRICKY = ['=SUM(A1:A3)', '-', '—', '+5', '@home', '10-15', '1/2', '3.5', '75/1280', 'TRUE', '＝全角'];

describe('textInput', () => {
  it('writes a text in a text cell as it is, unless it starts like a formula', () => {
    expect(textInput('设区市国家高新区全覆盖', '@')).toEqual({ input: '设区市国家高新区全覆盖', numberFormat: '@' });
    expect(textInput('10-15', '@')).toEqual({ input: '10-15', numberFormat: '@' });
  });

  it('quotes a formula-like text and switches its cell to General, where the apostrophe is surely hidden', () => {
    expect(textInput('=SUM(A1)', '@')).toEqual({ input: "'=SUM(A1)", numberFormat: 'General' });
    expect(textInput('-', '@')).toEqual({ input: "'-", numberFormat: 'General' });
  });

  it('quotes every text in a General cell, so that Excel makes no number or date of it', () => {
    expect(textInput('3.5', 'General')).toEqual({ input: "'3.5", numberFormat: 'General' });
    expect(textInput('', 'General')).toEqual({ input: '', numberFormat: 'General' });
  });

  it('writes numbers as numbers and formulas with their "="', () => {
    expect(cellInput({ kind: 'number', value: 3.5 }, '0.0%')).toEqual({ input: 3.5, numberFormat: '0.0%' });
    expect(cellInput({ kind: 'formula', formula: 'IF(A1="","",1)' }, 'General')).toEqual({ input: '=IF(A1="","",1)', numberFormat: 'General' });
  });
});

/** A bare sheet of `cells`, all in style 'cell'. */
function sheetWith(cells: LayoutCell[], numberFormat = '@'): SheetLayout {
  return {
    name: '文本',
    visibility: 'visible',
    cells,
    merges: [],
    columns: [],
    rows: [],
    frozen: null,
    validations: [],
    conditionalFormats: [],
    protection: null,
    print: null,
    styles: { cell: style(numberFormat) },
    showGridLines: true,
  };
}

describe('texts written into a sheet read back as the same texts', () => {
  function layoutOf(numberFormat: string): WorkbookLayout {
    const cells: LayoutCell[] = TRICKY.map((text, row) => ({ row, col: 0, value: { kind: 'text', text }, style: 'cell' }));
    return { sheets: [sheetWith(cells, numberFormat)], metadata: metadataSheetLayout([]) };
  }

  it.each(['@', 'General'])('in cells formatted %s', async (numberFormat) => {
    const { excel } = await measureWrite(layoutOf(numberFormat));
    expect(TRICKY.map((_, row) => excel.valueAt('文本', `A${row + 1}`))).toEqual(TRICKY);
  });
});

describe('links', () => {
  it('link to a cell of this workbook by document reference, and to another workbook by address', async () => {
    const layout = {
      sheets: [{
        ...sheetWith([
          { row: 0, col: 0, style: 'cell', value: { kind: 'link' as const, text: 'J8', target: { sheet: "柯桥's 表", cell: 'J8' } } },
          { row: 1, col: 0, style: 'cell', value: { kind: 'link' as const, text: '打开', target: { file: 'returns\\柯桥 2023.xlsx', sheet: '指标填报', cell: 'A1' } } },
        ]),
      }],
      metadata: metadataSheetLayout([]),
    };
    const { excel } = await measureWrite(layout);
    const sheet = excel.workbook.find('文本');
    expect(sheet?.peek(0, 0)?.hyperlink).toEqual({ documentReference: "'柯桥''s 表'!J8", textToDisplay: 'J8' });
    expect(sheet?.peek(1, 0)?.hyperlink).toEqual({ address: "returns/%E6%9F%AF%E6%A1%A5%202023.xlsx#'指标填报'!A1", textToDisplay: '打开' });
    expect(excel.valueAt('文本', 'A1')).toBe('J8');
  });
});
