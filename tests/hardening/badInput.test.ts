/**
 * Files a batch must survive: each is refused with a clear problem code and message, never a throw, and the
 * dangerous ones (zip bombs, sheets of a million rows, validations over whole columns) before ExcelJS loads them.
 */
import ExcelJS from 'exceljs';
import { renderProblem } from '../../src/core/i18n';
import { DEFAULT_LIMITS, readReturnWorkbook, type FileProblem } from '../../src/xlsx/readReturnWorkbook';
import { template, YUECHENG, type Template } from '../support/xlsx/filledReturns';
import { compoundFile, partText, withParts, zipOf } from '../support/xlsx/zipFixtures';

const SHEET = 'xl/worksheets/sheet1.xml';
const MB = 1024 * 1024;

let tpl: Template;
let sheetXml: string;

beforeAll(async () => {
  tpl = await template(YUECHENG, 2024);
  sheetXml = await partText(tpl.bytes, SHEET);
});

async function problemOf(bytes: Uint8Array, limits = DEFAULT_LIMITS): Promise<FileProblem> {
  const read = await readReturnWorkbook(bytes, limits);
  if (read.ok) throw new Error('the file was read');
  // Every problem is worded from the locale tables, in both languages; it carries no wording of its own.
  for (const locale of ['zh-CN', 'en-US'] as const) expect(renderProblem(read.problem, locale)).not.toMatch(/file\.|\{[a-zA-Z]+\}/u);
  expect(Object.keys(read.problem).sort()).toEqual(['code', 'detail', 'messageCode', 'params']);
  return read.problem;
}

describe('not an .xlsx', () => {
  it.each([
    ['a text file', new Uint8Array(Buffer.from('地区,指标,2024\n越城,高新技术企业数,480\n', 'utf8')), /text file/u],
    ['a PNG image', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /PNG/u],
    ['an empty file', new Uint8Array(0), /empty/u],
  ])('%s', async (_name, bytes, detail) => {
    expect(await problemOf(bytes)).toMatchObject({ code: 'file.not_xlsx', detail: expect.stringMatching(detail) });
  });

  it('a zip that is no workbook (a Word document)', async () => {
    const docx = zipOf([{ name: 'word/document.xml', data: new Uint8Array(Buffer.from('<w:document/>')) }]);
    expect(await problemOf(docx)).toMatchObject({ code: 'file.not_xlsx', detail: 'a Word document' });
  });

  it('a zip of returns named .xlsx (a mail client renamed the archive): said to be an archive to unpack, naming a return inside', async () => {
    // Names in UTF-8 without the zip's UTF-8 flag, as 7-Zip and WinRAR store them on Chinese Windows.
    const unflagged = (name: string) => ({ name, nameBytes: Buffer.from(name, 'utf8') });
    const packed = zipOf([
      { ...unflagged('__MACOSX/报表/._越城区2025.xlsx'), data: new Uint8Array([0, 5, 22, 7]) },
      { ...unflagged('报表/越城区2025.xlsx'), data: tpl.bytes },
    ]);
    const problem = await problemOf(packed);
    expect(problem).toMatchObject({ code: 'file.not_xlsx', messageCode: 'file.not_xlsx.archive' });
    expect(renderProblem(problem, 'zh-CN')).toBe('这是压缩包（其中有 越城区2025.xlsx 等文件），不是报表本身，未读取。请解压后校验其中的 .xlsx 报表。');
    // Windows' own 压缩文件 writes names in GBK, without the zip's UTF-8 flag.
    const gbk = zipOf([{ name: '越城区.xlsx', nameBytes: Buffer.from([0xd4, 0xbd, 0xb3, 0xc7, 0xc7, 0xf8, ...Buffer.from('.xlsx')]), data: tpl.bytes }]);
    expect(renderProblem(await problemOf(gbk), 'zh-CN')).toContain('其中有 越城区.xlsx 等文件');
  });
});

describe('damaged', () => {
  it('a truncated download', async () => {
    expect(await problemOf(tpl.bytes.slice(0, Math.floor(tpl.bytes.byteLength / 2)))).toMatchObject({ code: 'file.corrupt' });
  });

  it('bytes overwritten in the middle of the compressed data', async () => {
    const damaged = tpl.bytes.slice();
    const middle = Math.floor(damaged.byteLength / 3);
    damaged.fill(0xa5, middle, middle + 400);
    expect(await problemOf(damaged)).toMatchObject({ code: 'file.corrupt' });
  });

  it.each([
    ['a workbook part that is no XML', 'xl/workbook.xml', 'garbage <<<'],
    ['a cell pointing at a shared string that does not exist', SHEET, '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>99999</v></c></row></sheetData></worksheet>'],
  ])('a well-formed zip with %s: the file is corrupt', async (_name, part, text) => {
    expect(await problemOf(await withParts(tpl.bytes, { [part]: text }))).toMatchObject({ code: 'file.corrupt' });
  });
});

describe('entities declared in the XML (billion laughs, an external entity)', () => {
  const laughs = '<!DOCTYPE s [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">]>';
  it.each([
    ['billion laughs in the shared strings', 'xl/sharedStrings.xml', `<?xml version="1.0"?>${laughs}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&h;</t></si></sst>`],
    ['an external entity reading /etc/passwd', 'xl/sharedStrings.xml', '<?xml version="1.0"?><!DOCTYPE s [<!ENTITY x SYSTEM "file:///etc/passwd">]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&x;</t></si></sst>'],
    ['a declared entity never used, in a sheet', SHEET, sheetXml => sheetXml.replace(/^(<\?xml[^>]*\?>)?/u, '$1<!DOCTYPE w [<!ENTITY n "100">]>')],
  ] as Array<[string, string, string | ((xml: string) => string)]>)('%s: refused as such (saxes expands nothing)', async (_name, part, text) => {
    const problem = await problemOf(await withParts(tpl.bytes, { [part]: typeof text === 'string' ? text : text(sheetXml) }));
    expect(problem).toMatchObject({ code: 'file.corrupt', messageCode: 'file.corrupt.doctype' });
    expect(renderProblem(problem, 'zh-CN')).toContain('实体声明');
  });
});

describe('locked or old', () => {
  it('a password-protected .xlsx (an OLE2 file with an EncryptedPackage)', async () => {
    const problem = await problemOf(compoundFile(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']));
    expect(problem).toMatchObject({ code: 'file.encrypted', messageCode: 'file.encrypted', detail: expect.stringContaining('password-protected .xlsx') });
    expect(renderProblem(problem, 'zh-CN')).toContain('打开密码');
  });

  it('an Excel 97–2003 .xls (an OLE2 file with a Workbook stream)', async () => {
    const problem = await problemOf(compoundFile(['Root Entry', 'Workbook']));
    expect(problem).toMatchObject({ code: 'file.encrypted', messageCode: 'file.encrypted.xls' });
    expect(renderProblem(problem, 'zh-CN')).toContain('另存为');
  });

  it('the bare header of an OLE2 file', async () => {
    expect(await problemOf(compoundFile([]))).toMatchObject({ code: 'file.encrypted', messageCode: 'file.encrypted.other' });
  });
});

describe('too large to read safely', () => {
  it('a file over the size limit is refused without being opened', async () => {
    expect(await problemOf(new Uint8Array(51 * MB))).toMatchObject({ code: 'file.too_large', params: { size: 51, limit: 50 } });
  });

  it('a zip whose entries declare more than 200 MB is refused from its directory alone', async () => {
    const bomb = await withParts(tpl.bytes, {}, { [SHEET]: 300 * MB });
    expect(await problemOf(bomb)).toMatchObject({ code: 'file.zip_bomb', detail: expect.stringContaining('declare'), params: { limit: 200 } });
  });

  describe('a zip of 210 MB of zeros', () => {
    const zeros = new Uint8Array(210 * MB);
    const parts = (declaredSize?: number) => zipOf([
      { name: 'xl/workbook.xml', data: new Uint8Array(Buffer.from('<workbook/>')) },
      { name: 'xl/media/image1.png', data: zeros, ...(declaredSize === undefined ? {} : { declaredSize }) },
    ]);

    it('declared truthfully: refused from the directory', async () => {
      expect(await problemOf(parts())).toMatchObject({ code: 'file.zip_bomb', detail: expect.stringContaining('declare') });
    });

    it('declaring 1 KB in a part the reader never needs: never inflated, so it cannot hurt (the file is read and has no sheet)', async () => {
      expect(await problemOf(parts(1024))).toMatchObject({ code: 'file.no_reporting_sheet' });
    });

    it('declaring 1 KB in a part the reader needs: inflated only to the 1 KB it declares, and the cut XML is damage', async () => {
      const lying = zipOf([{ name: 'xl/workbook.xml', data: new Uint8Array(Buffer.concat([Buffer.from('<workbook>'), Buffer.alloc(210 * MB, 0x20), Buffer.from('</workbook>')])), declaredSize: 1024 }]);
      expect(await problemOf(lying)).toMatchObject({ code: 'file.corrupt' });
    });

    it('a damaged entry inflating to a little more than it declares is damage, not a bomb', async () => {
      const entries = [{ name: 'xl/workbook.xml', data: new Uint8Array(Buffer.from('<workbook/>')), declaredSize: 5 }];
      // Inflated to the 5 bytes it declares, the part is no XML any more.
      expect(await problemOf(zipOf(entries))).toMatchObject({ code: 'file.corrupt', detail: expect.stringMatching(/root element|inflates to/u) });
    });

    it('an entry inflating past its size into well-formed XML is damage, not read cut at the size it declares', async () => {
      // Cut at the 11 bytes declared, this is still '<workbook/>': it was read so (fflate stops at the buffer's end).
      const entries = [{ name: 'xl/workbook.xml', data: new Uint8Array(Buffer.from('<workbook/><!-- more -->')), declaredSize: 11 }];
      expect(await problemOf(zipOf(entries))).toMatchObject({ code: 'file.corrupt', detail: 'xl/workbook.xml inflates to more than the 11 bytes it declares' });
    });
  });

  it('a sheet whose dimension claims a million rows', async () => {
    const big = await withParts(tpl.bytes, { [SHEET]: sheetXml.replace(/<dimension ref="[^"]*"\/>/u, '<dimension ref="A1:S1000000"/>') });
    expect(await problemOf(big)).toMatchObject({ code: 'file.too_many_rows', params: { sheet: '指标填报', rows: 1_000_000, limit: 100_000 } });
  });

  it('a sheet with a million rows and no dimension: counted while streaming, refused at the limit', async () => {
    const rows = Array.from({ length: 1_000_000 }, (_, i) => `<row r="${i + 1}"/>`).join('');
    const big = await withParts(tpl.bytes, { [SHEET]: sheetXml.replace(/<dimension ref="[^"]*"\/>/u, '').replace(/<sheetData>.*<\/sheetData>/su, `<sheetData>${rows}</sheetData>`) });
    expect(await problemOf(big)).toMatchObject({ code: 'file.too_many_rows', detail: expect.stringContaining('more than 100000 rows') });
  });

  it('a validation over a whole column (ExcelJS would expand it cell by cell)', async () => {
    const validation = '<dataValidations count="1"><dataValidation type="whole" operator="greaterThanOrEqual" sqref="J1:J1048576"><formula1>0</formula1></dataValidation></dataValidations>';
    const big = await withParts(tpl.bytes, { [SHEET]: sheetXml.replace(/<dataValidations[^>]*>.*?<\/dataValidations>/su, validation) });
    expect(await problemOf(big)).toMatchObject({ code: 'file.too_many_rows', params: { rows: 1_048_576 } });
  });

  it('a lone column or row in a sqref (a damaged \'H25:L26\' read as \'H 5:L26\') is no whole column; J:J is', async () => {
    const withSqref = (sqref: string) => sheetXml.replace(/<dataValidations[^>]*>.*?<\/dataValidations>/su,
      `<dataValidations count="1"><dataValidation type="whole" operator="greaterThanOrEqual" sqref="${sqref}"><formula1>0</formula1></dataValidation></dataValidations>`);
    expect((await readReturnWorkbook(await withParts(tpl.bytes, { [SHEET]: withSqref('H 5:L26') }))).ok).toBe(true);
    expect((await readReturnWorkbook(await withParts(tpl.bytes, { [SHEET]: withSqref('J 7') }))).ok).toBe(true);
    expect(await problemOf(await withParts(tpl.bytes, { [SHEET]: withSqref('J:J') }))).toMatchObject({ code: 'file.too_many_rows', params: { rows: 1_048_576 } });
  });

  it('merged cells covering millions of cells within the row limit', async () => {
    const big = await withParts(tpl.bytes, { [SHEET]: sheetXml.replace(/<mergeCells count="(\d+)">/u, '<mergeCells count="99"><mergeCell ref="A40:XFD400"/>') });
    expect(await problemOf(big)).toMatchObject({ code: 'file.too_many_rows', messageCode: 'file.too_many_rows.cells' });
  });

  it('limits can be set lower by the caller', async () => {
    expect(await problemOf(tpl.bytes, { ...DEFAULT_LIMITS, maxRows: 10 })).toMatchObject({ code: 'file.too_many_rows', params: { limit: 10 } });
    expect(await problemOf(tpl.bytes, { ...DEFAULT_LIMITS, maxFileBytes: 1000 })).toMatchObject({ code: 'file.too_large' });
  });
});

describe('a workbook, but no return', () => {
  it('a workbook without a reporting sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.addRow(['地区', '高新技术企业数']);
    sheet.addRow(['越城区', 480]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await problemOf(bytes)).toMatchObject({ code: 'file.no_reporting_sheet', detail: 'sheets: Sheet1' });
  });
});
