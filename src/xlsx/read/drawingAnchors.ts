/**
 * Where the pictures, shapes, text boxes and charts of a sheet's drawing part lie, as cell ranges: a white picture
 * or a text box over an entry cell shows something other than the value the checks read. Two-cell anchors give both
 * corners; a one-cell anchor its top-left cell (its size is in EMUs, so only that cell is known); an absolute anchor
 * no cell at all, and is taken to cover the sheet from its top-left.
 */
import type { DrawingFact } from '../../core/returns';
import { readXml } from './xmlStream';

export function readDrawingAnchors(bytes: Uint8Array): DrawingFact[] {
  const anchors: DrawingFact[] = [];
  let anchor: { kind: string; from: { row: number; col: number } | null; to: { row: number; col: number } | null } | null = null;
  let corner: 'from' | 'to' | null = null;
  let field: 'row' | 'col' | null = null;
  let text = '';
  readXml(bytes, {
    open(name) {
      if (name === 'twoCellAnchor' || name === 'oneCellAnchor' || name === 'absoluteAnchor') anchor = { kind: name, from: null, to: null };
      else if (anchor !== null && (name === 'from' || name === 'to')) { corner = name; anchor[name] = { row: 0, col: 0 }; }
      else if (corner !== null && (name === 'row' || name === 'col')) { field = name; text = ''; }
    },
    text(chunk) {
      if (field !== null) text += chunk;
    },
    close(name) {
      const open = anchor as typeof anchor;
      if (field !== null && name === field && corner !== null && open !== null) {
        const at = open[corner];
        if (at !== null) at[field] = Math.max(0, Math.trunc(Number(text)) || 0);
        field = null;
      } else if (name === 'from' || name === 'to') corner = null;
      else if ((name === 'twoCellAnchor' || name === 'oneCellAnchor' || name === 'absoluteAnchor') && open !== null) {
        const from = open.from ?? { row: 0, col: 0 };
        const to = open.kind === 'twoCellAnchor' && open.to !== null ? open.to : open.kind === 'absoluteAnchor' ? { row: Number.MAX_SAFE_INTEGER, col: Number.MAX_SAFE_INTEGER } : from;
        anchors.push({ top: from.row, left: from.col, bottom: Math.max(from.row, to.row), right: Math.max(from.col, to.col) });
        anchor = null;
      }
    },
  });
  return anchors;
}
