/**
 * The parts of the pane that its first screen does not need, loaded on first use: the catalog (parsed in its
 * worker), the workbook of browser mode (ExcelJS, in its worker), the xlsx writer for downloads and the importer.
 * Where a worker cannot start, the same work runs here. Jest never runs these imports: tests hand the same
 * functions over directly (services.ts).
 */
import type { CatalogText, LoadedCatalog } from '../core/catalog';
import type { SheetLayout } from '../core/layout';
import type { Importer } from './catalog/importer';
import type { WorkbookFiles } from './ports/browser/workbookDocument';
import type { LoadWorkbookFile } from './ports/browserPort';
import { catalogWorker, workbookWorker } from './workers/startWorkers';
import { WorkerUnavailable } from './workers/workerCall';

const workbookHere = (): Promise<WorkbookFiles> =>
  import(/* webpackChunkName: "xlsx" */ './ports/browser/workbookFile.js').then((module) => module.WorkbookFile);

let workbooks: Promise<WorkbookFiles> | null = null;

/** The workbook worker, started on first use; a worker that cannot start leaves the work to this thread. */
export const loadWorkbookFile: LoadWorkbookFile = () => {
  workbooks ??= import('./ports/browser/workbookInWorker.js').then((module) => {
    const worker = workbookWorker();
    if (worker === null) return workbookHere();
    const inWorker = module.workbooksInWorker(worker);
    const here = workbookHere;
    const fallback = <T>(work: (files: WorkbookFiles) => Promise<T>, caught: unknown): Promise<T> => {
      if (caught instanceof WorkerUnavailable) return here().then(work);
      throw caught;
    };
    return {
      open: (bytes) => inWorker.open(bytes).catch((caught: unknown) => fallback((files) => files.open(bytes), caught)),
      empty: () => Promise.resolve(inWorker.empty()).catch((caught: unknown) => fallback(async (files) => files.empty(), caught)),
    };
  });
  return workbooks;
};

let catalog: Promise<(custom: readonly CatalogText[]) => Promise<LoadedCatalog>> | null = null;

export const loadCatalog = (custom: readonly CatalogText[]): Promise<LoadedCatalog> => {
  catalog ??= import(/* webpackChunkName: "catalog-texts" */ './catalog/catalogClient.js').then((module) => module.catalogClient(catalogWorker()));
  return catalog.then((load) => load(custom));
};

export const xlsxBytes = (sheets: readonly SheetLayout[], metadata: SheetLayout | null): Promise<Uint8Array> =>
  import(/* webpackChunkName: "xlsx" */ './output/xlsxOutput.js').then((module) => module.layoutBytes(sheets, metadata));

export const importer = (): Promise<Importer> =>
  import(/* webpackChunkName: "catalog" */ './catalog/importer.js').then((module) => module.importer);
