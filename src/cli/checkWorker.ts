/** A worker of `check`: loads the catalog once, then checks the files it is handed, one at a time. */
import { parentPort, workerData } from 'node:worker_threads';
import { loadCatalogFiles } from './catalogFiles';
import { checkJob, type CheckJob } from './commands/check';

const loaded = loadCatalogFiles();
const options = { ...(workerData as { locale: 'zh-CN' | 'en-US'; annotate: boolean; force: boolean; inputs: string[] }), loaded };

parentPort?.on('message', (job: CheckJob) => {
  void checkJob(job, options).then((result) => parentPort?.postMessage({ result }));
});
parentPort?.postMessage({ ready: true });
