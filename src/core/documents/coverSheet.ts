/**
 * The cover of a reporting workbook (填报说明): which plans, region and year the workbook is for, how to fill it
 * in, and the legend of the row colours — so a statistician who opens the file in WPS or LibreOffice, without the
 * add-in, knows what the colours mean.
 */
import type { PlanCatalog } from '../catalog';
import { COVER, SCOPE } from '../form';
import { brokenLines, scopeLines } from '../layout';
import { SHEET_STATUS_LABELS, type AttainmentStatus } from '../attainment';
import { STATUS_SWATCH } from '../layout';
import { SheetBuilder, textValue } from '../layout';
import { makeStyle, sheetStyles, FONT } from '../layout';
import type { SheetLayout } from '../layout';

export interface CoverInput {
  plans: readonly PlanCatalog[];
  region: { name: string; code: string };
  reportingYear: number;
  /** Names of the reporting sheets of the workbook, in order. */
  reportingSheets: readonly string[];
  catalogVersion: string;
  /** Shown on sample workbooks: 示例数据. */
  banner?: string;
}

const LEGEND: ReadonlyArray<[AttainmentStatus, string]> = [
  ['met', COVER.legend.met],
  ['on_track', COVER.legend.on_track],
  ['behind', COVER.legend.behind],
  ['regressing', COVER.legend.regressing],
  ['not_met', COVER.legend.not_met],
  ['no_value', COVER.legend.no_value],
  ['monitoring', COVER.legend.monitoring],
];

function coverStyles() {
  const base = sheetStyles(FONT.form);
  const swatches = Object.fromEntries(
    LEGEND.map(([status]) => [`swatch_${status}`, makeStyle({ fill: STATUS_SWATCH[status].fill, font: { color: STATUS_SWATCH[status].font }, alignment: { horizontal: 'center' } }, base.text)]),
  );
  return {
    title: base.title,
    frame: base.frame,
    header: base.header,
    text: base.text,
    note: base.note,
    banner: makeStyle({ font: { name: FONT.heading, size: 14, color: '#C00000' }, border: 'none', alignment: { horizontal: 'center' } }, base.text),
    ...swatches,
  };
}

const COLUMNS = [
  { col: 0, width: 16, hidden: false },
  { col: 1, width: 50, hidden: false },
  { col: 2, width: 30, hidden: false },
];
const FULL_WIDTH = COLUMNS.reduce((sum, column) => sum + column.width, 0);

/**
 * A paragraph across the cover, broken into lines here: left to each program's wrapping, a line that one program
 * fits and the row height allowed for two printed as irregular blank lines under some items (issue 16).
 */
const paragraph = (text: string, indent = 0) => brokenLines(text, FULL_WIDTH, indent).join('\n');

/** The region as the cover names it, in the first row of its facts (under the title, the banner and a blank row). */
const regionFact = (input: Pick<CoverInput, 'region'>) => `${input.region.name}（${input.region.code}）`;
const regionRow = (input: Pick<CoverInput, 'banner'>) => (input.banner ? 3 : 2);

/**
 * The cover of `input`; `rowHeights: false` leaves its rows unmeasured (the checker compares texts only, and such a
 * cover serves every region of the same scope: coverSheetForRegion).
 */
export function coverSheetLayout(input: CoverInput, options: { rowHeights?: boolean } = {}): SheetLayout {
  const styles = coverStyles();
  const sheet = new SheetBuilder(styles);
  let row = 0;
  sheet.text(row, 0, COVER.title, 'title');
  sheet.merge({ top: row, left: 0, bottom: row, right: 2 });
  row += 1;
  if (input.banner) {
    sheet.text(row, 0, input.banner, 'banner');
    sheet.merge({ top: row, left: 0, bottom: row, right: 2 });
  }
  row = regionRow(input);
  const facts: Array<[string, string]> = [
    [COVER.region, regionFact(input)],
    [COVER.year, `${input.reportingYear}年`],
    ...input.plans.map((plan, i): [string, string] => [i === 0 ? COVER.plans : '', plan.plan.title]),
    [COVER.sheets, input.reportingSheets.join('、')],
    [COVER.catalogVersion, input.catalogVersion],
  ];
  for (const [label, value] of facts) {
    sheet.text(row, 0, label, 'header');
    sheet.text(row, 1, value, 'text');
    sheet.merge({ top: row, left: 1, bottom: row, right: 2 });
    row += 1;
  }
  row += 1;
  sheet.text(row, 0, SCOPE.coverTitle, 'header');
  sheet.merge({ top: row, left: 0, bottom: row, right: 2 });
  row += 1;
  for (const line of input.plans.flatMap((plan) => scopeLines(plan, input.region.code))) {
    sheet.text(row, 0, paragraph(line), 'note');
    sheet.merge({ top: row, left: 0, bottom: row, right: 2 });
    row += 1;
  }
  row += 1;
  sheet.text(row, 0, COVER.instructionsTitle, 'header');
  sheet.merge({ top: row, left: 0, bottom: row, right: 2 });
  row += 1;
  COVER.instructions.forEach((line, i) => {
    const number = `${i + 1}. `;
    sheet.text(row, 0, paragraph(`${number}${line}`, number.length), 'note');
    sheet.merge({ top: row, left: 0, bottom: row, right: 2 });
    row += 1;
  });
  row += 1;
  sheet.text(row, 0, COVER.legendTitle, 'header');
  sheet.text(row, 1, COVER.legendMeaning, 'header');
  sheet.merge({ top: row, left: 1, bottom: row, right: 2 });
  row += 1;
  for (const [status, meaning] of LEGEND) {
    sheet.text(row, 0, SHEET_STATUS_LABELS[status], `swatch_${status}`);
    sheet.text(row, 1, meaning, 'text');
    sheet.merge({ top: row, left: 1, bottom: row, right: 2 });
    row += 1;
  }
  const columns = COLUMNS.map((column) => ({ ...column }));
  return {
    name: COVER.sheetName,
    visibility: 'visible',
    cells: sheet.cells(),
    merges: sheet.mergeRefs(),
    columns,
    rows: options.rowHeights === false ? [] : sheet.fitRows(columns, 11),
    frozen: null,
    validations: [],
    conditionalFormats: [],
    protection: null,
    print: {
      paperSize: 'A4', orientation: 'portrait', fitToWidth: 1, fitToHeight: 0, printTitleRows: null, printArea: null,
      horizontalCentered: true, margins: { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 }, footer: null,
    },
    styles,
    showGridLines: false,
  };
}

/**
 * A cover made with `rowHeights: false` for another region, as made for `input`'s: the same when the plans are its own
 * exactly where they were the other's (isOwnPlan decides the scope lines), but for the region's own fact.
 */
export function coverSheetForRegion(layout: SheetLayout, input: Pick<CoverInput, 'region' | 'banner'>): SheetLayout {
  const row = regionRow(input);
  const text = regionFact(input);
  return { ...layout, cells: layout.cells.map((cell) => (cell.row === row && cell.col === 1 ? { ...cell, value: textValue(text) } : cell)) };
}
