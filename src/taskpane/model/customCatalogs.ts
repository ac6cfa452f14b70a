/**
 * Catalogs imported in the 导入 tab, kept inside the workbook (a setting holding their files' texts), so that
 * whoever opens the workbook finds the plan in 填报. A plan id imported again replaces its earlier files.
 */
import type { CatalogText } from '../../core/catalog';
import type { SettingValue } from '../ports/workbookPort';

export const CUSTOM_CATALOGS_SETTING = 'planIndicators.customCatalogs';

export interface CustomCatalog {
  planId: string;
  files: CatalogText[];
}

function isCatalogText(value: unknown): value is CatalogText {
  return typeof value === 'object' && value !== null && typeof (value as CatalogText).file === 'string' && typeof (value as CatalogText).text === 'string';
}

/** What the setting holds; anything malformed is left out (the pane must start whatever the workbook holds). */
export function customCatalogsOf(value: SettingValue): CustomCatalog[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return [];
    const planId = entry['planId'];
    const files = entry['files'];
    if (typeof planId !== 'string' || !Array.isArray(files) || !files.every(isCatalogText)) return [];
    return [{ planId, files: files as unknown as CatalogText[] }];
  });
}

export function withCustomCatalog(kept: readonly CustomCatalog[], added: CustomCatalog): CustomCatalog[] {
  return [...kept.filter((catalog) => catalog.planId !== added.planId), added];
}

export function settingOf(catalogs: readonly CustomCatalog[]): SettingValue {
  return catalogs.map((catalog) => ({ planId: catalog.planId, files: catalog.files.map((file) => ({ file: file.file, text: file.text })) }));
}

export function catalogTexts(catalogs: readonly CustomCatalog[]): CatalogText[] {
  return catalogs.flatMap((catalog) => catalog.files);
}
