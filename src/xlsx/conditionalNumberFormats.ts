import type ExcelJS from 'exceljs';

/**
 * ExcelJS (4.4) reads a conditional format's number format as `{id, formatCode}` but writes the style's `numFmt` as
 * text, so a workbook it loads and saves gets `formatCode="[object Object]"`: the 完成进度 / 序时进度 rules of the
 * reporting sheet (core/layout/honestPercentFormats.ts) would print garbage and `check` would see the form changed.
 * Every loaded workbook's rules get their format back as text.
 */
export function keepConditionalNumberFormats(workbook: ExcelJS.Workbook): void {
  for (const sheet of workbook.worksheets) {
    // ExcelJS keeps the loaded rules in conditionalFormattings; its type declarations leave the property out.
    const formats = (sheet as unknown as { conditionalFormattings?: Array<{ rules?: Array<{ style?: { numFmt?: unknown } }> }> }).conditionalFormattings ?? [];
    for (const rule of formats.flatMap((format) => format.rules ?? [])) {
      const numFmt = rule.style?.numFmt;
      if (rule.style === undefined || numFmt === undefined || typeof numFmt === 'string') continue;
      const code = typeof numFmt === 'object' && numFmt !== null && 'formatCode' in numFmt ? (numFmt as { formatCode: unknown }).formatCode : undefined;
      if (typeof code === 'string') rule.style.numFmt = code;
      else delete rule.style.numFmt;
    }
  }
}
