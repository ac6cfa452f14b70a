/**
 * What a reviewer's copy of a return may carry from it: values, never its formulas. Each formula cell becomes the
 * value it shows (its cached result), a link its text; defined names, conditional formats and validations that
 * reach outside the workbook or run something are dropped, and so are media files no picture shows. A DDE or
 * WEBSERVICE formula in a return then cannot run on the reviewer's machine when the annotated copy is opened.
 */
import type ExcelJS from 'exceljs';
import { formulaDangers } from '../../core/formulas';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !(value instanceof Date);
}

/** The value a cell shows, without the formula or link behind it. */
function shownValue(value: ExcelJS.CellValue): ExcelJS.CellValue {
  if (!isObject(value)) return value;
  if ('formula' in value || 'sharedFormula' in value) return shownValue(((value as { result?: ExcelJS.CellValue }).result ?? null) as ExcelJS.CellValue);
  if ('hyperlink' in value) return shownValue(((value as { text?: ExcelJS.CellValue }).text ?? null) as ExcelJS.CellValue);
  return value;
}

const safe = (formulas: ReadonlyArray<string | undefined | unknown>) => formulas.every((formula) => typeof formula !== 'string' || formulaDangers(formula).length === 0);

interface WithRules {
  conditionalFormattings?: Array<{ rules?: Array<{ formulae?: unknown[] }> }>;
}

/** Replaces every formula of the workbook by its value, in place. */
export function keepValuesOnly(workbook: ExcelJS.Workbook): void {
  for (const sheet of workbook.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (cell) => {
      const shown = shownValue(cell.value);
      if (shown !== cell.value) cell.value = shown;
    }));
    const formats = (sheet as unknown as WithRules).conditionalFormattings;
    if (formats !== undefined) {
      for (const format of formats) format.rules = (format.rules ?? []).filter((rule) => safe(rule.formulae ?? []));
    }
    const validations = (sheet as unknown as { dataValidations?: { model?: Record<string, { formulae?: unknown[] } | undefined> } }).dataValidations?.model;
    if (validations !== undefined) {
      for (const [address, validation] of Object.entries(validations)) if (validation !== undefined && !safe(validation.formulae ?? [])) delete validations[address];
    }
  }
  const names = workbook.definedNames as unknown as { model: Array<{ name: string; ranges: string[] }> };
  names.model = names.model.filter((name) => safe(name.ranges));
  dropUnusedMedia(workbook);
}

interface WithMedia {
  media: Array<{ type?: string }>;
}

/**
 * Files of the return's xl/media that no picture of a sheet shows: ExcelJS carries every file of that folder, so a
 * macro project or an OLE object named image1.png there would travel, unreferenced, into the reviewer's copy.
 */
function dropUnusedMedia(workbook: ExcelJS.Workbook): void {
  const owner = workbook as unknown as WithMedia;
  const sheets = workbook.worksheets.map((sheet) => (sheet as unknown as { _media?: Array<{ imageId: string | number }> })._media ?? []);
  const used = new Set(sheets.flatMap((media) => media.map((item) => Number(item.imageId))));
  if (used.size === owner.media.length) return;
  const renumbered = new Map<number, number>();
  const kept = owner.media.filter((_item, index) => {
    if (!used.has(index)) return false;
    renumbered.set(index, renumbered.size);
    return true;
  });
  owner.media = kept;
  for (const media of sheets) for (const item of media) item.imageId = String(renumbered.get(Number(item.imageId)) ?? item.imageId);
}
