/**
 * The command line's .xlsx writer (decision 0206): the parts ExcelJS renders, deflated one at a time by Node's zlib and
 * zipped by fflate, instead of ExcelJS's own zip. The parts are ExcelJS's steps run outside its `write`
 * (src/xlsx/xlsxParts.ts), so an ExcelJS that wrote other parts, or in another order, fails here; the file is read
 * back by both readers of the project. LibreOffice opens the consolidation it writes in
 * tests/libreoffice/printedForms/printedTitles.suite.ts.
 */
import { unzipSync } from 'fflate';
import { xlsxFileBytes } from '../../src/cli/xlsxFile';
import { templateWorkbookLayout } from '../../src/core/documents';
import { loadWorkbook, readReturnSheets, readReturnWorkbook } from '../../src/xlsx';
import { renderWorkbook } from '../../src/xlsx/renderWorkbook';
import { realCatalog } from '../support/catalog';

const SHANGYU = { name: '绍兴市上虞区', code: '330604' };
/** A PNG of one pixel. */
const PIXEL = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

/** The parts of a zip in its order, without the folder entries ExcelJS's zip adds. */
function parts(bytes: Uint8Array): [string, Uint8Array][] {
  return Object.entries(unzipSync(bytes)).filter(([name]) => !name.endsWith('/'));
}

async function template() {
  const loaded = realCatalog();
  const plans = loaded.catalog.plans.filter((plan) => plan.plan.id === 'zj-hightech-industry-2021-2025');
  const layout = templateWorkbookLayout({ plans, region: SHANGYU, reportingYear: 2024, merge: false, catalogVersion: loaded.version });
  return renderWorkbook(layout, { created: new Date('2026-01-02T03:04:05Z') });
}

/** A template with what this template lacks and ExcelJS writes in parts of their own: a note and an image. */
async function withNoteAndImage() {
  const workbook = await template();
  const sheet = workbook.worksheets[1];
  if (sheet === undefined) throw new Error('no reporting sheet');
  sheet.getCell('B2').note = '说明：一个批注';
  sheet.addImage(workbook.addImage({ base64: `data:image/png;base64,${PIXEL}`, extension: 'png' }), 'P2:Q3');
  return workbook;
}

describe('xlsxFileBytes', () => {
  it('writes every part ExcelJS writes, byte for byte and in its order: a return with validations, a very hidden sheet, a note and an image', async () => {
    const workbook = await withNoteAndImage();
    const ours = parts(await xlsxFileBytes(workbook));
    const excelJs = parts(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(ours.map(([name]) => name)).toEqual(excelJs.map(([name]) => name));
    expect(ours.map(([name]) => name)).toEqual(expect.arrayContaining(['xl/comments2.xml', 'xl/drawings/vmlDrawing2.vml', 'xl/drawings/drawing1.xml', 'xl/media/image1.png', 'xl/worksheets/sheet3.xml']));
    ours.forEach(([name, bytes], index) => {
      const [, theirs] = excelJs[index] ?? ['', new Uint8Array()];
      expect({ name, same: Buffer.from(bytes).equals(Buffer.from(theirs)) }).toEqual({ name, same: true });
    });
  });

  it('is read back as the same return by the one-pass reader and by ExcelJS', async () => {
    const workbook = await template();
    const ours = await xlsxFileBytes(workbook);
    const excelJs = new Uint8Array(await workbook.xlsx.writeBuffer());
    const [readOurs, readTheirs] = [await readReturnWorkbook(ours), await readReturnWorkbook(excelJs)];
    if (!readOurs.ok || !readTheirs.ok) throw new Error('a written template was not read');
    expect(readOurs.sheets.map((sheet) => sheet.metadata?.planIds)).toEqual([['zj-hightech-industry-2021-2025']]);
    expect(readOurs.sheets).toEqual(readTheirs.sheets);
    const [loadedOurs, loadedTheirs] = [await loadWorkbook(ours), await loadWorkbook(excelJs)];
    if (!loadedOurs.ok || !loadedTheirs.ok) throw new Error('a written template was not loaded');
    expect(readReturnSheets(loadedOurs.workbook)).toEqual(readReturnSheets(loadedTheirs.workbook));
  });
});
