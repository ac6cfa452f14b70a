/**
 * Told when cells change, so the pane can refresh its status list: one handler on the worksheet collection
 * (ExcelApi 1.9), else on the active sheet (1.7). Excel calls it once per edit or paste, not per cell; the pane
 * debounces and reads the sheet back in one go. One round trip.
 */
import type { SupportCheck } from './requirements';

export type ChangeWatch = OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>;

/**
 * Adds the handler. To remove it, office-js wants the context it was added in:
 * `Excel.run(watch.context, async (context) => { watch.remove(); await context.sync(); })`.
 */
export async function watchChanges(context: Excel.RequestContext, onChange: () => void, isSupported: SupportCheck): Promise<ChangeWatch> {
  const source = isSupported('ExcelApi', '1.9') ? context.workbook.worksheets : context.workbook.worksheets.getActiveWorksheet();
  const watch = source.onChanged.add(async () => {
    onChange();
  });
  await context.sync();
  return watch;
}
