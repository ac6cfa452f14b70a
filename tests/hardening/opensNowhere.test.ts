/**
 * A return whose package no office suite opens: the root relationships (_rels/.rels) removed or pointing elsewhere,
 * [Content_Types].xml removed or emptied. Every part the checks read was still there, so `check` accepted these
 * (✓ 接受) while Excel, WPS and LibreOffice refuse to open them (LibreOffice: "general input/output error", tried on
 * each): a reviewer could never look at what was accepted. Each is refused naming the part; packages the suites do
 * open (an absolute relationship target, a template's content type, no Default for .xml) are read as before.
 */
import { exitStatusOf } from '../../src/cli/checkJob';
import { renderProblem } from '../../src/core/i18n';
import { checkBytes, filledReturn } from '../support/hardening/damagedReturns';
import { entriesOf, zipOf } from '../support/xlsx/zipFixtures';
import { PackageEdit } from '../support/hardening/packageEdit';

let clean: Uint8Array;
beforeAll(async () => {
  clean = await filledReturn(false);
});

const CONTENT_TYPES = '[Content_Types].xml';
const ROOT_RELS = '_rels/.rels';

/** The clean return re-zipped without `part`. */
async function without(part: string): Promise<Uint8Array> {
  const entries = await entriesOf(clean);
  if (!entries.some((entry) => entry.name === part)) throw new Error(`no ${part}`);
  return zipOf(entries.filter((entry) => entry.name !== part));
}

describe('a return no office suite opens is refused, naming the part', () => {
  it.each([
    ['the root relationships removed', () => without(ROOT_RELS), ROOT_RELS],
    ['the root relationships pointing at another workbook part', () => Promise.resolve(new PackageEdit(clean).change(ROOT_RELS, (xml) => xml.replace('Target="xl/workbook.xml"', 'Target="xl/workbook2.xml"')).bytes()), ROOT_RELS],
    ['[Content_Types].xml removed', () => without(CONTENT_TYPES), CONTENT_TYPES],
    ['[Content_Types].xml emptied', () => Promise.resolve(new PackageEdit(clean).change(CONTENT_TYPES, () => '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>').bytes()), CONTENT_TYPES],
    ['the workbook declared a chart', () => Promise.resolve(new PackageEdit(clean).change(CONTENT_TYPES, (xml) => xml.replace(/(PartName="\/xl\/workbook\.xml" ContentType=")[^"]*"/u, '$1application/vnd.openxmlformats-officedocument.drawingml.chart+xml"')).bytes()), CONTENT_TYPES],
  ])('%s', async (_title, make, part) => {
    const result = await checkBytes(await make());
    expect(result.status).toBe('unreadable');
    expect(result.problem).toMatchObject({ code: 'file.corrupt', messageCode: 'file.corrupt.unopened', params: { part } });
    expect(exitStatusOf(result)).toBe(3);
    const problem = result.problem as Parameters<typeof renderProblem>[0];
    expect(renderProblem(problem, 'zh-CN')).toContain(`打开它所需的部件（${part}）`);
    expect(renderProblem(problem, 'en-US')).toContain(`(${part})`);
  });

  it.each([
    ['an absolute relationship target (/xl/workbook.xml)', (pkg: PackageEdit) => pkg.change(ROOT_RELS, (xml) => xml.replace('Target="xl/workbook.xml"', 'Target="/xl/workbook.xml"'))],
    ['a template\'s content type for the workbook', (pkg: PackageEdit) => pkg.change(CONTENT_TYPES, (xml) => xml.replace('spreadsheetml.sheet.main+xml', 'spreadsheetml.template.main+xml'))],
    ['no Default content type for .xml', (pkg: PackageEdit) => pkg.change(CONTENT_TYPES, (xml) => xml.replace(/<Default Extension="xml"[^>]*\/>/u, ''))],
  ])('opened by the suites, so read as before: %s', async (_title, edit) => {
    const pkg = new PackageEdit(clean);
    edit(pkg);
    expect((await checkBytes(pkg.bytes())).status).toBe('accepted');
  });
});
