import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { checkJob, type CheckJob, type CheckJobOptions, type FileResult } from './commands/check';

/** Below this many files a worker's start-up (loading the catalog and ExcelJS again) costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 8;

/**
 * How many worker threads `--jobs N` gets: never more than the cores or the files, none for a handful of files.
 * One job (the default) checks in the command's own thread: each worker holds its own catalog and ExcelJS, so
 * memory grows with the jobs (see BENCHMARKS.md).
 */
export function workerCount(files: number, jobs: number): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  if (jobs <= 1 || files < MIN_FILES_FOR_WORKERS) return 0;
  return Math.min(jobs, cores, files);
}

/**
 * Checks the files one at a time, or, for a batch, over a few worker threads (one file each at a time, so memory
 * stays bounded whatever the number of files). `done` gets each result with its index, in completion order.
 */
export async function checkFiles(
  jobs: readonly CheckJob[], options: CheckJobOptions, parallel: number, done: (index: number, result: FileResult) => void,
): Promise<void> {
  const workers = workerCount(jobs.length, parallel);
  if (workers === 0) {
    for (const [index, job] of jobs.entries()) done(index, await checkJob(job, options));
    return;
  }
  let nextJob = 0;
  const script = path.join(__dirname, 'checkWorker.ts');
  await Promise.all(Array.from({ length: workers }, () => new Promise<void>((resolve, reject) => {
    // The workers run the TypeScript sources as the command does (decision 0003).
    const worker = new Worker(script, { execArgv: ['--require', require.resolve('tsx/cjs')], workerData: { locale: options.locale, annotate: options.annotate, force: options.force, inputs: options.inputs } });
    let current = -1;
    const feed = () => {
      if (nextJob >= jobs.length) {
        void worker.terminate().then(() => resolve());
        return;
      }
      current = nextJob;
      nextJob += 1;
      worker.postMessage(jobs[current]);
    };
    worker.on('message', (message: { ready: true } | { result: FileResult }) => {
      if ('result' in message) done(current, message.result);
      feed();
    });
    worker.on('error', reject);
  })));
}
