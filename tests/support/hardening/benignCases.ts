/**
 * The ordinary edits of a careful county (decision 0263): things people do in Excel, WPS and LibreOffice that change
 * the file but not the values, values typed the ways people type them, and what the form allows. Each is an edit of
 * the clean two-sheet return (the district's plan, then the province's, filledReturn(true)) at the XML level, as the
 * office suites write it, and what a reviewer expects of it: accepted as it is (nothing found, the same attainment),
 * or one clear finding naming the cell and the reason. tests/hardening/benignEdits.test.ts checks every case as the
 * command line does; tests/libreoffice/recomputed/benignResaved.suite.ts resaves the accepted ones through LibreOffice.
 */
import type { FileResult } from '../../../src/cli/commands/check';
import { a1, placeA1, placeOfAddress } from '../../../src/core/form';
import { findingsOf, type Form } from './damagedReturns';
import type { PackageEdit } from './packageEdit';

const Y = (id: string) => `yuecheng-2021-2025.${id}`;
export const ROWS = {
  rdShare: Y('rd-gdp-share'),
  hightech: Y('hightech-enterprises'),
  smes: Y('tech-smes'),
  newInstitutions: Y('new-provincial-enterprise-rd-institutions'),
  investmentGrowth: Y('hightech-industry-investment-growth'),
  turnover: Y('tech-market-turnover'),
} as const;
const PROVINCE_ROWS = ['zj-hightech-industry-2021-2025.digital-economy-va', 'zj-hightech-industry-2021-2025.new-materials-output'] as const;
const NOTE_SHAPE = (row: number, col: number) => `<v:shape id="_x0000_s1099" type="#_x0000_t202" style="position:absolute;margin-left:105.3pt;margin-top:10.5pt;width:97.8pt;height:59.1pt;z-index:1;visibility:hidden" fillcolor="infoBackground [80]" o:insetmode="auto"><v:fill color2="infoBackground [80]"/><v:textbox/><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`;

export interface BenignCase {
  title: string;
  /** `forms`: the district's sheet, then the province's. */
  edit: (pkg: PackageEdit, forms: readonly [Form, Form]) => void;
  /** What the reviewer expects: nothing found (accepted, attainment unchanged), unless a finding is named here. */
  found?: {
    code: string;
    cell: (forms: readonly [Form, Form]) => string;
    severity: 'error' | 'warning';
    /** Words the Chinese message holds (the cell's own reason, what to do). */
    says?: string;
    /** The return's verdict: rejected unless said. */
    verdict?: 'rejected' | 'accepted_with_explanations';
    /** Other findings the edit rightly brings (the warning a 说明 was to explain). */
    beside?: string[];
  };
  /** The decision-0263 defect the case guards: it failed before the fix. */
  fixed?: string;
  /** The edit types another value (so the attainment may differ from the clean return's). */
  typed?: true;
  /**
   * Resaved by LibreOffice too (benignResaved.suite.ts): the fixed cases and one of each kind of part Calc rewrites
   * (styles, number formats, comments, sheets, names, properties, the foot, long text). Each conversion and check costs
   * some 0.3 s of CPU; the 46 cases cost 15 s.
   */
  resaved?: true;
}

/** Each sheet's rows' status and 完成进度, by sheet name (a case may reorder the sheets): what must not change. */
export const attainmentOf = (result: FileResult) => Object.fromEntries(result.sheets.map((sheet) => [sheet.sheet, sheet.attainments.map((row) => [row.rowId, row.status, row.completion])]));
/** Every finding as its code and cell. */
export const findingsSeen = (result: FileResult) => findingsOf(result).map((finding) => `${finding.code} ${finding.ref === null ? '' : placeA1(finding.ref)}`);

const esc = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

/** The number an entry cell of the clean return holds, as its XML stores it. */
function storedNumber(pkg: PackageEdit, f: Form, address: string): string {
  const match = new RegExp(`<c r="${address}"[^>]*>(?:<f>[^<]*</f>)?<v>([^<]*)</v>`, 'u').exec(pkg.text(pkg.sheetPart(f.name)));
  if (match?.[1] === undefined) throw new Error(`no number in ${f.name}!${address}`);
  return match[1];
}

/** The cell's style attribute as the clean return has it. */
function styleAttribute(pkg: PackageEdit, f: Form, address: string): string {
  return new RegExp(`<c r="${address}"[^>]*?( s="\\d+")`, 'u').exec(pkg.text(pkg.sheetPart(f.name)))?.[1] ?? '';
}

/** Text typed into a cell (an inline string, as WPS and LibreOffice write a typed text), keeping the cell's style. */
function typeText(pkg: PackageEdit, f: Form, address: string, text: string, style = styleAttribute(pkg, f, address)): void {
  pkg.cell(f.name, address, `<is><t xml:space="preserve">${esc(text)}</t></is>`, `${style} t="inlineStr"`);
}

function typeNumber(pkg: PackageEdit, f: Form, address: string, value: string, style = styleAttribute(pkg, f, address)): void {
  pkg.cell(f.name, address, `<v>${value}</v>`, style);
}

/** The same number, now shown through `format` (a paste that brings its source's number format): an unlocked copy of the cell's style. */
function withFormat(pkg: PackageEdit, f: Form, address: string, format: string): void {
  typeNumber(pkg, f, address, storedNumber(pkg, f, address), ` s="${pkg.restyle(styleIndex(pkg, f, address), { numberFormat: format })}"`);
}

function styleIndex(pkg: PackageEdit, f: Form, address: string): number {
  return Number(/\d+/u.exec(styleAttribute(pkg, f, address))?.[0] ?? 0);
}

/** Every entry cell's style changed by `change` (the county's own look on the entries). */
function restyleEntries(pkg: PackageEdit, f: Form, change: Parameters<PackageEdit['restyle']>[1]): void {
  const restyled = new Map<string, number>();
  pkg.change(pkg.sheetPart(f.name), (xml) => xml.replace(/<c r="([A-Z]+)(\d+)" s="(\d+)"/gu, (whole, letters: string, row: string, style: string) => {
    const years = Object.values(f.map.columns.actuals);
    const at = placeOfAddress(`${letters}${row}`);
    const entry = at?.column !== undefined && years.includes(at.column) && at.row >= f.map.firstDataRow && at.row <= f.map.lastDataRow;
    if (!entry) return whole;
    const index = restyled.get(style) ?? pkg.restyle(Number(style), change);
    restyled.set(style, index);
    return whole.replace(` s="${style}"`, ` s="${index}"`);
  }));
}

/** A cell of the county's own, right of the form in an indicator's row. */
function ownCell(pkg: PackageEdit, f: Form, id: string, text: string): string {
  const address = a1(f.row(id), f.layout.columns.length + 1);
  const row = f.row(id) + 1;
  pkg.change(pkg.sheetPart(f.name), (xml) => xml.replace(new RegExp(`(<row r="${row}"[^>]*>[\\s\\S]*?)(</row>)`, 'u'), `$1<c r="${address}" t="inlineStr"><is><t>${esc(text)}</t></is></c>$2`));
  return address;
}

/** The county's own column, right of the form, over the indicator rows: 'U8:U37'. */
function ownColumn(f: Form): string {
  const col = f.layout.columns.length + 1;
  return `${a1(f.map.firstDataRow, col)}:${a1(f.map.lastDataRow, col)}`;
}

/** A range over the 2025 entries and on into the county's own column (reaching into the form). */
function intoTheForm(f: Form): string {
  const col = f.map.columns.actuals[2025] ?? 0;
  return `${a1(f.map.firstDataRow, col)}:${a1(f.map.lastDataRow, f.layout.columns.length + 1)}`;
}

function addValidation(pkg: PackageEdit, f: Form, sqref: string): void {
  pkg.change(pkg.sheetPart(f.name), (xml) => xml
    .replace(/<dataValidations count="(\d+)">/u, (_whole, count: string) => `<dataValidations count="${Number(count) + 1}">`)
    .replace('</dataValidations>', `<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="${sqref}"><formula1>"已核,待核"</formula1></dataValidation></dataValidations>`));
}

function addConditionalFormat(pkg: PackageEdit, f: Form, sqref: string): void {
  pkg.change(pkg.sheetPart(f.name), (xml) => xml.replace('<dataValidations', `<conditionalFormatting sqref="${sqref}"><cfRule type="cellIs" dxfId="0" priority="99" operator="equal"><formula>"待核"</formula></cfRule></conditionalFormatting><dataValidations`));
}

function explain(pkg: PackageEdit, f: Form, id: string, text: string): void {
  typeText(pkg, f, f.at(id, f.map.columns.explanation), text);
}

/** The foot's entry cell right of a label (报出日期：). */
function footEntry(f: Form, label: RegExp): string {
  const at = placeOfAddress(f.cellWithText(label));
  if (at?.column === undefined) throw new Error(`no foot label ${label}`);
  return a1(at.row, at.column + 1);
}

const WORKBOOK = 'xl/workbook.xml';
const addToWorkbook = (pkg: PackageEdit, before: string, element: string) => pkg.change(WORKBOOK, (xml) => xml.replace(before, `${element}${before}`));
const definedName = (pkg: PackageEdit, element: string) => pkg.change(WORKBOOK, (xml) => (xml.includes('<definedNames>') ? xml.replace('<definedNames>', `<definedNames>${element}`) : xml.replace('</sheets>', `</sheets><definedNames>${element}</definedNames>`)));
const quoted = (f: Form) => `'${f.name.replace(/'/gu, "''")}'`;

/** A sheet of the county's own notes, added as Excel adds one (part, content type, relationship, entry in the workbook). */
function notesSheet(pkg: PackageEdit, f: Form): void {
  pkg.set('xl/worksheets/sheet90.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>数据来源：统计年报、区科技局</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>高企数（核对）</t></is></c><c r="B2"><f>${esc(`${quoted(f)}!${f.actual(ROWS.hightech, 2025)}`)}</f><v>0</v></c></row></sheetData></worksheet>`);
  pkg.change('[Content_Types].xml', (xml) => xml.replace('</Types>', '<Override PartName="/xl/worksheets/sheet90.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'));
  pkg.change('xl/_rels/workbook.xml.rels', (xml) => xml.replace('</Relationships>', '<Relationship Id="rId90" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet90.xml"/></Relationships>'));
  pkg.change(WORKBOOK, (xml) => xml.replace(/(<sheet [^>]*name="_meta")/u, '<sheet sheetId="90" name="我的备注" r:id="rId90"/>$1'));
}

/** The two reporting sheets' entries in the workbook swapped, as dragging a tab does (the cover and _meta stay). */
function swapSheets(pkg: PackageEdit, [district, province]: readonly [Form, Form]): void {
  pkg.change(WORKBOOK, (xml) => {
    const entry = (f: Form) => new RegExp(`<sheet [^>]*name="${f.name}"[^>]*/>`, 'u').exec(xml)?.[0] ?? '';
    const first = entry(district);
    const second = entry(province);
    return xml.replace(first, '\u0000').replace(second, first).replace('\u0000', second);
  });
}

/** Marked final (File → Info → Protect Workbook → Mark as Final): a custom property and the content status. */
function markFinal(pkg: PackageEdit): void {
  pkg.set('docProps/custom.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="_MarkAsFinal"><vt:bool>true</vt:bool></property></Properties>');
  pkg.change('[Content_Types].xml', (xml) => xml.replace('</Types>', '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>'));
  pkg.change('_rels/.rels', (xml) => xml.replace('</Relationships>', '<Relationship Id="rId90" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>'));
  pkg.change('docProps/core.xml', (xml) => xml.replace('</cp:coreProperties>', '<cp:contentStatus>最终版本</cp:contentStatus></cp:coreProperties>'));
}

const sheetOf = (pkg: PackageEdit, f: Form, edit: (xml: string) => string) => pkg.change(pkg.sheetPart(f.name), edit);

/** Nothing to find: the return as the county sends it after an edit that changes no value. */
export const ACCEPTED: BenignCase[] = [
  // What people do to the look of a sheet.
  { title: 'column widths changed', edit: (pkg, [f]) => sheetOf(pkg, f, (xml) => xml.replace(/(<col min="3" max="3" width=")[\d.]+/u, '$142.5')) },
  { title: 'row heights changed', edit: (pkg, [f]) => sheetOf(pkg, f, (xml) => xml.replace(/<row r="(1\d)"(?: ht="[\d.]+" customHeight="1")?/gu, '<row r="$1" ht="30" customHeight="1"')) },
  { resaved: true, title: 'a fill colour on the entries', edit: (pkg, [f]) => restyleEntries(pkg, f, { fill: 'FFFFFF00' }) },
  { resaved: true, title: 'another font on the entries (微软雅黑 12, blue, bold)', edit: (pkg, [f]) => restyleEntries(pkg, f, { font: { name: '微软雅黑', size: 12, color: 'FF0000FF', bold: true } }) },
  { title: 'red borders round the entries', edit: (pkg, [f]) => restyleEntries(pkg, f, { border: 'FFFF0000' }) },
  { title: 'entries centred and wrapped', edit: (pkg, [f]) => restyleEntries(pkg, f, { alignment: '<alignment horizontal="center" vertical="center" wrapText="1"/>' }) },
  { title: 'zoomed to 85 %', edit: (pkg, [f]) => sheetOf(pkg, f, (xml) => xml.replace(/zoomScale="\d+"/u, 'zoomScale="85"')) },
  { title: 'freeze panes moved', edit: (pkg, [f]) => sheetOf(pkg, f, (xml) => xml.replace(/<pane [^>]*\/>/u, '<pane xSplit="4" ySplit="8" topLeftCell="E9" activePane="bottomRight" state="frozen"/>')) },
  { title: 'freeze panes off', edit: (pkg, [f]) => sheetOf(pkg, f, (xml) => xml.replace(/<pane [^>]*\/>/u, '').replace('<selection pane="bottomRight"/>', '<selection activeCell="M15" sqref="M15"/>')) },
  { title: 'gridlines shown', edit: (pkg, [f]) => sheetOf(pkg, f, (xml) => xml.replace(' showGridLines="0"', '')) },
  { title: 'page break preview', edit: (pkg, [f]) => sheetOf(pkg, f, (xml) => xml.replace('<sheetView ', '<sheetView view="pageBreakPreview" ')) },
  { title: 'the sheet tab coloured', edit: (pkg, [f]) => sheetOf(pkg, f, (xml) => xml.replace('<dimension', '<sheetPr><tabColor rgb="FFFF0000"/></sheetPr><dimension')) },
  { title: 'the other sheet selected when saved', edit: (pkg, [, p]) => { sheetOf(pkg, p, (xml) => xml.replace('<sheetView ', '<sheetView tabSelected="1" ')); pkg.change(WORKBOOK, (xml) => xml.replace(/activeTab="\d+"/u, 'activeTab="2"')); } },
  { title: 'page setup portrait at 60 %', edit: (pkg, [f]) => sheetOf(pkg, f, (xml) => xml.replace('orientation="landscape"', 'orientation="portrait"').replace(/scale="\d+"/u, 'scale="60"')) },
  { title: 'a header of their own', edit: (pkg, [f]) => sheetOf(pkg, f, (xml) => xml.replace('<headerFooter>', '<headerFooter><oddHeader>&amp;C越城区统计局</oddHeader>')) },
  { title: 'the print area changed', edit: (pkg) => pkg.change(WORKBOOK, (xml) => xml.replace(/(_xlnm\.Print_Area" localSheetId="1">[^<]*?!)\$A\d*:\$([A-Z]+)(\d+)/u, (_w, head: string, col: string, row: string) => `${head}$A$1:$${col}$${Number(row) + 2}`)) },
  { title: 'the print area removed', edit: (pkg) => pkg.change(WORKBOOK, (xml) => xml.replace(/<definedName name="_xlnm\.Print_Area" localSheetId="1">[^<]*<\/definedName>/u, '')) },
  { resaved: true, title: 'a filter switched on over the header row', edit: (pkg, [f]) => {
    const last = a1(f.map.lastDataRow, f.layout.columns.length - 2);
    sheetOf(pkg, f, (xml) => xml.replace(/<mergeCells|<dataValidations/u, (next) => `<autoFilter ref="A${f.map.firstDataRow}:${last}"/>${next}`));
    const absolute = `$A$${f.map.firstDataRow}:$${last.replace(/(\d+)/u, '$$$1')}`;
    definedName(pkg, `<definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">${esc(quoted(f))}!${absolute}</definedName>`);
  } },
  { title: 'a named range of their own over an entry', edit: (pkg, [f]) => definedName(pkg, `<definedName name="高企数">${esc(quoted(f))}!$M$15</definedName>`) },
  { title: 'document properties filled in', edit: (pkg) => pkg.change('docProps/core.xml', (xml) => xml.replace(/<dc:creator>[^<]*<\/dc:creator>/u, '<dc:creator>张三</dc:creator>').replace(/<dc:title>[^<]*<\/dc:title>|<dc:title\/>/u, '<dc:title>越城区2025年报表</dc:title>')) },
  { resaved: true, title: 'marked final', edit: (pkg) => markFinal(pkg) },
  { title: 'read-only recommended', edit: (pkg) => addToWorkbook(pkg, '<workbookPr', '<fileSharing readOnlyRecommended="1" userName="张三"/>') },
  { resaved: true, title: 'an extra sheet of their own notes, one cell referring to an entry', edit: (pkg, [f]) => notesSheet(pkg, f) },
  { resaved: true, title: 'the two reporting sheets reordered by dragging a tab', edit: (pkg, forms) => swapSheets(pkg, forms), fixed: 'the cover was said to be changed (structure.cover_changed on B6, B7, B8, A12…)' },
  { resaved: true, title: 'a dropdown of their own in a column of their own', edit: (pkg, [f]) => addValidation(pkg, f, ownColumn(f)), fixed: 'form.validation_changed, a warning nobody could explain: 退回' },
  { resaved: true, title: 'conditional formatting of their own in a column of their own', edit: (pkg, [f]) => addConditionalFormat(pkg, f, ownColumn(f)), fixed: 'form.conditional_formats_changed, an error' },
  // Values as people type and paste them, which the sheet's own formulas read as the same number.
  { resaved: true, title: 'a count shown with thousands separators (#,##0)', edit: (pkg, [f]) => withFormat(pkg, f, f.actual(ROWS.smes, 2025), '#,##0') },
  { title: 'pasted with its source’s format #,##0.00"亿元"', edit: (pkg, [f]) => withFormat(pkg, f, f.actual(ROWS.turnover, 2025), '#,##0.00"亿元"') },
  { title: 'pasted with its source’s format 0.00;[Red]-0.00', edit: (pkg, [f]) => withFormat(pkg, f, f.actual(ROWS.turnover, 2025), '0.00;[Red]-0.00') },
  { resaved: true, title: 'pasted with an accounting format', edit: (pkg, [f]) => withFormat(pkg, f, f.actual(ROWS.turnover, 2025), '_ * #,##0.00_ ;_ * -#,##0.00_ ;_ * "-"??_ ;_ @_ ') },
  { title: 'pasted with a locale-tagged format [$-804]#,##0.00', edit: (pkg, [f]) => withFormat(pkg, f, f.actual(ROWS.turnover, 2025), '[$-804]#,##0.00') },
  { title: 'pasted as General', edit: (pkg, [f]) => withFormat(pkg, f, f.actual(ROWS.turnover, 2025), 'General') },
  { title: 'shown with more decimals than the form (0.0000)', edit: (pkg, [f]) => withFormat(pkg, f, f.actual(ROWS.turnover, 2025), '0.0000') },
  { title: 'a count in scientific notation that shows it exactly (0.000E+00)', edit: (pkg, [f]) => withFormat(pkg, f, f.actual(ROWS.smes, 2025), '0.00000E+00') },
  { title: 'a negative growth rate shown in parentheses (#,##0.00_);(#,##0.00))', edit: (pkg, [f]) => {
    const cell = f.actual(`${ROWS.investmentGrowth}#companion`, 2025);
    typeNumber(pkg, f, cell, `-${storedNumber(pkg, f, cell)}`, ` s="${pkg.restyle(styleIndex(pkg, f, cell), { numberFormat: '#,##0.00_);(#,##0.00)' })}"`);
  }, typed: true },
  { title: 'a value pasted from a computation (noise past 15 significant digits)', edit: (pkg, [f]) => {
    const cell = f.actual(ROWS.turnover, 2025);
    const stored = Number(storedNumber(pkg, f, cell));
    typeNumber(pkg, f, cell, (stored + stored * 1e-15).toPrecision(17));
  } },
  { resaved: true, title: 'a pasted entry that came back locked (its source’s protection)', edit: (pkg, [f]) => {
    const cell = f.actual(ROWS.turnover, 2025);
    typeNumber(pkg, f, cell, storedNumber(pkg, f, cell), ` s="${pkg.restyle(styleIndex(pkg, f, cell), { locked: true })}"`);
  } },
  // The foot and the 说明 as people fill them.
  { resaved: true, title: 'the foot filled in, 报出日期 as a real date', edit: (pkg, [f]) => {
    typeText(pkg, f, footEntry(f, /^单位负责人/u), '张三');
    typeText(pkg, f, footEntry(f, /^填表人/u), '李四');
    typeNumber(pkg, f, footEntry(f, /^联系电话/u), '13800000000');
    typeNumber(pkg, f, footEntry(f, /^报出日期/u), '46010', ` s="${pkg.restyle(styleIndex(pkg, f, footEntry(f, /^报出日期/u)), { numberFormat: 'yyyy"年"m"月"d"日"' })}"`);
  } },
  { resaved: true, title: '说明 of 480 characters with line breaks', edit: (pkg, [f]) => explain(pkg, f, ROWS.hightech, `2025年数值为统计快报数；\n其中新认定高新技术企业102家，\r\n注销4家。${'以年报为准。'.repeat(76)}`) },
  { title: '说明 written on rows nothing asks about', edit: (pkg, [f]) => { explain(pkg, f, ROWS.turnover, '营业收入口径为规上工业企业。'); explain(pkg, f, ROWS.smes, '数据来源：区科技局'); } },
  { resaved: true, title: '“无” in the 说明 of every row', edit: (pkg, [f]) => { for (const id of f.rowIds) explain(pkg, f, id, '无'); }, fixed: 'check.explanation_meaningless on every row, warnings nobody could explain: 退回' },
  { resaved: true, title: 'short notes that explain nothing (快报数, 同上, /) on rows without a warning', edit: (pkg, [f]) => { explain(pkg, f, ROWS.turnover, '快报数'); explain(pkg, f, ROWS.smes, '同上'); explain(pkg, f, ROWS.hightech, '/'); }, fixed: 'check.explanation_meaningless: 退回' },
  { resaved: true, title: 'a comment of their own on an entry cell', edit: (pkg, [f]) => {
    // The district's sheet has notes of the generator's (on printed targets): Excel adds one to its parts.
    const cell = f.actual(ROWS.hightech, 2025);
    pkg.change('xl/comments2.xml', (xml) => xml.replace('</commentList>', `<comment ref="${cell}" authorId="0"><text><r><t>含新认定102家</t></r></text></comment></commentList>`));
    const at = placeOfAddress(cell);
    pkg.change('xl/drawings/vmlDrawing2.vml', (xml) => xml.replace('</xml>', `${NOTE_SHAPE(at?.row ?? 0, at?.column ?? 0)}</xml>`));
  } },
  { title: 'an in-workbook link in a 说明 (to the cover)', edit: (pkg, [f]) => {
    const cell = f.at(ROWS.turnover, f.map.columns.explanation);
    typeText(pkg, f, cell, '口径见填报说明第2条');
    sheetOf(pkg, f, (xml) => xml.replace('<printOptions', `<hyperlinks><hyperlink ref="${cell}" location="'填报说明'!A1" display="口径见填报说明第2条"/></hyperlinks><printOptions`));
  } },
  // What the form allows.
  { title: 'a value equal to the target', edit: (pkg, [f]) => typeNumber(pkg, f, f.actual(ROWS.hightech, 2025), '650'), typed: true },
  { title: 'a zero where zero is true (nothing new two years running)', edit: (pkg, [f]) => { typeNumber(pkg, f, f.actual(ROWS.newInstitutions, 2024), '0'); typeNumber(pkg, f, f.actual(ROWS.newInstitutions, 2025), '0'); }, typed: true },
];

/** Cases where the reviewer rightly gets a finding, and what it must say. */
export const FOUND: BenignCase[] = [
  {
    title: 'a negative typed as accountants write it, (8.51), stored as text',
    edit: (pkg, [f]) => typeText(pkg, f, f.actual(`${ROWS.investmentGrowth}#companion`, 2025), '(8.51)'),
    found: { code: 'check.not_a_number.text_number', cell: ([f]) => f.actual(`${ROWS.investmentGrowth}#companion`, 2025), severity: 'error', says: '请直接输入数字 -8.51' },
    fixed: 'check.not_a_number: “不是数值”, with no number to type',
  },
  {
    title: 'the same in full-width parentheses, （8.51）',
    edit: (pkg, [f]) => typeText(pkg, f, f.actual(`${ROWS.investmentGrowth}#companion`, 2025), '（8.51）'),
    found: { code: 'check.not_a_number.text_number', cell: ([f]) => f.actual(`${ROWS.investmentGrowth}#companion`, 2025), severity: 'error', says: '-8.51' },
    fixed: 'check.not_a_number: “不是数值”, with no number to type',
  },
  {
    title: 'a number stored as text (a leading apostrophe, or a text-formatted cell): the sheet’s own status says 未填报',
    edit: (pkg, [f]) => typeText(pkg, f, f.actual(ROWS.turnover, 2025), storedNumber(pkg, f, f.actual(ROWS.turnover, 2025))),
    found: { code: 'check.not_a_number.text_number', cell: ([f]) => f.actual(ROWS.turnover, 2025), severity: 'error', says: '以文本形式存入的数字' },
  },
  {
    title: 'thousands separators typed into a text cell (2,174)',
    edit: (pkg, [f]) => typeText(pkg, f, f.actual(ROWS.smes, 2025), Number(storedNumber(pkg, f, f.actual(ROWS.smes, 2025))).toLocaleString('en-US')),
    found: { code: 'check.not_a_number.text_number', cell: ([f]) => f.actual(ROWS.smes, 2025), severity: 'error', says: '请直接输入数字' },
  },
  {
    title: 'full-width digits typed as text (３８２．０３ as a Chinese input method gives them)',
    edit: (pkg, [f]) => typeText(pkg, f, f.actual(ROWS.turnover, 2025), '２０．５９'),
    found: { code: 'check.not_a_number.text_number', cell: ([f]) => f.actual(ROWS.turnover, 2025), severity: 'error', says: '请直接输入数字 20.59' },
  },
  {
    title: 'a number with a trailing non-breaking space, pasted from a web page',
    edit: (pkg, [f]) => typeText(pkg, f, f.actual(ROWS.turnover, 2025), '20.59\u00a0'),
    found: { code: 'check.not_a_number.text_number', cell: ([f]) => f.actual(ROWS.turnover, 2025), severity: 'error', says: '请直接输入数字 20.59' },
  },
  {
    title: 'a count under a date format (Excel shows 1905-12-13 for 2174)',
    edit: (pkg, [f]) => withFormat(pkg, f, f.actual(ROWS.smes, 2025), 'yyyy-mm-dd'),
    found: { code: 'check.not_a_number.date', cell: ([f]) => f.actual(ROWS.smes, 2025), severity: 'error', says: '存成了日期' },
  },
  {
    title: '3.54% typed into a % row: Excel stores 0.0354, which the sheet’s own status compares with the target',
    edit: (pkg, [f]) => {
      const cell = f.actual(ROWS.rdShare, 2025);
      typeNumber(pkg, f, cell, String(Number(storedNumber(pkg, f, cell)) / 100), ` s="${pkg.restyle(styleIndex(pkg, f, cell), { numberFormat: '0.00%' })}"`);
    },
    found: { code: 'check.not_a_number.percent_format', cell: ([f]) => f.actual(ROWS.rdShare, 2025), severity: 'error', says: '百分比格式' },
  },
  {
    title: 'a pasted format that rounds the shown value (0.0 over two decimals)',
    edit: (pkg, [f]) => {
      const cell = f.actual(ROWS.turnover, 2025);
      typeNumber(pkg, f, cell, '20.59', ` s="${pkg.restyle(styleIndex(pkg, f, cell), { numberFormat: '0.0' })}"`);
    },
    found: { code: 'form.number_format_changed', cell: ([f]) => f.actual(ROWS.turnover, 2025), severity: 'error', says: '20.59 → 20.6）。请把格式改回原表的' },
    fixed: 'said “20.59 → 20.6” as “→ 20.6” only by chance (382.03 → 382 for 382.0) and asked for 常规 when the form’s format is another',
  },
  {
    title: 'a % format pasted over a 是/否 row, whose form format is General (1 shown as 100%)',
    edit: (pkg, [f]) => {
      const cell = f.actual(Y('enterprise-rd-institution-coverage'), 2025);
      typeNumber(pkg, f, cell, '1', ` s="${pkg.restyle(styleIndex(pkg, f, cell), { numberFormat: '0%' })}"`);
    },
    found: { code: 'form.number_format_changed_general', cell: ([f]) => f.actual(Y('enterprise-rd-institution-coverage'), 2025), severity: 'error', says: '（原表为常规格式），显示的数值与保存的数值不同（1 → 100）。请把格式改回常规，', beside: ['check.not_a_number.answer_number'] },
    fixed: 'form.number_format_changed: “原表为“General”…改回原表的“General”（或设为常规）”, Excel’s format code where its Chinese dialog says 常规',
  },
  {
    title: 'a fall to zero from last year’s 16',
    edit: (pkg, [f]) => { typeNumber(pkg, f, f.actual(ROWS.newInstitutions, 2024), '16'); typeNumber(pkg, f, f.actual(ROWS.newInstitutions, 2025), '0'); },
    found: { code: 'check.yoy_change.to_zero', cell: ([f]) => f.actual(ROWS.newInstitutions, 2025), severity: 'warning', says: '实绩为 0，上年为 16家' },
    fixed: 'check.yoy_change.down: “0家 只有上年 14家 的 0 倍”',
  },
  {
    title: '“无” as the 说明 of a row with a warning: the warning stays unexplained, and the 说明 says why',
    edit: (pkg, [f]) => { typeNumber(pkg, f, f.actual(ROWS.hightech, 2025), '6500'); explain(pkg, f, ROWS.hightech, '无'); },
    found: { code: 'check.explanation_meaningless', cell: ([f]) => f.at(ROWS.hightech, f.map.columns.explanation), severity: 'warning', says: '不能作为对警告的说明', beside: ['check.yoy_change.up'] },
  },
  {
    title: 'the province’s rows left empty where the county has no such data, each explained',
    edit: (pkg, [, p]) => {
      for (const id of PROVINCE_ROWS) {
        pkg.cell(p.name, p.actual(id, 2025), '', styleAttribute(pkg, p, p.actual(id, 2025)));
        typeText(pkg, p, p.at(id, p.map.columns.explanation), '本地区无此项统计数据');
      }
    },
    found: { code: 'check.monitoring_missing', cell: ([, p]) => p.actual(PROVINCE_ROWS[0], 2025), severity: 'warning', verdict: 'accepted_with_explanations' },
  },
  {
    title: 'a dropdown of their own reaching into the entries',
    edit: (pkg, [f]) => addValidation(pkg, f, intoTheForm(f)),
    found: { code: 'form.validation_changed', cell: () => '', severity: 'warning' },
  },
  {
    title: 'conditional formatting of their own reaching into the entries',
    edit: (pkg, [f]) => addConditionalFormat(pkg, f, intoTheForm(f)),
    found: { code: 'form.conditional_formats_changed', cell: () => '', severity: 'error' },
  },
  {
    title: 'a web address in a 说明 that Excel turned into a hyperlink: a link out, named with its cell',
    edit: (pkg, [f]) => {
      const cell = f.at(ROWS.turnover, f.map.columns.explanation);
      typeText(pkg, f, cell, '见 http://tjj.sx.gov.cn/2025');
      sheetOf(pkg, f, (xml) => xml.replace('<printOptions', `<hyperlinks><hyperlink ref="${cell}" r:id="rId90"/></hyperlinks><printOptions`));
      const rels = pkg.sheetPart(f.name).replace(/([^/]+)$/u, '_rels/$1.rels');
      pkg.change(rels, (xml) => xml.replace('</Relationships>', '<Relationship Id="rId90" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="http://tjj.sx.gov.cn/2025" TargetMode="External"/></Relationships>'));
    },
    found: { code: 'dangerous.hyperlink_at', cell: () => '', severity: 'error', says: '规划!Q' },
    fixed: 'dangerous.hyperlink named the address only, not the cell that holds it',
  },
  {
    title: 'a note of their own in a column of their own (the reviewer sees it, the checks do not read it)',
    edit: (pkg, [f]) => { ownCell(pkg, f, ROWS.hightech, '已核'); },
    found: { code: 'form.content_outside', cell: ([f]) => a1(f.row(ROWS.hightech), f.layout.columns.length + 1), severity: 'warning', says: '已核' },
  },
];
