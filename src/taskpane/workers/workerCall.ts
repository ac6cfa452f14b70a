/**
 * Calls into a Web Worker by method name, one promise per call. What crosses is structured-cloned: plain data,
 * Uint8Array, Map. An error thrown in the worker comes back as an Error with its message, or as the PortError /
 * ReturnFileError it was (by their `code`), so the pane shows the same message as when the work ran here.
 */
import { errorFromWorker, type WorkerReply, type WorkerRequest } from './workerMessages';

/** The worker could not start or died (a CSP that refuses it, a script error): the work can still run here. */
export class WorkerUnavailable extends Error {
  override readonly name = 'WorkerUnavailable';
}

export interface WorkerCaller {
  call<T>(method: string, args: readonly unknown[], transfer?: Transferable[]): Promise<T>;
}

export function workerCaller(worker: Worker): WorkerCaller {
  let next = 0;
  const waiting = new Map<number, { resolve(value: unknown): void; reject(error: unknown): void }>();
  worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
    const reply = event.data;
    const pending = waiting.get(reply.id);
    if (pending === undefined) return;
    waiting.delete(reply.id);
    if (reply.ok) pending.resolve(reply.value);
    else pending.reject(errorFromWorker(reply.error));
  });
  // A worker that fails to start (CSP, a script error) fails every call waiting on it, and every later one.
  let broken: WorkerUnavailable | null = null;
  worker.addEventListener('error', (event: ErrorEvent) => {
    broken = new WorkerUnavailable(`worker: ${event.message || 'could not run'}`);
    for (const pending of waiting.values()) pending.reject(broken);
    waiting.clear();
  });
  return {
    call<T>(method: string, args: readonly unknown[], transfer: Transferable[] = []): Promise<T> {
      if (broken !== null) return Promise.reject(broken);
      next += 1;
      const id = next;
      return new Promise<T>((resolve, reject) => {
        waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
        const request: WorkerRequest = { id, method, args: [...args] };
        worker.postMessage(request, transfer);
      });
    },
  };
}
