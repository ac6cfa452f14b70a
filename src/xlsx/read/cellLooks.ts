/**
 * How a cell looks, as far as it decides whether its value can be seen: the font's colour and size and the fill of
 * each cell style, and the colour and size of each run of a rich-text shared string. A white font on a white cell,
 * a font the colour of the fill, a 2 pt font, or a white run inside a 说明 hides what the checks read.
 */
import type { StyleHiding } from '../../core/returns';
import { indistinct } from '../../core/util/contrast';
import { keptFor } from '../../core/util/kept';
import { colourSpec, DEFAULT_PALETTE, resolveColour, type ColourSpec, type Palette } from './themeColours';
import type { XmlHandler } from './xmlStream';

interface Font { color: ColourSpec | null; size: number | null }

export interface RichRun { text: string; font: Font }

export interface CellLooks {
  /** By the cell's s attribute: its font and fill (as the styles write them: resolved against `palette`). */
  xfs: Array<{ font: Font; fill: ColourSpec | null; repeats?: true }>;
  /** Runs of rich-text shared strings, by index; only strings with runs that set a colour or size. */
  runs: Map<number, Array<{ text: string; font: Font }>>;
  /** The workbook's theme colours (themeColours.ts). */
  palette: Palette;
}

export const noLooks = (): CellLooks => ({ xfs: [], runs: new Map(), palette: DEFAULT_PALETTE });

/** Reads into `looks` the font and fill of each cell style, from styles.xml. */
export function styleLooksReader(looks: CellLooks): XmlHandler {
  const fonts: Font[] = [];
  const fills: Array<ColourSpec | null> = [];
  const xfs: Array<{ fontId: number; fillId: number; repeats: boolean }> = [];
  let section: string | null = null;
  return {
    open(name, attributes) {
      if (name === 'fonts' || name === 'fills' || name === 'cellXfs' || name === 'dxfs' || name === 'cellStyleXfs') section = name;
      else if (section === 'fonts' && name === 'font') fonts.push({ color: null, size: null });
      else if (section === 'fonts' && name === 'color') { const font = fonts[fonts.length - 1]; if (font !== undefined) font.color = colourSpec(attributes); }
      else if (section === 'fonts' && name === 'sz') { const font = fonts[fonts.length - 1]; if (font !== undefined) font.size = Number(attributes['val']); }
      else if (section === 'fills' && name === 'fill') fills.push(null);
      else if (section === 'fills' && name === 'patternFill' && attributes['patternType'] !== 'solid') fills[fills.length - 1] = null;
      else if (section === 'fills' && name === 'fgColor') fills[fills.length - 1] = colourSpec(attributes);
      else if (section === 'cellXfs' && name === 'xf') xfs.push({ fontId: Number(attributes['fontId'] ?? 0), fillId: Number(attributes['fillId'] ?? 0), repeats: false });
      // The alignment 填充 (Fill) repeats the value until the cell is full: 678 shows as 678678.
      else if (section === 'cellXfs' && name === 'alignment' && attributes['horizontal'] === 'fill') { const xf = xfs[xfs.length - 1]; if (xf !== undefined) xf.repeats = true; }
    },
    close(name) {
      if (name === 'fonts' || name === 'fills' || name === 'cellXfs' || name === 'dxfs' || name === 'cellStyleXfs') section = null;
    },
    end() {
      looks.xfs = xfs.map((xf) => ({ font: fonts[xf.fontId] ?? { color: null, size: null }, fill: fills[xf.fillId] ?? null, ...(xf.repeats ? { repeats: true as const } : {}) }));
    },
  };
}

/** Reads into `looks` the runs of rich-text shared strings that set a colour or size, from sharedStrings.xml. */
export function richRunLooksReader(looks: CellLooks): XmlHandler {
  let index = -1;
  let runs: Array<{ text: string; font: Font }> = [];
  let run: { text: string; font: Font } | null = null;
  let inText = false;
  let styled = false;
  return {
    open(name, attributes) {
      if (name === 'si') { index += 1; runs = []; styled = false; }
      else if (name === 'r') { run = { text: '', font: { color: null, size: null } }; }
      else if (run !== null && name === 'color') { run.font.color = colourSpec(attributes); styled = true; }
      else if (run !== null && name === 'sz') { run.font.size = Number(attributes['val']); styled = true; }
      else if (run !== null && name === 't') inText = true;
    },
    text(text) {
      if (inText && run !== null) run.text += text;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'r' && run !== null) { runs.push(run); run = null; }
      else if (name === 'si' && styled) looks.runs.set(index, runs);
    },
  };
}

/**
 * Why a font hides text on `fill` (null: it does not). Font size ≤ 2 pt, or a colour one cannot tell from the fill,
 * theme colours and tints resolved against the workbook's theme.
 */
function fontHides(font: Font, fill: ColourSpec | null, palette: Palette): StyleHiding | null {
  if (font.size !== null && Number.isFinite(font.size) && font.size <= 2) return { kind: 'tiny_font', size: font.size };
  const background = resolveColour(fill, palette) ?? 'FFFFFF';
  const color = resolveColour(font.color, palette);
  if (color !== null && indistinct(color, background)) return { kind: 'colour', color, fill: background };
  return null;
}

/**
 * Whether a style's own font hides text, worked out once per style and theme of a file: a sheet has many cells and
 * few styles (the styles and the theme are kept per part's bytes, so a batch of one form asks once).
 */
const XF_HIDES = new WeakMap<Palette, WeakMap<CellLooks['xfs'][number], StyleHiding | null>>();
function xfHides(xf: CellLooks['xfs'][number], palette: Palette): StyleHiding | null {
  let kept = XF_HIDES.get(palette);
  if (kept === undefined) XF_HIDES.set(palette, (kept = new WeakMap()));
  return keptFor(kept, xf, (style) => (style.repeats === true ? { kind: 'repeated' } : fontHides(style.font, style.fill, palette)));
}

/** Why the value of a cell of style `style` (a shared string `sharedIndex`) cannot be seen; null when it can. */
export function hidingLook(looks: CellLooks, style: number, sharedIndex: number | null, inlineRuns?: readonly RichRun[]): StyleHiding | null {
  const xf = looks.xfs[style];
  if (xf !== undefined) {
    const whole = xfHides(xf, looks.palette);
    if (whole !== null) return whole;
  }
  const runs = inlineRuns ?? (sharedIndex === null ? undefined : looks.runs.get(sharedIndex));
  if (runs === undefined) return null;
  for (const run of runs) {
    if (run.text.trim() === '') continue;
    const reason = fontHides({ color: run.font.color, size: run.font.size }, xf?.fill ?? null, looks.palette);
    if (reason !== null) return { ...reason, run: run.text.slice(0, 40) };
  }
  return null;
}
