/**
 * The pane's workers, as webpack bundles them (`new Worker(new URL(…, import.meta.url))` makes each a chunk of
 * its own). Only the bundle runs this file; tests hand the same work over directly (services.ts).
 */
import { workerCaller, type WorkerCaller } from './workerCall';

function started(make: () => Worker): WorkerCaller | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return workerCaller(make());
  } catch {
    return null;
  }
}

/* The project compiles as CommonJS (module node16), where TypeScript refuses import.meta; webpack compiles this
   file as an ES module, where it is what tells webpack to bundle the worker. */
export const catalogWorker = (): WorkerCaller | null =>
  // @ts-expect-error -- import.meta under CommonJS, see above
  started(() => new Worker(new URL('../catalog/catalogWorker.ts', import.meta.url), { name: 'catalog-worker' }));

export const workbookWorker = (): WorkerCaller | null =>
  // @ts-expect-error -- import.meta under CommonJS, see above
  started(() => new Worker(new URL('../ports/browser/workbookWorker.ts', import.meta.url), { name: 'workbook-worker' }));
