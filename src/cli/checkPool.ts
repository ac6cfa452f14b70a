import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { checkJobSafely, failedJob, type CheckJob, type CheckJobOptions, type FileResult } from './checkJob';
import { annotatedName } from './files';
import { removeOwnTemporaries } from './safeWrite';
import { beforeSignalEnds } from './signals';

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
 * `workerScript` replaces checkWorker (tests run a real worker that exits on a file, decision 0160).
 */
export async function checkFiles(
  jobs: readonly CheckJob[], options: CheckJobOptions, parallel: number, done: (index: number, result: FileResult) => void,
  workerScript?: string,
): Promise<void> {
  const workers = workerCount(jobs.length, parallel);
  if (workers === 0) {
    for (const [index, job] of jobs.entries()) done(index, await checkJobSafely(job, options));
    return;
  }
  let nextJob = 0;
  // Compiled (build/cli) the worker is checkWorker.js; from the sources (tests, a stale build) it needs tsx (decision 0040).
  const fromSources = path.extname(__filename) === '.ts';
  const script = workerScript ?? path.join(__dirname, `checkWorker${path.extname(__filename)}`);
  const execArgv = fromSources ? ['--require', require.resolve('tsx/cjs')] : [];
  // Ctrl-C, SIGTERM or the window closed while workers write annotated copies (decision 0271): no file is handed out
  // again, no worker replaced, the batch goes no further (nothing reports files the signal cut short as failed); the
  // workers are stopped and the temporaries they were writing removed before the signal ends the process.
  const live = new Set<Worker>();
  let stopping = false;
  const release = !options.annotate ? () => undefined : beforeSignalEnds(async () => {
    stopping = true;
    await Promise.allSettled([...live].map((worker) => worker.terminate()));
    for (const folder of new Set(jobs.map((job) => path.dirname(annotatedName(job.file, options.annotateTo))))) removeOwnTemporaries(folder);
  });
  // One lane per worker: a worker that dies (an error, or an exit while it holds a file) reports that file as failed
  // and a new one takes the rest of its share.
  const lane = (): Promise<void> => new Promise<void>((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(script, { execArgv, workerData: { locale: options.locale, annotate: options.annotate, force: options.force, inputs: options.inputs, ...(options.annotateTo === undefined ? {} : { annotateTo: options.annotateTo }) } });
      live.add(worker);
    } catch {
      // A worker that cannot be made at all is one that dies before taking a file: the files left are checked below.
      resolve();
      return;
    }
    let current = -1;
    let settled = false;
    const finish = (next: Promise<void> | undefined) => {
      if (settled) return;
      settled = true;
      resolve(next);
    };
    const feed = () => {
      current = -1;
      if (nextJob >= jobs.length) {
        worker.terminate().then(() => finish(undefined), () => finish(undefined));
        return;
      }
      current = nextJob;
      nextJob += 1;
      worker.postMessage(jobs[current]);
    };
    const died = (error: unknown) => {
      live.delete(worker);
      if (settled || stopping) return;
      const job = current < 0 ? undefined : jobs[current];
      // A worker that dies before taking a file is not replaced (it would die again): the files left are checked below.
      if (job === undefined) return finish(undefined);
      done(current, failedJob(job, error));
      current = -1;
      finish(nextJob < jobs.length ? lane() : undefined);
    };
    worker.on('message', (message: { ready: true } | { result: FileResult }) => {
      if (stopping) return;
      if ('result' in message && current >= 0) done(current, message.result);
      feed();
    });
    worker.on('error', died);
    worker.on('exit', (code) => died(new Error(`worker exited with code ${code}`)));
  });
  await Promise.all(Array.from({ length: workers }, lane));
  release();
  for (; nextJob < jobs.length; nextJob += 1) {
    const job = jobs[nextJob];
    if (job !== undefined) done(nextJob, await checkJobSafely(job, options));
  }
}
