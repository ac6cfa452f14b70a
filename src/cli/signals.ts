/**
 * Ctrl-C (SIGINT), SIGTERM and a closed terminal (SIGHUP) while a command writes (decision 0271). By Node's default
 * such a signal ends the process at once, mid-write, leaving the hidden temporary an output is written to
 * (safeWrite) beside it. Once a command of the process's own (the bin, not a test's in-process run) starts to write,
 * a signal is taken here instead: the command's own writes are synchronous, so it is taken between two of them, never
 * in one; what writes in other threads (check --jobs' annotated copies) is stopped and its temporaries removed; then
 * the same signal ends the process, so that its status is the usual one (a shell's 130 for SIGINT, 143 for SIGTERM,
 * 129 for SIGHUP). A second signal while that is done ends the process at once. SIGKILL cannot be caught: a
 * temporary it leaves is removed by a later write into that folder once it is a day old (safeWrite).
 */

const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

type Stop = () => Promise<void>;
const stops = new Set<Stop>();
let ownProcess = false;
let listening = false;

/** The command runs in a process of its own (the bin): a signal may be taken to end it cleanly. */
export function commandOwnsProcess(): void {
  ownProcess = true;
}

function ended(signal: NodeJS.Signals): void {
  for (const name of SIGNALS) process.removeListener(name, ended);
  void Promise.allSettled([...stops].map((stop) => stop())).then(() => process.kill(process.pid, signal));
}

/** Called as a write begins: from then on a signal ends the process between writes, after the stops below. */
export function signalsBetweenWrites(): void {
  if (!ownProcess || listening) return;
  listening = true;
  for (const name of SIGNALS) process.on(name, ended);
  // A signal is handed to this thread through the event loop, which reads it only when it next waits for anything. One
  // that came during the command's last writes would be lost when the loop, empty, ends the process with the command's
  // own status: one more turn of the loop reads it first.
  process.once('beforeExit', () => setImmediate(() => undefined));
}

/**
 * What must be stopped before a signal ends the process (worker threads writing, whose temporaries are then removed):
 * run once, on the first signal; the command goes no further meanwhile. Returns its removal.
 */
export function beforeSignalEnds(stop: Stop): () => void {
  signalsBetweenWrites();
  stops.add(stop);
  return () => {
    stops.delete(stop);
  };
}
