/**
 * The catalog the pane works with: the plans bundled with the pane and those imported into this workbook.
 * Loaded once at start and again when another workbook is opened or an import is kept.
 */
import { useCallback, useEffect, useState } from 'react';
import type { LoadedCatalog } from '../../core/catalog';
import { useText } from '../i18n';
import { catalogTexts, CUSTOM_CATALOGS_SETTING, customCatalogsOf, settingOf, withCustomCatalog, type CustomCatalog } from '../model/customCatalogs';
import { errorText } from '../model/errorText';
import type { PaneServices } from '../services';

export interface CatalogState {
  loaded: LoadedCatalog | null;
  error: string | null;
  custom: CustomCatalog[];
  /**
   * Keeps an imported catalog in the workbook and reloads; where the workbook cannot keep it (Excel without
   * ExcelApi 1.4) it is used until the pane closes.
   */
  keep(catalog: CustomCatalog): Promise<void>;
}

export function useCatalog(services: PaneServices, workbookKey: number): CatalogState {
  const { locale } = useText();
  const [loaded, setLoaded] = useState<LoadedCatalog | null>(null);
  const [custom, setCustom] = useState<CustomCatalog[]>([]);
  const [error, setError] = useState<string | null>(null);
  const { port } = services;

  const load = useCallback(async (catalogs: CustomCatalog[]) => {
    const result = await services.loadCatalog(catalogTexts(catalogs));
    setCustom(catalogs);
    setLoaded(result);
  }, [services]);

  useEffect(() => {
    let current = true;
    void (async () => {
      try {
        // The workbook's own catalogs are optional: a workbook that cannot say still gets the bundled plans.
        const kept = await port.loadSetting(CUSTOM_CATALOGS_SETTING).catch(() => null);
        if (current) await load(customCatalogsOf(kept));
      } catch (caught) {
        if (current) setError(errorText(caught, locale));
      }
    })();
    return () => {
      current = false;
    };
  }, [port, load, locale, workbookKey]);

  const keep = useCallback(async (catalog: CustomCatalog) => {
    const next = withCustomCatalog(custom, catalog);
    if (port.capabilities.settings) await port.saveSetting(CUSTOM_CATALOGS_SETTING, settingOf(next));
    await load(next);
  }, [custom, port, load]);

  return { loaded, error, custom, keep };
}
