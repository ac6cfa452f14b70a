/**
 * Issue 11, a fourth hostile pass (decision 0258): variants found passing `check` after the third pass, each a clean
 * return edited at the XML level (packageEdit.ts) and checked as `plan-indicators check` checks a file. Tried against
 * LibreOffice's own reading (`soffice --convert-to csv`) when they were found: a data table over an entry showed 20.59
 * and 未达标 where the checker read the cached 678 and accepted; an empty <f/> showed Err:520, an array formula of no
 * text 0, a shared formula without its first cell nothing; a zip whose entries are marked encrypted did not load.
 */
import { exitStatusOf } from '../../src/cli/checkJob';
import { renderProblem } from '../../src/core/i18n';
import { unzipSync } from 'fflate';
import { annotateWorkbook } from '../../src/xlsx/annotateWorkbook';
import { checkBytes, edit, filledReturn, findingsOf, formsOf, type Form } from '../support/hardening/damagedReturns';
import { PackageEdit } from '../support/hardening/packageEdit';
import { expectFound, type Variant } from '../support/hardening/variants';

const HIGHTECH = 'yuecheng-2021-2025.hightech-enterprises';
const COVER = '填报说明';
const META = '_meta';

let form: Form;
let clean: Uint8Array;

beforeAll(async () => {
  [form] = formsOf(false) as [Form];
  clean = await filledReturn(false);
});

const actual = (f: Form, year = 2025) => f.actual(HIGHTECH, year);
const escaped = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/"/gu, '&quot;');
/** The cell's own style attribute as the clean return has it (an entry cell's fill, border and unlocking). */
function styleOf(pkg: PackageEdit, f: Form, address: string): string {
  return new RegExp(`<c r="${address}"[^>]*?( s="\\d+")`, 'u').exec(pkg.text(pkg.sheetPart(f.name)))?.[1] ?? '';
}
const definedName = (formula: string) => (pkg: PackageEdit) => pkg.change('xl/workbook.xml', (xml) => xml.replace('<definedNames>', `<definedNames><definedName name="zz">${escaped(formula)}</definedName>`));
/** Rows appended to _meta, each a key and a value as inline strings. */
const metaRows = (pkg: PackageEdit, rows: ReadonlyArray<readonly [string, string]>) => pkg.change(pkg.sheetPart(META), (xml) => {
  const last = Math.max(...[...xml.matchAll(/<row r="(\d+)"/gu)].map((match) => Number(match[1])));
  const added = rows.map(([key, value], i) => {
    const r = last + 1 + i;
    return `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>${escaped(key)}</t></is></c><c r="B${r}" t="inlineStr"><is><t>${escaped(value)}</t></is></c></row>`;
  });
  return xml.replace('</sheetData>', `${added.join('')}</sheetData>`);
});

const RELS = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
/** A part added under a name of the county's choosing, with a relationship of `type` from `from` (Excel finds it by that). */
function related(pkg: PackageEdit, from: string, type: string, part: string, content: string | Uint8Array): void {
  const rels = from.replace(/([^/]+)$/u, '_rels/$1.rels');
  let existing: string;
  try {
    existing = pkg.text(rels);
  } catch {
    existing = RELS;
  }
  const depth = from.split('/').length - 1;
  const target = `${'../'.repeat(depth - 1)}${part.split('/').slice(1).join('/')}`;
  pkg.set(rels, existing.replace('</Relationships>', `<Relationship Id="rIdZ9" Type="${type}" Target="${target}"/></Relationships>`));
  pkg.set(part, content);
}
const OLE_BYTES = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
const OFFICE = 'http://schemas.microsoft.com/office/2006/relationships';
const DOCUMENT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const VARIANTS: Variant[] = [
  {
    title: 'a data table (What-If analysis) over an entry cell, its <f> holding no text and a cached 678',
    edit: (pkg, f) => pkg.cell(f.name, actual(f), `<f t="dataTable" ref="${actual(f)}" dt2D="0" dtr="0" r1="${actual(f, 2024)}"/><v>678</v>`, styleOf(pkg, f, actual(f))),
    code: 'check.entry_formula', cell: actual,
  },
  {
    title: 'an array formula over the 2024 and 2025 entries: the 2025 cell holds only the cache, computed from the formula in the 2024 cell',
    edit: (pkg, f) => {
      pkg.cell(f.name, actual(f, 2024), `<f t="array" ref="${actual(f, 2024)}:${actual(f)}">{576,9999}</f><v>576</v>`, styleOf(pkg, f, actual(f, 2024)));
      pkg.cell(f.name, actual(f), '<v>678</v>', styleOf(pkg, f, actual(f)));
    },
    code: 'check.entry_formula', cell: actual,
  },
  {
    title: 'a number format escaping a digit with ! (0!0 shows 6780 for 678)',
    edit: (pkg, f) => pkg.cell(f.name, actual(f), '<v>678</v>', ` s="${pkg.style('0!0', false)}"`),
    code: 'form.number_format_hides', cell: actual,
  },
  {
    title: 'a number format filling the cell with a digit (*6 0 shows 666666678)',
    edit: (pkg, f) => pkg.cell(f.name, actual(f), '<v>678</v>', ` s="${pkg.style('*6 0', false)}"`),
    code: 'form.number_format_hides', cell: actual,
  },
  {
    title: 'Python in Excel over the sheet (=PY sends the cells it reads to Microsoft’s cloud)',
    edit: (pkg, f) => pkg.cell(f.name, actual(f), `<f>${escaped('_xlfn._xlws.PY(0,1)')}</f><v>678</v>`, styleOf(pkg, f, actual(f))),
    code: 'dangerous.network', cell: actual,
  },
  {
    title: 'TRANSLATE on the cover (sends the text to an online service)',
    edit: (pkg) => pkg.change(pkg.sheetPart(COVER), (xml) => xml.replace('</sheetData>', `<row r="200"><c r="A200" t="str"><f>${escaped('_xlfn.TRANSLATE(A1,"zh","en")')}</f><v>x</v></c></row></sheetData>`)),
    code: 'dangerous.formula_elsewhere',
  },
  ...['EVALUATE("1+1")', 'FILES("C:\\*")', 'GET.WORKSPACE(1)', '_xludf.STEAL(A1)', '_xlfn.COPILOT("x",A1)'].map((formula): Variant => ({
    title: `a defined name running ${formula}`,
    edit: definedName(formula),
    code: 'dangerous.defined_name',
  })),
  {
    title: 'a macro project named like a picture (xl/media/image1.png), found by Excel through the workbook’s vbaProject relationship',
    edit: (pkg) => related(pkg, 'xl/workbook.xml', `${OFFICE}/vbaProject`, 'xl/media/image1.png', OLE_BYTES),
    code: 'dangerous.macro_project',
  },
  {
    title: 'a macro sheet kept outside xl/macrosheets',
    edit: (pkg) => related(pkg, 'xl/workbook.xml', `${OFFICE}/xlMacrosheet`, 'xl/sheets/m1.xml', '<xm:macrosheet xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"/>'),
    code: 'dangerous.macro_project',
  },
  {
    title: 'a data connection refreshed on opening, its part not named connections.xml',
    edit: (pkg) => related(pkg, 'xl/workbook.xml', `${DOCUMENT}/connections`, 'xl/conn.xml',
      '<connections xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><connection id="1" name="q" type="4" refreshOnLoad="1"><webPr url="http://x.example/q"/></connection></connections>'),
    code: 'dangerous.data_connection',
  },
  {
    title: 'an OLE object embedded outside xl/embeddings, through the sheet’s oleObject relationship',
    edit: (pkg, f) => related(pkg, pkg.sheetPart(f.name), `${DOCUMENT}/oleObject`, 'xl/media/o.bin', OLE_BYTES),
    code: 'dangerous.ole_object',
  },
  {
    title: 'the alignment 填充 (Fill) on an entry cell (678 shows as 678678)',
    edit: (pkg, f) => pkg.change('xl/styles.xml', (xml) => xml.replace(/<cellXfs count="(\d+)">([\s\S]*?)<\/cellXfs>/u, (_w, count: string, body: string) => {
      pkg.cell(f.name, actual(f), '<v>678</v>', ` s="${count}"`);
      return `<cellXfs count="${Number(count) + 1}">${body}<xf numFmtId="0" fontId="0" fillId="0" borderId="0" applyAlignment="1" applyProtection="1"><alignment horizontal="fill"/><protection locked="0"/></xf></cellXfs>`;
    })),
    code: 'form.style_hides', cell: actual,
  },
  {
    title: 'zero values switched off on the sheet, a 0 typed in an entry (it shows as an empty cell)',
    edit: (pkg, f) => {
      pkg.change(pkg.sheetPart(f.name), (xml) => xml.replace('<sheetView ', '<sheetView showZeros="0" '));
      pkg.cell(f.name, actual(f), '<v>0</v>', styleOf(pkg, f, actual(f)));
    },
    code: 'form.zeros_hidden', cell: actual,
  },
  {
    title: 'a second block in _meta for the reporting sheet, claiming another year',
    edit: (pkg, f) => metaRows(pkg, [
      ['sheet', JSON.stringify(f.name)], ['planIds', '["yuecheng-2021-2025"]'], ['catalogVersion', JSON.stringify(catalogVersionOf(pkg))],
      ['region', '{"name":"绍兴市越城区","code":"330602"}'], ['reportingYear', '2024'], ['layoutVersion', '1'], ['merged', 'false'], ['rowIds', JSON.stringify(f.rowIds)],
    ]),
    code: 'structure.metadata_unreadable',
  },
  {
    title: 'a block in _meta that cannot be read (a sheet row with nothing under it)',
    edit: (pkg) => metaRows(pkg, [['sheet', '"不存在的表"']]),
    code: 'structure.metadata_unreadable',
  },
];

/** The catalog version the clean return's _meta records (the second block copies it). */
function catalogVersionOf(pkg: PackageEdit): string {
  const version = /c-[0-9a-f]{8}/u.exec(`${pkg.text('xl/sharedStrings.xml')}${pkg.text(pkg.sheetPart(META))}`)?.[0];
  if (version === undefined) throw new Error('no catalog version in the shared strings');
  return version;
}

describe('fourth-pass variants, each found', () => {
  it('the clean return passes with none of these codes', async () => {
    const codes = new Set(VARIANTS.map((v) => v.code));
    expect(findingsOf(await checkBytes(clean)).filter((finding) => codes.has(finding.code))).toEqual([]);
  });

  it.each(VARIANTS.map((v) => [v.title, v] as const))('%s', async (_title, v) => {
    await expectFound(clean, form, v);
  });

  it('a second _meta block is said as metadata edited, not as a reporting sheet deleted', async () => {
    const pkg = new PackageEdit(clean);
    (VARIANTS.find((v) => v.title.startsWith('a second block'))?.edit ?? (() => undefined))(pkg, form);
    const codes = findingsOf(await checkBytes(pkg.bytes())).map((finding) => finding.code);
    expect(codes).not.toContain('structure.sheet_missing');
  });

  it.each(['#,##0', '_(* #,##0_)', '0_0', '0!家'])('a number format that shows the number as it is (%s): no number_format_hides', async (format) => {
    const pkg = new PackageEdit(clean);
    pkg.cell(form.name, actual(form), '<v>678</v>', ` s="${pkg.style(format, false)}"`);
    expect(findingsOf(await checkBytes(pkg.bytes())).filter((finding) => finding.code === 'form.number_format_hides')).toEqual([]);
  });

  it('zero values switched off with no 0 among the entries: no finding', async () => {
    const pkg = new PackageEdit(clean);
    pkg.change(pkg.sheetPart(form.name), (xml) => xml.replace('<sheetView ', '<sheetView showZeros="0" '));
    expect(findingsOf(await checkBytes(pkg.bytes())).filter((finding) => finding.code === 'form.zeros_hidden')).toEqual([]);
  });
});

describe('a cell marked as a formula with none to read is refused, naming the cell', () => {
  it.each([
    ['an empty formula (<f/>) over a cached 678', '<f/><v>678</v>'],
    ['an array formula of no text over a cached 678', '<f t="array"/><v>678</v>'],
    ['a shared formula whose first cell is not in the sheet', '<f t="shared" si="7"/><v>678</v>'],
  ])('%s', async (_title, inner) => {
    const pkg = new PackageEdit(clean);
    pkg.cell(form.name, actual(form), inner, styleOf(pkg, form, actual(form)));
    const result = await checkBytes(pkg.bytes());
    expect(result.status).toBe('unreadable');
    expect(result.problem).toMatchObject({ code: 'file.corrupt', messageCode: 'file.corrupt.formula_missing' });
    expect(exitStatusOf(result)).toBe(3);
    const problem = result.problem as Parameters<typeof renderProblem>[0];
    for (const locale of ['zh-CN', 'en-US'] as const) {
      expect(renderProblem(problem, locale)).toContain(actual(form));
      expect(renderProblem(problem, locale)).not.toMatch(/\{[a-zA-Z]+\}|file\./u);
    }
  });
});

describe('a zip whose entries are marked encrypted', () => {
  it('is refused as a workbook with a password (Excel and LibreOffice open none of it)', async () => {
    const bytes = new PackageEdit(clean).bytes();
    const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // Bit 0 of the flags of every local header (offset 6) and directory entry (offset 8).
    for (let at = 0; at + 4 <= bytes.byteLength; at++) {
      const signature = data.getUint32(at, true);
      if (signature === 0x04034b50) data.setUint16(at + 6, data.getUint16(at + 6, true) | 1, true);
      if (signature === 0x02014b50) data.setUint16(at + 8, data.getUint16(at + 8, true) | 1, true);
    }
    const result = await checkBytes(bytes);
    expect(result.status).toBe('unreadable');
    expect(result.problem).toMatchObject({ code: 'file.encrypted' });
    expect(exitStatusOf(result)).toBe(3);
  });
});

describe('what travels into the annotated copy', () => {
  const PICTURE = 'iVBORw0KGgoAAAANSUhEUgAAADwAAAAUCAIAAABeYcl+AAAAKUlEQVR42u3OMQ0AAAwDoPo33arYsQQUkD4UaWlpaWlpaWlpaWlp6QsDjuUCw6AnZJYAAAAASUVORK5CYII=';
  const isCompoundFile = (bytes: Uint8Array) => OLE_BYTES.slice(0, 8).every((byte, i) => bytes[i] === byte);

  it('a macro project or an OLE object named like a picture stays behind: no part of the copy holds it', async () => {
    const pkg = new PackageEdit(clean);
    related(pkg, 'xl/workbook.xml', `${OFFICE}/vbaProject`, 'xl/media/image1.png', OLE_BYTES);
    pkg.set('xl/media/image2.bin', OLE_BYTES);
    const bytes = pkg.bytes();
    const annotated = await annotateWorkbook(bytes, findingsOf(await checkBytes(bytes)), 'zh-CN');
    const parts = unzipSync(annotated);
    expect(Object.entries(parts).filter(([, content]) => isCompoundFile(content)).map(([name]) => name)).toEqual([]);
  });

  it('a picture a sheet shows (a stamp below the table) is still in the copy', async () => {
    const bytes = await edit(clean, (sheet, workbook) => {
      sheet.addImage(workbook.addImage({ base64: `data:image/png;base64,${PICTURE}`, extension: 'png' }), { tl: { col: 2, row: form.map.lastDataRow + 3 }, ext: { width: 60, height: 20 } });
    }, form.name);
    const annotated = await annotateWorkbook(bytes, findingsOf(await checkBytes(bytes)), 'zh-CN');
    const parts = unzipSync(annotated);
    const media = Object.keys(parts).filter((name) => name.startsWith('xl/media/') && !name.endsWith('/'));
    expect(media).toHaveLength(1);
    const drawingRels = Object.entries(parts).filter(([name]) => /^xl\/drawings\/_rels\/drawing\d+\.xml\.rels$/u.test(name));
    expect(drawingRels.map(([, content]) => Buffer.from(content).toString('utf8')).join('')).toContain(`../${(media[0] ?? '').slice('xl/'.length)}`);
  });
});
