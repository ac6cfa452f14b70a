/**
 * A return whose file can be read two ways: a cell stored twice (two <c> with one address, a row given twice, two
 * values in one <c>), two zip entries of one name (or of names that differ only in case), two sheets of one name;
 * cells or texts of another namespace than the spreadsheet's, which LibreOffice does not show and a reader by local
 * name took for cells (an mc:AlternateContent offering two versions of a cell among them). LibreOffice takes one
 * reading, Excel repairs the file and may take another, and the checker took the last: a county could show the
 * reviewer one value and have another checked and consolidated. Each is refused with a line naming the place
 * (`file.corrupt`, exit 3), never believed; the consolidation leaves such a return out and names it. A clean return
 * resaved by LibreOffice stays accepted (tests/libreoffice/roundTrip).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strToU8 } from 'fflate';
import { exitStatusOf } from '../../src/cli/checkJob';
import { sampleReturn } from '../../src/cli/sampleReturns';
import { renderProblem } from '../../src/core/i18n';
import { checkBytes, filledReturn, formsOf, HIGHTECH_PLAN, planOf, realCatalog, type Form } from '../support/hardening/damagedReturns';
import { PackageEdit } from '../support/hardening/packageEdit';
import { readXlsxXml } from '../support/hardening/xlsxXml';
import { cli } from '../support/cli';
import { entriesOf, zipOf } from '../support/xlsx/zipFixtures';

const HIGHTECH = 'yuecheng-2021-2025.hightech-enterprises';

let form: Form;
let clean: Uint8Array;

beforeAll(async () => {
  [form] = formsOf(false) as [Form];
  clean = await filledReturn(false);
});

/** The <c> of `address` on the form's sheet, as stored. */
function storedCell(pkg: PackageEdit, address: string): string {
  const found = new RegExp(`<c r="${address}"[^>]*?(?:/>|>.*?</c>)`, 'su').exec(pkg.text(pkg.sheetPart(form.name)))?.[0];
  if (found === undefined) throw new Error(`no cell ${address}`);
  return found;
}

/** The stored cell with its value replaced by `value` (a number). */
const withValue = (cell: string, value: number) => cell.replace(/<v>[^<]*<\/v>/u, `<v>${value}</v>`);

interface TwoWays {
  title: string;
  edit: (pkg: PackageEdit) => void;
  /** The cell the refusal names. */
  cell: () => string;
}

const actual = () => form.actual(HIGHTECH, 2025);

const CELLS: TwoWays[] = [
  {
    title: 'the 2025 value stored twice in its row, the forged one last',
    edit: (pkg) => {
      const cell = storedCell(pkg, actual());
      pkg.change(pkg.sheetPart(form.name), (xml) => xml.replace(cell, `${cell}${withValue(cell, 100)}`));
    },
    cell: actual,
  },
  {
    title: 'the 2025 value stored twice in its row, the forged one first',
    edit: (pkg) => {
      const cell = storedCell(pkg, actual());
      pkg.change(pkg.sheetPart(form.name), (xml) => xml.replace(cell, `${withValue(cell, 100)}${cell}`));
    },
    cell: actual,
  },
  {
    title: 'a second copy of the cell placed out of order, at the start of its row',
    edit: (pkg) => {
      const cell = storedCell(pkg, actual());
      const row = form.row(HIGHTECH) + 1;
      pkg.change(pkg.sheetPart(form.name), (xml) => xml.replace(new RegExp(`(<row r="${row}"[^>]*>)`, 'u'), `$1${withValue(cell, 100)}`));
    },
    cell: actual,
  },
  {
    title: 'the indicator\'s row given twice, the second with another value',
    edit: (pkg) => {
      const row = form.row(HIGHTECH) + 1;
      const cell = storedCell(pkg, actual());
      pkg.change(pkg.sheetPart(form.name), (xml) => xml.replace(new RegExp(`<row r="${row}"[^>]*>.*?</row>`, 'su'), (whole) => `${whole}${whole.replace(cell, withValue(cell, 100))}`));
    },
    cell: () => `A${form.row(HIGHTECH) + 1}`,
  },
  {
    title: 'two values in one cell (<v>678</v><v>100</v>)',
    edit: (pkg) => {
      const cell = storedCell(pkg, actual());
      pkg.change(pkg.sheetPart(form.name), (xml) => xml.replace(cell, cell.replace(/(<v>[^<]*<\/v>)/u, '$1<v>100</v>')));
    },
    cell: actual,
  },
];

function expectRefused(result: Awaited<ReturnType<typeof checkBytes>>, messageCode: string, named: string): void {
  expect(result.status).toBe('unreadable');
  expect(result.problem).toMatchObject({ code: 'file.corrupt', messageCode });
  expect(exitStatusOf(result)).toBe(3);
  const problem = result.problem as Parameters<typeof renderProblem>[0];
  for (const locale of ['zh-CN', 'en-US'] as const) {
    expect(renderProblem(problem, locale)).toContain(named);
    expect(renderProblem(problem, locale)).not.toMatch(/\{[a-zA-Z]+\}|file\./u);
  }
}

describe('a cell the file stores more than once is refused, naming the cell', () => {
  it('the clean return, rewritten by fflate, is accepted', async () => {
    expect((await checkBytes(new PackageEdit(clean).bytes())).status).toBe('accepted');
  });

  it.each(CELLS.map((c) => [c.title, c] as const))('%s', async (_title, c) => {
    const pkg = new PackageEdit(clean);
    c.edit(pkg);
    expectRefused(await checkBytes(pkg.bytes()), 'file.corrupt.cell_twice', c.cell());
  });

  it('cells out of order but each stored once are read (LibreOffice reads them the same)', async () => {
    const pkg = new PackageEdit(clean);
    const cell = storedCell(pkg, actual());
    const row = form.row(HIGHTECH) + 1;
    pkg.change(pkg.sheetPart(form.name), (xml) => xml.replace(cell, '').replace(new RegExp(`(<row r="${row}"[^>]*>)`, 'u'), `$1${cell}`));
    expect((await checkBytes(pkg.bytes())).status).toBe('accepted');
  });
});

describe('cells or texts in another namespace than the spreadsheet\'s are refused, naming the place', () => {
  const sheet = (pkg: PackageEdit, edit: (xml: string, cell: string) => string) => pkg.change(pkg.sheetPart(form.name), (xml) => edit(xml, storedCell(pkg, actual())));
  /** The cell's row, opened: where a new element goes at the start of the row. */
  const rowStart = () => new RegExp(`(<row r="${form.row(HIGHTECH) + 1}"[^>]*>)`, 'u');

  it.each([
    ['a copy of the cell in another namespace beside it (y:c)', (xml: string, cell: string) => xml.replace(cell, `${cell}<y:c xmlns:y="urn:x" r="${actual()}"><y:v>100</y:v></y:c>`)],
    ['the cell alone in another namespace, the real one removed (LibreOffice shows the cell empty)', (xml: string, cell: string) => xml.replace(cell, `<y:c xmlns:y="urn:x" r="${actual()}"><y:v>100</y:v></y:c>`)],
    ['the cell\'s value in another namespace (<y:v>)', (xml: string, cell: string) => xml.replace(cell, cell.replace(/<v>([^<]*)<\/v>/u, '<y:v xmlns:y="urn:x">$1</y:v>'))],
    ['the cell given another default namespace (<c xmlns="urn:x">)', (xml: string, cell: string) => xml.replace(cell, cell.replace(/^<c /u, '<c xmlns="urn:x" '))],
    ['the cell wrapped in an element of another namespace', (xml: string, cell: string) => xml.replace(cell, `<y:w xmlns:y="urn:x">${cell}</y:w>`)],
    ['an mc:AlternateContent whose Choice (what Excel shows) and Fallback (what LibreOffice shows) differ', (xml: string, cell: string) => xml.replace(cell, `<mc:AlternateContent><mc:Choice Requires="x14ac">${withValue(cell, 100)}</mc:Choice><mc:Fallback>${cell}</mc:Fallback></mc:AlternateContent>`)],
    ['the cell offered only as an mc:AlternateContent choice', (xml: string, cell: string) => xml.replace(cell, `<mc:AlternateContent><mc:Choice Requires="x14ac">${cell}</mc:Choice></mc:AlternateContent>`)],
    ['the cell inside an extension list of its row', (xml: string, cell: string) => xml.replace(cell, `<extLst><ext uri="{00000000-0000-0000-0000-000000000000}">${cell}</ext></extLst>`)],
  ])('%s', async (_title, edit) => {
    const pkg = new PackageEdit(clean);
    sheet(pkg, edit);
    expectRefused(await checkBytes(pkg.bytes()), 'file.corrupt.foreign_cell', actual());
  });

  it('a lone cell in another namespace placed at the start of the row, where there was none, names its own place', async () => {
    const pkg = new PackageEdit(clean);
    sheet(pkg, (xml) => xml.replace(rowStart(), `$1<y:c xmlns:y="urn:x" r="A${form.row(HIGHTECH) + 1}" t="inlineStr"><y:is><y:t>x</y:t></y:is></y:c>`));
    expectRefused(await checkBytes(pkg.bytes()), 'file.corrupt.foreign_cell', `A${form.row(HIGHTECH) + 1}`);
  });

  it('a shared text with a run in another namespace (<y:t>) is refused, naming the part', async () => {
    const pkg = new PackageEdit(clean);
    pkg.change('xl/sharedStrings.xml', (xml) => xml.replace(/<si>/u, '<si><y:t xmlns:y="urn:x">是</y:t>'));
    expectRefused(await checkBytes(pkg.bytes()), 'file.corrupt.foreign_text', 'xl/sharedStrings.xml');
  });

  it('a shared text given inside an extension list is not read as one of the texts: the cells keep theirs', async () => {
    const pkg = new PackageEdit(clean);
    pkg.change('xl/sharedStrings.xml', (xml) => xml.replace(/(<sst[^>]*>)/u, '$1<extLst><ext uri="{00000000-0000-0000-0000-000000000000}"><si><t>伪造</t></si></ext></extLst>'));
    expect((await checkBytes(pkg.bytes())).status).toBe('accepted');
  });

  it('the spreadsheet namespace under a prefix on every element (x:c, as some writers store it) is read', async () => {
    const pkg = new PackageEdit(clean);
    sheet(pkg, (xml) => xml
      .replace(/<(\/?)(?![?!])([A-Za-z]\w*)(?=[\s/>])/gu, '<$1x:$2')
      .replace(/\sxmlns="([^"]+)"/u, ' xmlns:x="$1"'));
    expect(pkg.text(pkg.sheetPart(form.name))).toMatch(/<x:sheetData>/u);
    expect((await checkBytes(pkg.bytes())).status).toBe('accepted');
  });

  it('a namespace declared below the root (followed element by element) changes nothing for the spreadsheet\'s cells', async () => {
    const pkg = new PackageEdit(clean);
    sheet(pkg, (xml) => xml.replace(/<sheetData>/u, '<sheetData xmlns:q="urn:q" xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'));
    expect((await checkBytes(pkg.bytes())).status).toBe('accepted');
  });
});

describe('a package that holds a part or a sheet twice is refused, naming it', () => {
  /** The clean return re-zipped with the reporting sheet's part given again as `name`, holding a forged 2025 value. */
  async function withSecondSheetPart(name: string, forgedFirst: boolean): Promise<Uint8Array> {
    const pkg = new PackageEdit(clean);
    const part = pkg.sheetPart(form.name);
    const cell = storedCell(pkg, actual());
    const forged = { name, data: strToU8(pkg.text(part).replace(cell, withValue(cell, 100))) };
    const entries = await entriesOf(clean);
    return zipOf(entries.flatMap((entry) => {
      if (entry.name !== part) return [entry];
      return forgedFirst ? [forged, entry] : [entry, forged];
    }));
  }

  it.each([
    ['the same name, the forged part first', true, false],
    ['the same name, the forged part last', false, false],
    ['a name that differs only in case', false, true],
  ])('the reporting sheet\'s part twice: %s', async (_title, forgedFirst, otherCase) => {
    const part = new PackageEdit(clean).sheetPart(form.name);
    const name = otherCase ? part.replace('sheet', 'Sheet') : part;
    expectRefused(await checkBytes(await withSecondSheetPart(name, forgedFirst)), 'file.corrupt.part_twice', name);
  });

  /** The clean return with the first occurrence of the sheet part's name after `from` (a local header or the directory) overwritten by `other`. */
  function renamedOnce(other: string, where: 'local header' | 'directory'): { bytes: Uint8Array; part: string } {
    const part = new PackageEdit(clean).sheetPart(form.name);
    const bytes = clean.slice();
    const name = Buffer.from(part);
    const directory = Buffer.from(bytes).lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const directoryAt = new DataView(bytes.buffer).getUint32(directory + 16, true);
    const at = where === 'directory' ? Buffer.from(bytes).indexOf(name, directoryAt) : Buffer.from(bytes).indexOf(name);
    expect(where === 'directory' ? at > directoryAt : at < directoryAt).toBe(true);
    bytes.set(Buffer.from(other), at);
    return { bytes, part };
  }

  it.each(['local header', 'directory'] as const)('the reporting sheet\'s part named otherwise in its %s (ExcelJS reads the local name, Excel and LibreOffice the directory\'s)', async (where) => {
    const { bytes, part } = renamedOnce('xl/worksheets/(heet2.xml', where);
    expectRefused(await checkBytes(bytes), 'file.corrupt.part_named_twice', where === 'directory' ? 'xl/worksheets/(heet2.xml' : part);
  });

  it('a directory entry pointing at no local header is damage', async () => {
    const bytes = clean.slice();
    const directory = Buffer.from(bytes).lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const directoryAt = new DataView(bytes.buffer).getUint32(directory + 16, true);
    new DataView(bytes.buffer).setUint32(directoryAt + 42, 7, true); // the first entry's local header said to be at byte 7
    const result = await checkBytes(bytes);
    expect(result.problem).toMatchObject({ code: 'file.corrupt' });
    expect(exitStatusOf(result)).toBe(3);
  });

  it('a second sheet named like _meta but for case', async () => {
    const pkg = new PackageEdit(clean);
    pkg.change('xl/workbook.xml', (xml) => xml.replace(/(<sheet [^>]*name="_meta"[^>]*r:id="([^"]+)"[^>]*\/>)/u, '$1<sheet name="_META" sheetId="99" state="veryHidden" r:id="$2"/>'));
    expectRefused(await checkBytes(pkg.bytes()), 'file.corrupt.sheet_twice', '_META');
  });

  it('a cell of a type .xlsx does not have (t="zz"), which LibreOffice shows empty, is damage', async () => {
    const pkg = new PackageEdit(clean);
    const cell = storedCell(pkg, actual());
    pkg.change(pkg.sheetPart(form.name), (xml) => xml.replace(cell, cell.replace(/^<c /u, '<c t="zz" ')));
    const result = await checkBytes(pkg.bytes());
    expect(result.problem).toMatchObject({ code: 'file.corrupt' });
    expect(exitStatusOf(result)).toBe(3);
  });
});

describe('the styles and shared strings office suites show are the ones checked', () => {
  const CONTENT_TYPES = '[Content_Types].xml';
  const RELS = 'xl/_rels/workbook.xml.rels';
  /** The clean return with `part` copied to `copy` (edited), the workbook pointed at the copy: what LibreOffice then shows. */
  function pointedElsewhere(part: string, copy: string, type: string, edit: (xml: string) => string): Uint8Array {
    const pkg = new PackageEdit(clean);
    pkg.set(copy, edit(pkg.text(part)));
    pkg.change(RELS, (xml) => xml.replace(`Target="${part.replace(/^xl\//u, '')}"`, `Target="${copy.replace(/^xl\//u, '')}"`));
    pkg.change(CONTENT_TYPES, (xml) => xml.replace('</Types>', `<Override PartName="/${copy}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.${type}+xml"/></Types>`));
    return pkg.bytes();
  }

  it('a second styles part the workbook points at (where a format can show 650 over 500: LibreOffice did) is refused, naming it', async () => {
    const bytes = pointedElsewhere('xl/styles.xml', 'xl/styles2.xml', 'styles', (xml) => xml);
    expectRefused(await checkBytes(bytes), 'file.corrupt.part_elsewhere', 'xl/styles2.xml');
  });

  it('a second shared-strings part the workbook points at (an indicator renamed where LibreOffice looks) is refused, naming it', async () => {
    const bytes = pointedElsewhere('xl/sharedStrings.xml', 'xl/strings2.xml', 'sharedStrings', (xml) => xml.replace('<t>高新技术企业数</t>', '<t>科技型中小企业数</t>'));
    expectRefused(await checkBytes(bytes), 'file.corrupt.part_elsewhere', 'xl/strings2.xml');
  });

  it('the styles relationship removed while xl/styles.xml stays (suites would show no formats at all) is refused', async () => {
    const pkg = new PackageEdit(clean);
    pkg.change(RELS, (xml) => xml.replace(/<Relationship [^>]*Target="styles\.xml"[^>]*\/>/u, ''));
    expectRefused(await checkBytes(pkg.bytes()), 'file.corrupt.part_elsewhere', 'xl/styles.xml');
  });

  it('a relationship naming the sheet\'s part in other case (SHEET2.xml), which Excel and LibreOffice open, reads the sheet', async () => {
    const pkg = new PackageEdit(clean);
    const part = pkg.sheetPart(form.name);
    pkg.change(RELS, (xml) => xml.replace(`Target="${part.replace(/^xl\//u, '')}"`, `Target="${part.replace(/^xl\//u, '').toUpperCase()}"`));
    expect((await checkBytes(pkg.bytes())).status).toBe('accepted');
  });
});

describe('consolidate never sums a return stored two ways', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'two-readings-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('the county is listed as unreadable and named missing on the total; its file is untouched', async () => {
    const plans = [planOf(HIGHTECH_PLAN)];
    const keqiao = { name: '绍兴市柯桥区', code: '330603' };
    const yuecheng = { name: '绍兴市越城区', code: '330602' };
    const forgedFile = path.join(dir, '越城区.xlsx');
    const pkg = new PackageEdit(await sampleReturn({ region: yuecheng, plans, loaded: realCatalog(), reportingYear: 2025, seed: 3 }));
    const provincial = formsOf(true)[1] as Form;
    // A number typed in the sheet's 2025 column, stored a second time with 99999.
    const column = /^[A-Z]+/u.exec(provincial.actual(provincial.rowIds[2] ?? '', 2025))?.[0] ?? '';
    const sheet = [...pkg.text('xl/workbook.xml').matchAll(/<sheet [^>]*name="([^"]+)"/gu)].map((m) => m[1] ?? '').find((name) => name !== '填报说明' && name !== '_meta') ?? '';
    pkg.change(pkg.sheetPart(sheet), (xml) => xml.replace(new RegExp(`<c r="${column}(\\d+)"( s="\\d+")><v>([^<]*)</v></c>`, 'u'), `<c r="${column}$1"$2><v>$3</v></c><c r="${column}$1"$2><v>99999</v></c>`));
    fs.writeFileSync(forgedFile, pkg.bytes());
    fs.writeFileSync(path.join(dir, '柯桥区.xlsx'), await sampleReturn({ region: keqiao, plans, loaded: realCatalog(), reportingYear: 2025, seed: 4 }));
    const before = fs.readFileSync(forgedFile);
    const { status, stdout } = await cli(['consolidate', dir, '--plan', HIGHTECH_PLAN, '--year', '2025', '-o', path.join(dir, 'out', '绍兴市.xlsx')]);
    expect(status).toBe(1);
    expect(stdout).toContain('越城区.xlsx');
    expect(stdout).toMatch(/单元格 [A-Z]+\d+ 在文件中存了不止一份内容/u);
    expect(stdout).not.toContain('99999');
    const written = await readXlsxXml(fs.readFileSync(path.join(dir, 'out', '绍兴市.xlsx')));
    expect(written.texts.filter((text) => text.startsWith('合计（缺 绍兴市越城区'))).toHaveLength(1);
    expect(written.texts.filter((text) => text.startsWith('未汇总：') && text.includes('越城区.xlsx'))).toHaveLength(1);
    expect(written.cells.filter((cell) => cell.text?.includes('99999') === true)).toEqual([]);
    expect(fs.readFileSync(forgedFile).equals(before)).toBe(true);
  });
});
