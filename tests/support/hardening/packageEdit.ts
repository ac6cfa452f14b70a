/**
 * A clean return edited at the XML level, as a hostile county would with a zip tool: parts read with fflate and
 * zipped again by the tests' zip writer (zipOf), never through ExcelJS (which would drop or rewrite what is being
 * tested).
 */
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { contentKey, zipOf } from '../xlsx/zipFixtures';

/**
 * Each return's parts, unzipped once for the test file: a file makes dozens of edits of one return (decision 0273);
 * zipOf keeps each part's deflate, so that only the parts an edit changed are deflated again.
 */
const unzipped = new Map<string, Record<string, Uint8Array>>();

export class PackageEdit {
  private readonly parts: Record<string, Uint8Array>;

  constructor(bytes: Uint8Array) {
    // The parts are never changed in place (set replaces one), so edits of one return share its unzipped parts.
    const key = contentKey(bytes);
    let parts = unzipped.get(key);
    if (parts === undefined) {
      parts = unzipSync(bytes);
      unzipped.set(key, parts);
    }
    this.parts = { ...parts };
  }

  text(name: string): string {
    const part = this.parts[name];
    if (part === undefined) throw new Error(`no part ${name}`);
    return strFromU8(part);
  }

  set(name: string, content: string | Uint8Array): this {
    this.parts[name] = typeof content === 'string' ? strToU8(content) : content;
    return this;
  }

  change(name: string, edit: (xml: string) => string): this {
    const before = this.text(name);
    const after = edit(before);
    if (after === before) throw new Error(`the edit changed nothing in ${name}`);
    return this.set(name, after);
  }

  /** The worksheet part of the sheet named `sheet`, from the workbook and its relationships. */
  sheetPart(sheet: string): string {
    const id = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="([^"]+)"`, 'u').exec(this.text('xl/workbook.xml'))?.[1];
    const target = id === undefined ? undefined : new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`, 'u').exec(this.text('xl/_rels/workbook.xml.rels'));
    const path = target?.[1] ?? target?.[2];
    if (path === undefined) throw new Error(`no sheet ${sheet}`);
    return path.startsWith('/') ? path.slice(1) : `xl/${path}`;
  }

  /** Replaces the <c> element at `address` of `sheet` by `cell` (the address is put in). */
  cell(sheet: string, address: string, inner: string, attributes = ''): this {
    return this.change(this.sheetPart(sheet), (xml) => xml.replace(new RegExp(`<c r="${address}"[^>]*?(?:/>|>.*?</c>)`, 'su'), `<c r="${address}"${attributes}>${inner}</c>`));
  }

  /** A new cell style with `numberFormat` (and the locking given), for `cell(…, ' s="N"')`; its index. */
  style(numberFormat: string | null, locked = true): number {
    let index = -1;
    this.change('xl/styles.xml', (xml) => {
      let styles = xml;
      let formatId = 0;
      if (numberFormat !== null) {
        formatId = 300;
        const escaped = numberFormat.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;');
        styles = styles.includes('<numFmts')
          ? styles.replace(/<numFmts count="\d+">/u, (open) => `${open}<numFmt numFmtId="300" formatCode="${escaped}"/>`)
          : styles.replace(/(<styleSheet[^>]*>)/u, `$1<numFmts count="1"><numFmt numFmtId="300" formatCode="${escaped}"/></numFmts>`);
      }
      return styles.replace(/<cellXfs count="(\d+)">([\s\S]*?)<\/cellXfs>/u, (_whole, count: string, body: string) => {
        index = Number(count);
        const protection = locked ? '' : '<protection locked="0"/>';
        return `<cellXfs count="${index + 1}">${body}<xf numFmtId="${formatId}" fontId="0" fillId="0" borderId="0" applyNumberFormat="1" applyProtection="1">${protection}</xf></cellXfs>`;
      });
    });
    return index;
  }

  /**
   * A copy of cell style `index` with what a person changed on the Home tab: a number format, a fill colour, a
   * font, borders, an alignment, the cell locked (a paste brings its source's protection). Its index, for `cell`.
   */
  restyle(index: number, change: Restyle): number {
    let added = -1;
    this.change('xl/styles.xml', (xml) => {
      let styles = xml;
      const append = (list: string, element: string): number => {
        let at = -1;
        styles = styles.replace(new RegExp(`<${list} count="(\\d+)"([^>]*)>([\\s\\S]*?)</${list}>`, 'u'), (_whole, count: string, rest: string, body: string) => {
          at = Number(count);
          return `<${list} count="${at + 1}"${rest}>${body}${element}</${list}>`;
        });
        return at;
      };
      const xfs = /<cellXfs count="\d+">([\s\S]*?)<\/cellXfs>/u.exec(styles)?.[1] ?? '';
      let xf = xfs.match(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/gu)?.[index];
      if (xf === undefined) throw new Error(`no cell style ${index}`);
      if (xf.endsWith('/>')) xf = `${xf.slice(0, -2)}></xf>`;
      const set = (attribute: string, value: string) => {
        xf = (xf ?? '').includes(` ${attribute}="`) ? (xf ?? '').replace(new RegExp(` ${attribute}="[^"]*"`, 'u'), ` ${attribute}="${value}"`) : (xf ?? '').replace('<xf ', `<xf ${attribute}="${value}" `);
      };
      if (change.numberFormat !== undefined) {
        const formatId = 300 + (styles.match(/<numFmt /gu)?.length ?? 0);
        const escaped = change.numberFormat.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;');
        const element = `<numFmt numFmtId="${formatId}" formatCode="${escaped}"/>`;
        if (styles.includes('<numFmts')) append('numFmts', element);
        else styles = styles.replace(/(<styleSheet[^>]*>)/u, `$1<numFmts count="1">${element}</numFmts>`);
        set('numFmtId', String(formatId));
        set('applyNumberFormat', '1');
      }
      if (change.fill !== undefined) {
        set('fillId', String(append('fills', `<fill><patternFill patternType="solid"><fgColor rgb="${change.fill}"/><bgColor indexed="64"/></patternFill></fill>`)));
        set('applyFill', '1');
      }
      if (change.font !== undefined) {
        const { name, size, color, bold } = change.font;
        set('fontId', String(append('fonts', `<font>${bold ? '<b/>' : ''}<sz val="${size}"/><color rgb="${color}"/><name val="${name}"/></font>`)));
        set('applyFont', '1');
      }
      if (change.border !== undefined) {
        const side = (tag: string) => `<${tag} style="medium"><color rgb="${change.border ?? ''}"/></${tag}>`;
        set('borderId', String(append('borders', `<border>${side('left')}${side('right')}${side('top')}${side('bottom')}<diagonal/></border>`)));
        set('applyBorder', '1');
      }
      if (change.alignment !== undefined) {
        xf = xf.replace(/<alignment[^>]*\/>/u, '').replace('>', `>${change.alignment}`);
        set('applyAlignment', '1');
      }
      if (change.locked !== undefined) {
        xf = xf.replace(/<protection[^>]*\/>/u, '').replace('</xf>', `${change.locked ? '' : '<protection locked="0"/>'}</xf>`);
        set('applyProtection', '1');
      }
      added = append('cellXfs', xf);
      return styles;
    });
    return added;
  }

  bytes(): Uint8Array {
    return zipOf(Object.entries(this.parts).map(([name, data]) => ({ name, data })));
  }
}

export interface Restyle {
  numberFormat?: string;
  /** ARGB, as styles.xml writes it: 'FFFFFF00'. */
  fill?: string;
  font?: { name: string; size: number; color: string; bold: boolean };
  /** The colour of medium borders all round. */
  border?: string;
  /** An <alignment/> element, in place of the style's. */
  alignment?: string;
  locked?: boolean;
}
