/** A worker of `check`: loads the catalog once, then checks the files it is handed, one at a time. */
import { parentPort, workerData } from 'node:worker_threads';
import { loadCatalogFiles } from './catalogFiles';
import { checkJobSafely, failedJob, type CheckJob } from './checkJob';

const loaded = loadCatalogFiles();
const options = { ...(workerData as { locale: 'zh-CN' | 'en-US'; annotate: boolean; force: boolean; inputs: string[]; annotateTo?: string }), loaded };

parentPort?.on('message', (job: CheckJob) => {
  // checkJobSafely never rejects: a failure becomes that file's result and the worker takes the next file.
  void checkJobSafely(job, options)
    .then((result) => parentPort?.postMessage({ result }))
    // A result that cannot be posted (not cloneable) is a failure of that file too.
    .catch((error: unknown) => parentPort?.postMessage({ result: failedJob(job, error) }));
});
parentPort?.postMessage({ ready: true });
