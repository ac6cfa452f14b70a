/**
 * Colours as a cell shows them: a colour of the workbook's theme (`theme="2"`, its light background colour) and a
 * tint that lightens or darkens it (`theme="1" tint="0.95"`, black lightened to white) are resolved against the
 * colours the workbook's own theme part defines (xl/theme/theme1.xml), as Excel and LibreOffice resolve them. A county
 * that edits the theme changes what every such colour shows; so the theme is read, not assumed.
 */
import type { XmlHandler } from './xmlStream';

/** The theme's colours in the order the `theme` attribute counts them (lt1 dk1 lt2 dk2 accent1–6 hlink folHlink). */
export type Palette = readonly string[];

/** A colour as the styles write it: an ARGB, a theme colour, or a palette index, with a tint (-1 darker to 1 lighter). */
export interface ColourSpec {
  rgb: string | null;
  theme: number | null;
  tint: number;
}

/** Office's theme, for a workbook without a theme part (Excel uses it then). */
export const DEFAULT_PALETTE: Palette = ['FFFFFF', '000000', 'E7E6E6', '44546A', '4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47', '0563C1', '954F72'];

/** The theme part's scheme, element by element, to the `theme` attribute's order: dk1/lt1 and dk2/lt2 swap places. */
const SCHEME = ['dk1', 'lt1', 'dk2', 'lt2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink', 'folHlink'];
const INDEX_OF_SCHEME: Readonly<Record<string, number>> = { dk1: 1, lt1: 0, dk2: 3, lt2: 2, accent1: 4, accent2: 5, accent3: 6, accent4: 7, accent5: 8, accent6: 9, hlink: 10, folHlink: 11 };

/** Reads the colour scheme of a theme part into `palette` (which starts as the default: a missing colour keeps it). */
export function themeReader(palette: string[]): XmlHandler {
  let current: number | null = null;
  let inScheme = false;
  return {
    open(name, attributes) {
      if (name === 'clrScheme') inScheme = true;
      else if (inScheme && SCHEME.includes(name)) current = INDEX_OF_SCHEME[name] ?? null;
      else if (inScheme && current !== null && (name === 'srgbClr' || name === 'sysClr')) {
        const value = name === 'srgbClr' ? attributes['val'] : attributes['lastClr'];
        if (value !== undefined && /^[0-9A-F]{6}$/iu.test(value)) palette[current] = value.toUpperCase();
      }
    },
    close(name) {
      if (name === 'clrScheme') inScheme = false;
      else if (SCHEME.includes(name)) current = null;
    },
  };
}

/** A colour element's attributes as a spec; null when it names no colour. Indexed 0/8 black, 1/9 white (the rest unknown). */
export function colourSpec(attributes: Readonly<Record<string, string>>): ColourSpec | null {
  const tint = Number(attributes['tint'] ?? 0);
  const spec = (rgb: string | null, theme: number | null): ColourSpec => ({ rgb, theme, tint: Number.isFinite(tint) ? Math.max(-1, Math.min(1, tint)) : 0 });
  const rgb = attributes['rgb'];
  if (rgb !== undefined) return spec(rgb.slice(-6).toUpperCase(), null);
  const theme = attributes['theme'];
  if (theme !== undefined && /^\d+$/u.test(theme)) return spec(null, Number(theme));
  const indexed = attributes['indexed'];
  if (indexed === '1' || indexed === '9') return spec('FFFFFF', null);
  if (indexed === '0' || indexed === '8') return spec('000000', null);
  return null;
}

/** Lightness moved by a tint, as Excel applies it (in HSL: towards white by `tint`, or towards black). */
function tinted(rgb: string, tint: number): string {
  if (tint === 0) return rgb;
  const [r, g, b] = [0, 2, 4].map((at) => parseInt(rgb.slice(at, at + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const lightness = (max + min) / 2;
  const delta = max - min;
  const saturation = delta === 0 ? 0 : delta / (1 - Math.abs(2 * lightness - 1));
  let hue = 0;
  if (delta !== 0) {
    if (max === r) hue = ((g - b) / delta) % 6;
    else if (max === g) hue = (b - r) / delta + 2;
    else hue = (r - g) / delta + 4;
  }
  const moved = tint < 0 ? lightness * (1 + tint) : lightness * (1 - tint) + tint;
  const chroma = (1 - Math.abs(2 * moved - 1)) * saturation;
  const x = chroma * (1 - Math.abs((hue % 2) - 1));
  const m = moved - chroma / 2;
  const sector = Math.floor(((hue % 6) + 6) % 6);
  const [r1, g1, b1] = ([[chroma, x, 0], [x, chroma, 0], [0, chroma, x], [0, x, chroma], [x, 0, chroma], [chroma, 0, x]][sector] ?? [0, 0, 0]) as [number, number, number];
  return [r1, g1, b1].map((c) => Math.round((c + m) * 255).toString(16).padStart(2, '0')).join('').toUpperCase();
}

/** The colour a spec shows in a workbook of `palette`, as six hex digits; null when it cannot be known here. */
export function resolveColour(spec: ColourSpec | null, palette: Palette): string | null {
  if (spec === null) return null;
  const base = spec.rgb ?? (spec.theme === null ? null : palette[spec.theme] ?? null);
  if (base === null || !/^[0-9A-F]{6}$/iu.test(base)) return null;
  return tinted(base.toUpperCase(), spec.tint);
}
