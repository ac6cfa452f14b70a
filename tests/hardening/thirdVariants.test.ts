/**
 * Issue 11, a third hostile pass (decision 0135): the cover edited, text typed into locked cells of the form that
 * are not entry cells, a structure lock on the workbook, cell styles that hide an entry (white or fill-coloured font,
 * a 2 pt font, a white run inside a rich-text 说明), a % format on a count row, a ribbon (customUI) part, and a
 * status or 完成进度 cached as an error value. Each was found passing `check` before; each is a clean return edited at
 * the XML level (packageEdit.ts), checked as `plan-indicators check` checks a file.
 */
import { sampleReturn } from '../../src/cli/sampleReturns';
import { checkBytes, filledReturn, findingsOf, formsOf, planOf, realCatalog, YUECHENG_REGION, type Form } from '../support/hardening/damagedReturns';
import { type PackageEdit } from '../support/hardening/packageEdit';
import { expectFound, type Variant } from '../support/hardening/variants';

const HIGHTECH = 'yuecheng-2021-2025.hightech-enterprises';
const COVER = '填报说明';

let form: Form;
let clean: Uint8Array;

beforeAll(async () => {
  [form] = formsOf(false) as [Form];
  clean = await filledReturn(false);
});

/** The text of shared string `index`. */
function sharedIndexOf(pkg: PackageEdit, sheet: string, address: string): number {
  const match = new RegExp(`<c r="${address}"[^>]*t="s"[^>]*><v>(\\d+)</v>`, 'u').exec(pkg.text(pkg.sheetPart(sheet)));
  if (match?.[1] === undefined) throw new Error(`no shared string in ${sheet}!${address}`);
  return Number(match[1]);
}

/** Rewrites shared string `index` (its whole <si>) to `text`. */
function editShared(pkg: PackageEdit, index: number, text: string): void {
  pkg.change('xl/sharedStrings.xml', (xml) => {
    let n = -1;
    return xml.replace(/<si>[\s\S]*?<\/si>/gu, (si) => (++n === index ? `<si><t>${text}</t></si>` : si));
  });
}

/** A new font appended to styles.xml, and a cell style using it with the style `base` has otherwise; its index. */
function styleWithFont(pkg: PackageEdit, base: number, font: string, fill?: string): number {
  let index = -1;
  pkg.change('xl/styles.xml', (xml) => {
    let fontId = -1;
    let fillId = -1;
    let styles = xml.replace(/<fonts count="(\d+)"([^>]*)>([\s\S]*?)<\/fonts>/u, (_w, count: string, rest: string, body: string) => {
      fontId = Number(count);
      return `<fonts count="${fontId + 1}"${rest}>${body}${font}</fonts>`;
    });
    if (fill !== undefined) {
      styles = styles.replace(/<fills count="(\d+)">([\s\S]*?)<\/fills>/u, (_w, count: string, body: string) => {
        fillId = Number(count);
        return `<fills count="${fillId + 1}">${body}${fill}</fills>`;
      });
    }
    return styles.replace(/<cellXfs count="(\d+)">([\s\S]*?)<\/cellXfs>/u, (_w, count: string, body: string) => {
      index = Number(count);
      const xfs = body.match(/<xf [^>]*?(?:\/>|>[\s\S]*?<\/xf>)/gu) ?? [];
      const copy = (xfs[base] ?? '').replace(/fontId="\d+"/u, `fontId="${fontId}"`).replace(/fillId="\d+"/u, fillId < 0 ? '$&' : `fillId="${fillId}"`)
        .replace(/<xf /u, '<xf applyFont="1" ').replace(/ applyFont="1"(.*) applyFont="1"/u, ' applyFont="1"$1');
      return `<cellXfs count="${index + 1}">${body}${copy}</cellXfs>`;
    });
  });
  return index;
}

function styleOf(pkg: PackageEdit, f: Form, address: string): number {
  const match = new RegExp(`<c r="${address}"[^>]*?s="(\\d+)"`, 'u').exec(pkg.text(pkg.sheetPart(f.name)));
  return Number(match?.[1] ?? 0);
}

const responsible = (f: Form) => f.at(HIGHTECH, f.map.columns.responsible);

const VARIANTS: Variant[] = [
  {
    title: 'the plan named on the cover changed in sharedStrings',
    edit: (pkg) => editShared(pkg, sharedIndexOf(pkg, COVER, 'B5'), '越城区某某规划（2021—2025年）'),
    code: 'structure.cover_changed',
  },
  {
    title: 'the region on the cover typed over (an inline string)',
    edit: (pkg) => pkg.cell(COVER, 'B3', '<is><t>绍兴市柯桥区（330603）</t></is>', ' s="3" t="inlineStr"'),
    code: 'structure.cover_changed',
  },
  {
    title: 'a line of the instructions on the cover emptied',
    edit: (pkg) => pkg.cell(COVER, 'A13', '', ' s="4"'),
    code: 'structure.cover_changed',
  },
  {
    title: 'text typed into an empty cell of the cover',
    edit: (pkg) => pkg.change(pkg.sheetPart(COVER), (xml) => xml.replace('<row r="9"', '<row r="8"><c r="A8" t="inlineStr"><is><t>已核实</t></is></c></row><row r="9"')),
    code: 'structure.cover_changed',
  },
  {
    title: 'text typed into the locked 责任部门 cell of a row',
    edit: (pkg, f) => pkg.cell(f.name, responsible(f), '<is><t>区财政局</t></is>', ` s="${styleOf(pkg, f, responsible(f))}" t="inlineStr"`),
    code: 'structure.locked_cell_changed', cell: responsible,
  },
  {
    title: 'text typed into the empty 表号 value cell of the header block (R3)',
    edit: (pkg, f) => pkg.cell(f.name, 'R3', '<is><t>浙统A-01</t></is>', ' s="11" t="inlineStr"'),
    code: 'structure.locked_cell_changed', cell: () => 'R3',
  },
  {
    title: 'a number typed into another empty value cell of the header block (R6)',
    edit: (pkg, f) => pkg.cell(f.name, 'R6', '<v>12</v>', ' s="11"'),
    code: 'structure.locked_cell_changed', cell: () => 'R6',
  },
  {
    title: 'a structure lock with a password on the workbook',
    edit: (pkg) => pkg.change('xl/workbook.xml', (xml) => xml.replace('<bookViews>', '<workbookProtection workbookPassword="CC3D" lockStructure="1"/><bookViews>')),
    code: 'form.workbook_locked', severity: 'warning',
  },
  {
    title: 'a structure lock with a modern (SHA-512) password hash',
    edit: (pkg) => pkg.change('xl/workbook.xml', (xml) => xml.replace('<bookViews>', '<workbookProtection workbookAlgorithmName="SHA-512" workbookHashValue="x4Z1" workbookSaltValue="c2FsdA==" workbookSpinCount="100000" lockStructure="1"/><bookViews>')),
    code: 'form.workbook_locked', severity: 'warning',
  },
  {
    title: 'a modern (SHA-512) password hash on the sheet protection',
    edit: (pkg, f) => pkg.change(pkg.sheetPart(f.name), (xml) => xml.replace('<sheetProtection ', '<sheetProtection algorithmName="SHA-512" hashValue="x4Z1" saltValue="c2FsdA==" spinCount="100000" ')),
    code: 'form.protection_password',
  },
  {
    title: 'a white font on an entry cell',
    edit: (pkg, f) => {
      const at = f.actual(HIGHTECH, 2025);
      pkg.cell(f.name, at, '<v>6500</v>', ` s="${styleWithFont(pkg, styleOf(pkg, f, at), '<font><color rgb="FFFFFFFF"/><sz val="11"/><name val="宋体"/></font>')}"`);
    },
    code: 'form.style_hides', cell: (f) => f.actual(HIGHTECH, 2025),
    says: { zh: '字体颜色 #FFFFFF 与底色 #FFF9E5 几乎相同', en: 'font colour #FFFFFF on a fill of #FFF9E5' },
  },
  {
    title: 'a font the colour of the cell\'s fill on an entry cell',
    edit: (pkg, f) => {
      const at = f.actual(HIGHTECH, 2025);
      const style = styleWithFont(pkg, styleOf(pkg, f, at), '<font><color rgb="FFFFF9E5"/><sz val="11"/><name val="宋体"/></font>',
        '<fill><patternFill patternType="solid"><fgColor rgb="FFFFF9E5"/></patternFill></fill>');
      pkg.cell(f.name, at, '<v>6500</v>', ` s="${style}"`);
    },
    code: 'form.style_hides', cell: (f) => f.actual(HIGHTECH, 2025),
  },
  ...([
    ['the theme\'s light background colour (theme="2")', '<color theme="2"/>', '#EEECE1'],
    ['black lightened to near white (theme="1" tint="0.95")', '<color theme="1" tint="0.95"/>', '#F2F2F2'],
  ] as const).map(([what, color, shown]): Variant => ({
    title: `a font in ${what} on an entry cell, resolved against the workbook's theme`,
    edit: (pkg, f) => {
      const at = f.actual(HIGHTECH, 2025);
      pkg.cell(f.name, at, '<v>6500</v>', ` s="${styleWithFont(pkg, styleOf(pkg, f, at), `<font>${color}<sz val="11"/><name val="宋体"/></font>`)}"`);
    },
    code: 'form.style_hides', cell: (ff) => ff.actual(HIGHTECH, 2025),
    says: { zh: `字体颜色 ${shown} 与底色 #FFF9E5 几乎相同`, en: `font colour ${shown} on a fill of #FFF9E5` },
  })),
  {
    title: 'a theme edited so that its dark text colour is white, under a font in that theme colour',
    edit: (pkg, f) => {
      const at = f.actual(HIGHTECH, 2025);
      pkg.change('xl/theme/theme1.xml', (xml) => xml.replace(/<a:dk1>[\s\S]*?<\/a:dk1>/u, '<a:dk1><a:srgbClr val="FFFFFF"/></a:dk1>'));
      pkg.cell(f.name, at, '<v>6500</v>', ` s="${styleWithFont(pkg, styleOf(pkg, f, at), '<font><color theme="1"/><sz val="11"/><name val="宋体"/></font>')}"`);
    },
    code: 'form.style_hides', cell: (f) => f.actual(HIGHTECH, 2025),
  },
  {
    title: 'a 1 pt font on an entry cell',
    edit: (pkg, f) => {
      const at = f.actual(HIGHTECH, 2025);
      pkg.cell(f.name, at, '<v>6500</v>', ` s="${styleWithFont(pkg, styleOf(pkg, f, at), '<font><color rgb="FF000000"/><sz val="1"/><name val="宋体"/></font>')}"`);
    },
    code: 'form.style_hides', cell: (f) => f.actual(HIGHTECH, 2025),
    says: { zh: '（字号只有 1 磅）', en: '(a font of 1 pt)' },
  },
  {
    title: 'a white run inside a rich-text 说明 hides the words before “无”',
    edit: (pkg, f) => {
      const at = f.at(HIGHTECH, f.map.columns.explanation);
      let index = -1;
      pkg.change('xl/sharedStrings.xml', (xml) => xml.replace(/<sst([^>]*?)count="(\d+)"([^>]*?)uniqueCount="(\d+)"([^>]*)>([\s\S]*)<\/sst>/u, (_w, a: string, count: string, b: string, unique: string, c: string, body: string) => {
        index = Number(unique);
        return `<sst${a}count="${Number(count) + 1}"${b}uniqueCount="${index + 1}"${c}>${body}<si><r><rPr><color rgb="FFFFFFFF"/><sz val="11"/></rPr><t>因统计口径调整，新增了培育企业</t></r><r><t>无</t></r></si></sst>`;
      }));
      pkg.cell(f.name, at, `<v>${index}</v>`, ` s="${styleOf(pkg, f, at)}" t="s"`);
    },
    code: 'form.style_hides', cell: (f) => f.at(HIGHTECH, f.map.columns.explanation),
    says: { zh: '字体颜色 #FFFFFF 与底色 #FFF9E5 几乎相同：“因统计口径调整，新增了培育企业”', en: 'font colour #FFFFFF on a fill of #FFF9E5: “因统计口径调整，新增了培育企业”' },
  },
  {
    title: 'a run of an inline rich-text 说明 in a 1 pt font',
    edit: (pkg, f) => {
      const at = f.at(HIGHTECH, f.map.columns.explanation);
      pkg.cell(f.name, at, '<is><r><rPr><sz val="1"/></rPr><t>因统计口径调整，新增了培育企业</t></r><r><t>无</t></r></is>', ` s="${styleOf(pkg, f, at)}" t="inlineStr"`);
    },
    code: 'form.style_hides', cell: (f) => f.at(HIGHTECH, f.map.columns.explanation),
  },
  {
    title: 'a 0 % number format on a count row (660 % shown over 6.6)',
    edit: (pkg, f) => pkg.cell(f.name, f.actual(HIGHTECH, 2025), '<v>6.6</v>', ` s="${pkg.style('0%', false)}"`),
    code: 'form.number_format_changed', cell: (f) => f.actual(HIGHTECH, 2025),
  },
  {
    title: 'a scientific format that rounds the mantissa (0E+0 shows 8E+3 for 6500: 8000)',
    edit: (pkg, f) => pkg.cell(f.name, f.actual(HIGHTECH, 2025), '<v>6500</v>', ` s="${pkg.style('0E+0', false)}"`),
    code: 'form.number_format_changed', cell: (f) => f.actual(HIGHTECH, 2025),
  },
  {
    title: 'a format with no decimals on an entry of 6.6 (shows 7)',
    edit: (pkg, f) => pkg.cell(f.name, f.actual(HIGHTECH, 2025), '<v>6.6</v>', ` s="${pkg.style('#,##0', false)}"`),
    code: 'form.number_format_changed', cell: (f) => f.actual(HIGHTECH, 2025),
  },
  {
    title: 'a ribbon (customUI) part in the package',
    edit: (pkg) => pkg.set('customUI/customUI14.xml', '<customUI xmlns="http://schemas.microsoft.com/office/2009/07/customui" onLoad="Auto_Open"><ribbon/></customUI>'),
    code: 'dangerous.custom_ui',
  },
  {
    title: 'a status formula cached as #N/A over a value that meets the target',
    edit: (pkg, f) => {
      const at = f.at(HIGHTECH, f.map.columns.status);
      pkg.change(pkg.sheetPart(f.name), (xml) => xml.replace(new RegExp(`(<c r="${at}")([^>]*>)<f>([^<]*)</f>(?:<v>[^<]*</v>)?</c>`, 'u'), '$1 t="e"$2<f>$3</f><v>#N/A</v></c>'));
    },
    code: 'structure.cached_result_forged', cell: (f) => f.at(HIGHTECH, f.map.columns.status),
  },
  {
    title: 'a 完成进度 formula cached as #VALUE!',
    edit: (pkg, f) => {
      const at = f.at(HIGHTECH, f.map.columns.completion);
      pkg.change(pkg.sheetPart(f.name), (xml) => xml.replace(new RegExp(`(<c r="${at}")([^>]*>)<f>([^<]*)</f>(?:<v>[^<]*</v>)?</c>`, 'u'), '$1 t="e"$2<f>$3</f><v>#VALUE!</v></c>'));
    },
    code: 'structure.cached_result_forged', cell: (f) => f.at(HIGHTECH, f.map.columns.completion),
  },
];

describe('third-pass variants, each found', () => {
  it('the clean return passes with none of these codes', async () => {
    const codes = new Set(VARIANTS.map((v) => v.code));
    expect(findingsOf(await checkBytes(clean)).filter((finding) => codes.has(finding.code))).toEqual([]);
  });

  it('a clean return of two plans on two sheets, and the demo’s bannered sample, pass with none of these codes', async () => {
    const codes = new Set(VARIANTS.map((v) => v.code));
    const banner = sampleReturn({ region: YUECHENG_REGION, plans: [planOf('yuecheng-2021-2025')], loaded: realCatalog(), reportingYear: 2025, seed: 5, banner: '示例数据：演示用的虚构数值。' });
    for (const bytes of [await filledReturn(true), await banner]) {
      expect(findingsOf(await checkBytes(bytes)).filter((finding) => codes.has(finding.code))).toEqual([]);
    }
  });

  it.each(VARIANTS.map((v) => [v.title, v] as const))('%s', async (_title, v) => {
    const { result } = await expectFound(clean, form, v);
    // Said once: a locked cell of the form is not also content outside it.
    if (v.code === 'structure.locked_cell_changed') expect(findingsOf(result).filter((finding) => finding.code === 'form.content_outside')).toEqual([]);
  });
});
