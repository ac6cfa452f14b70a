import type ExcelJS from 'exceljs';
import { canonicalLinks, withLinks } from './cellLinks';

/** What ExcelJS's part writers hand their zip: a part's text (or bytes, or base64 for media) and its name. */
interface PartSink {
  append(data: string | Uint8Array, options: { name: string; base64?: boolean }): void;
}

/**
 * The steps of ExcelJS 4.4.0's `XLSX.write` (node_modules/exceljs/lib/xlsx/xlsx.js), which are not its public API:
 * each renders its parts and appends them to the zip it is given.
 */
interface XlsxWriterSteps {
  prepareModel(model: unknown, options: object): void;
  addContentTypes(zip: PartSink, model: unknown): Promise<void>;
  addOfficeRels(zip: PartSink, model: unknown): Promise<void>;
  addWorkbookRels(zip: PartSink, model: unknown): Promise<void>;
  addWorksheets(zip: PartSink, model: unknown): Promise<void>;
  addSharedStrings(zip: PartSink, model: unknown): Promise<void>;
  addDrawings(zip: PartSink, model: unknown): Promise<void>;
  addTables(zip: PartSink, model: unknown): Promise<void>;
  addThemes(zip: PartSink, model: unknown): Promise<void>;
  addStyles(zip: PartSink, model: unknown): Promise<void>;
  addMedia(zip: PartSink, model: unknown): Promise<void>;
  addApp(zip: PartSink, model: unknown): Promise<void>;
  addCore(zip: PartSink, model: unknown): Promise<void>;
  addWorkbook(zip: PartSink, model: unknown): Promise<void>;
}

function base64Bytes(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/**
 * The parts of a workbook's .xlsx, each as ExcelJS writes it and in its order, handed to `part` one at a time as they
 * are rendered, without ExcelJS's zip: its writer (JSZip) keeps every part until the whole file is made and leaves a
 * deflate state per part to the GC (20 MB of buffers for a province's consolidation of 126 KB), where the command line
 * deflates each part as it comes (decision 0206). Runs the steps `workbook.xlsx.writeBuffer()` runs, in its order,
 * so every part is byte for byte the one it writes (tests/cli/xlsxFile.test.ts compares them) — except hyperlinks,
 * written as Excel writes them (cellLinks.ts, decision 0246); ExcelJS is pinned to 4.4.0 for this.
 */
export async function xlsxParts(workbook: ExcelJS.Workbook, part: (name: string, bytes: Uint8Array) => void): Promise<void> {
  const steps = workbook.xlsx as unknown as XlsxWriterSteps;
  const encoder = new TextEncoder();
  let links = new Map<string, string>();
  const zip: PartSink = {
    append(data, options) {
      const linked = links.get(options.name);
      const text = typeof data === 'string' && linked !== undefined ? withLinks(data, linked) : data;
      part(options.name, typeof text !== 'string' ? text : options.base64 === true ? base64Bytes(text) : encoder.encode(text));
    },
  };
  const { model } = workbook;
  steps.prepareModel(model, {});
  // Links as Excel writes them (cellLinks.ts): ExcelJS writes a link's one string as both file and place.
  links = canonicalLinks(model);
  await steps.addContentTypes(zip, model);
  await steps.addOfficeRels(zip, model);
  await steps.addWorkbookRels(zip, model);
  await steps.addWorksheets(zip, model);
  await steps.addSharedStrings(zip, model);
  await steps.addDrawings(zip, model);
  await steps.addTables(zip, model);
  await Promise.all([steps.addThemes(zip, model), steps.addStyles(zip, model)]);
  await steps.addMedia(zip, model);
  await Promise.all([steps.addApp(zip, model), steps.addCore(zip, model)]);
  await steps.addWorkbook(zip, model);
}
