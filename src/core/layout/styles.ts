import { BLACK, ENTRY_FILL, HEADER_FILL, LINK_BLUE, MUTED } from './palette';
import type { AlignmentSpec, CellStyle, FontSpec } from './types';

/** Fonts of Chinese official forms: 黑体 for titles and headers, 宋体 for the reporting form, 仿宋 for documents. */
export const FONT = { heading: '黑体', form: '宋体', document: '仿宋' } as const;

export const BODY_SIZE = 11;

interface StyleOptions {
  font?: Partial<FontSpec>;
  fill?: string | null;
  border?: 'thin' | 'none';
  alignment?: Partial<AlignmentSpec>;
  numberFormat?: string;
  locked?: boolean;
}

const BASE: CellStyle = {
  font: { name: FONT.form, size: BODY_SIZE, bold: false, underline: false, color: BLACK },
  fill: null,
  border: 'thin',
  alignment: { horizontal: 'left', vertical: 'middle', wrapText: true, indent: 0 },
  // Text by default: a catalog name starting with '=' must stay text in every renderer.
  numberFormat: '@',
  locked: true,
};

export function makeStyle(options: StyleOptions, base: CellStyle = BASE): CellStyle {
  return {
    font: { ...base.font, ...options.font },
    fill: options.fill === undefined ? base.fill : options.fill,
    border: options.border ?? base.border,
    alignment: { ...base.alignment, ...options.alignment },
    numberFormat: options.numberFormat ?? base.numberFormat,
    locked: options.locked ?? base.locked,
  };
}

/** The styles of a sheet whose body font is `body` (宋体 for forms, 仿宋 for annex tables). */
export function sheetStyles(body: string) {
  const text = makeStyle({ font: { name: body } });
  const center = makeStyle({ alignment: { horizontal: 'center' } }, text);
  const frame = makeStyle({ border: 'none', alignment: { wrapText: false } }, text);
  return {
    title: makeStyle({ font: { name: FONT.heading, size: 16 }, border: 'none', alignment: { horizontal: 'center', wrapText: false } }, text),
    caption: makeStyle({ font: { name: FONT.heading, size: 14 }, border: 'none', alignment: { horizontal: 'center', wrapText: true } }, text),
    period: makeStyle({ alignment: { horizontal: 'center' } }, frame),
    frame,
    frameRight: makeStyle({ alignment: { horizontal: 'right' } }, frame),
    note: makeStyle({ font: { size: 10 }, border: 'none', alignment: { vertical: 'top', wrapText: true } }, text),
    header: makeStyle({ font: { name: FONT.heading }, fill: HEADER_FILL, alignment: { horizontal: 'center' } }, text),
    text,
    center,
    sub: makeStyle({ alignment: { indent: 1 } }, text),
    raw: makeStyle({ alignment: { horizontal: 'center' } }, text),
    number: makeStyle({ alignment: { horizontal: 'right' }, numberFormat: 'General' }, text),
    percent: makeStyle({ alignment: { horizontal: 'center' }, numberFormat: '0.0%' }, text),
    formulaText: makeStyle({ alignment: { horizontal: 'center' }, numberFormat: 'General' }, text),
    entryNumber: makeStyle({ fill: ENTRY_FILL, alignment: { horizontal: 'right', wrapText: false }, numberFormat: 'General', locked: false }, text),
    entryChoice: makeStyle({ fill: ENTRY_FILL, alignment: { horizontal: 'center', wrapText: false }, numberFormat: 'General', locked: false }, text),
    entryText: makeStyle({ fill: ENTRY_FILL, locked: false }, text),
    footerValue: makeStyle({ fill: ENTRY_FILL, border: 'none', locked: false }, frame),
    id: makeStyle({ font: { size: 9, color: MUTED }, alignment: { wrapText: false } }, text),
    link: makeStyle({ font: { color: LINK_BLUE, underline: true }, alignment: { horizontal: 'center' } }, text),
    meta: makeStyle({ border: 'none', alignment: { wrapText: false } }, text),
  } satisfies Record<string, CellStyle>;
}
