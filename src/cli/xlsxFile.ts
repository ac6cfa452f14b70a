import { deflateRawSync } from 'node:zlib';
import type ExcelJS from 'exceljs';
import { Zip, ZipPassThrough } from 'fflate';
import { xlsxParts } from '../xlsx';

/** A part of the zip deflated by Node's zlib, whose state is freed as each part is done (fflate's extension point). */
class DeflatedPart extends ZipPassThrough {
  constructor(name: string) {
    super(name);
    this.compression = 8;
  }

  protected override process(chunk: Uint8Array<ArrayBuffer>, final: boolean): void {
    this.ondata(null, deflateRawSync(chunk, { level: 6 }), final);
  }
}

/**
 * The bytes of an .xlsx file the command line writes: the parts ExcelJS renders (xlsxParts), each deflated as it comes
 * by Node's zlib and zipped by fflate, instead of ExcelJS's own zip (JSZip), which held 20 MB of deflate buffers at
 * the peak of `consolidate` (decision 0206). The parts are ExcelJS's, byte for byte; the zip has no folder entries.
 */
export async function xlsxFileBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error !== null) failure ??= error;
    else chunks.push(chunk);
  });
  await xlsxParts(workbook, (name, bytes) => {
    const entry = new DeflatedPart(name);
    zip.add(entry);
    entry.push(bytes, true);
  });
  zip.end();
  if (failure !== null) throw failure;
  return Buffer.concat(chunks);
}
