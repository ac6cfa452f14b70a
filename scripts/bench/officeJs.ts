import { loadCatalogFiles } from '../../src/cli/catalogFiles';
import { readReturnSheetsReport } from '../../src/excel';
import { measureWrite } from '../../tests/support/excel/measureWrite';
import { reportingWorkbookOf } from '../../tests/support/excel/layouts';

/** Syncs and request sizes of the adapter's actions for 10, 100 and 1,000 indicators, on the recording fake. */
export async function officeJsFigures(): Promise<Array<{ action: string; cells: string[] }>> {
  loadCatalogFiles();
  const sizes = [10, 100, 1000];
  const writes = [];
  const reads = [];
  for (const size of sizes) {
    const layout = reportingWorkbookOf(size);
    const measured = await measureWrite(layout);
    writes.push(`${measured.syncs} syncs, largest request ${(Math.max(...measured.requestBytes) / 1024).toFixed(0)} KB`);
    const read = await readReturnSheetsReport(measured.excel.context, { isSupported: () => true });
    reads.push(`${read.syncs} syncs`);
  }
  return [
    { action: 'generate / update the reporting sheet (writeWorkbookLayout)', cells: writes },
    { action: 'read the reporting sheets back (readReturnSheets)', cells: reads },
  ];
}
