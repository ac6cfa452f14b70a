/**
 * The catalog bundled with the pane, as texts: every catalog/*.yaml (webpack's asset/source rule), with the
 * registry of released versions and the files each kept (catalog/versions/). The file names are kept so that
 * the catalog version is the one the command line computes for the same files. Nothing here parses YAML: the
 * history rebuilds an earlier release only when a return made from it is checked.
 */
import { catalogHistory, loadCatalog, parseVersionRegistry, type CatalogText } from '../../core/catalog';
import registry from '../../../catalog/versions/versions.json';

const context = require.context('../../../catalog', false, /\.ya?ml$/u);
const kept = require.context('../../../catalog/versions', true, /\.ya?ml$/u);

export const BUNDLED_CATALOG: readonly CatalogText[] = context.keys()
  .filter((key) => key.startsWith('./'))
  .sort()
  .map((key) => ({ file: `catalog/${key.slice(2)}`, text: String(context(key)) }));

const KEPT_FILES = new Map(kept.keys().filter((key) => key.startsWith('./')).map((key) => [key.slice(2), String(kept(key))]));
export const BUNDLED_HISTORY = catalogHistory(parseVersionRegistry(JSON.stringify(registry)), BUNDLED_CATALOG, (version, file) => KEPT_FILES.get(`${version}/${file}`) ?? null, loadCatalog);
