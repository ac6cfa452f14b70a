/**
 * check's worker thread as the product runs it (src/cli/checkWorker), except for two files: handed one whose name
 * holds WORKER_EXITS it ends its thread at once, posting nothing (as a worker killed by the system or a native crash
 * would), and handed one whose name holds WORKER_THROWS it throws outside any promise (the worker's 'error' event).
 * The real worker never sees those two. The pool's handling of a dying worker runs for real (decision 0160).
 */
import path from 'node:path';
import { parentPort } from 'node:worker_threads';

const WORKER_EXITS = 'worker-exits';
const WORKER_THROWS = 'worker-throws';

parentPort?.addEventListener('message', (event) => {
  const name = path.basename((event as MessageEvent<{ file: string }>).data.file);
  if (!name.includes(WORKER_EXITS) && !name.includes(WORKER_THROWS)) return;
  event.stopImmediatePropagation();
  if (name.includes(WORKER_EXITS)) process.exit(70);
  throw new Error('thrown in the worker');
});
// Loaded after the listener above is in place, so that the real worker's listener comes second.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- an import would be hoisted above the listener
require('../../src/cli/checkWorker');
