/**
 * Values kept with the workbook (Workbook.settings, ExcelApi 1.4): they travel with the file, so a reviewer who
 * opens a submitted workbook finds what the add-in stored there. Values are JSON-serialisable.
 */
export type SettingValue = string | number | boolean | null | SettingValue[] | { [key: string]: SettingValue };

export async function saveWorkbookSetting(context: Excel.RequestContext, key: string, value: SettingValue): Promise<void> {
  // SettingCollection.add sets the value when the key exists.
  context.workbook.settings.add(key, value);
  await context.sync();
}

/** The stored value, or null when the key was never saved. */
export async function loadWorkbookSetting(context: Excel.RequestContext, key: string): Promise<SettingValue> {
  const setting = context.workbook.settings.getItemOrNullObject(key);
  setting.load('value');
  await context.sync();
  return setting.isNullObject ? null : (setting.value as SettingValue);
}
