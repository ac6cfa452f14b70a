/**
 * Sheets the pane made go into the workbook; where the host cannot write them (an Excel older than ExcelApi
 * 1.8) they are offered as an .xlsx download instead, which Excel, WPS and LibreOffice open with every check.
 */
import type { PaneServices } from '../services';
import type { SheetsToWrite, WriteOutcome } from '../ports/workbookPort';
import { downloadBytes, XLSX_TYPE } from './download';

export type Delivery = { kind: 'written'; outcome: WriteOutcome } | { kind: 'downloaded'; fileName: string };

export async function deliverSheets(services: PaneServices, request: SheetsToWrite, fileName: string): Promise<Delivery> {
  if (services.port.capabilities.writeSheets) return { kind: 'written', outcome: await services.port.writeSheets(request) };
  downloadBytes(await services.xlsxBytes(request.sheets, request.metadata), fileName, XLSX_TYPE);
  return { kind: 'downloaded', fileName };
}
