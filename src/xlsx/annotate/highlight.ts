/**
 * Colours the offending cells: red for errors, amber for warnings (the product's swatches, as in the findings
 * report), with a border in the swatch's text colour so that a flagged cell stands out in a row the status
 * already colours amber or red. The reporting sheet's conditional formats colour whole rows by status and
 * would paint over a plain cell fill in Excel, WPS and LibreOffice alike, so a conditional format of first
 * priority repeats the colour on the flagged cells.
 */
import type ExcelJS from 'exceljs';
import { AMBER, argb, RED, type Swatch } from '../../core/layout';
import type { Severity } from '../../core/checks';

export const SEVERITY_SWATCH: Readonly<Record<Severity, Swatch>> = { error: RED, warning: AMBER };

/** Fill and border on the cell's own style; a fresh style object, as ExcelJS shares one among cells that looked alike. */
export function fillCell(cell: ExcelJS.Cell, severity: Severity): void {
  const swatch = SEVERITY_SWATCH[severity];
  const edge: Partial<ExcelJS.Border> = { style: 'medium', color: { argb: argb(swatch.font) } };
  cell.style = {
    ...cell.style,
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(swatch.fill) } },
    border: { top: edge, left: edge, bottom: edge, right: edge },
  };
}

/**
 * A first-priority conditional format over the flagged cells of each severity; existing rules move down. Excel
 * and WPS go by priority; LibreOffice applies the first format listed that covers a cell, so these come first.
 */
export function overrideConditionalFormats(sheet: ExcelJS.Worksheet, cells: Readonly<Record<Severity, readonly string[]>>): void {
  const severities = (['error', 'warning'] as const).filter((severity) => cells[severity].length > 0);
  if (severities.length === 0) return;
  // ExcelJS keeps the loaded rules in conditionalFormattings; its type declarations leave the property out.
  const holder = sheet as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] };
  const existing = holder.conditionalFormattings ?? [];
  for (const format of existing) {
    for (const rule of format.rules) rule.priority = (rule.priority ?? 0) + severities.length;
  }
  const flagged = severities.map((severity, i): ExcelJS.ConditionalFormattingOptions => {
    const swatch = SEVERITY_SWATCH[severity];
    return {
      ref: cells[severity].join(' '),
      rules: [{
        type: 'expression',
        formulae: ['TRUE'],
        priority: i + 1,
        stopIfTrue: true,
        style: {
          fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(swatch.fill) } },
          font: { color: { argb: argb(swatch.font) } },
        },
      } as ExcelJS.ConditionalFormattingRule],
    };
  });
  holder.conditionalFormattings = [...flagged, ...existing];
}
