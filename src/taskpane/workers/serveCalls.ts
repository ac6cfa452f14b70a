/** The worker's side of workerCall.ts: each request runs the named handler; its result or error is posted back. */
import { carriedError, type WorkerReply, type WorkerRequest } from './workerMessages';

type Handler = (...args: never[]) => unknown;

/** Results that hold bytes are sent by transfer, not copied. */
function transfers(value: unknown): Transferable[] {
  return value instanceof Uint8Array ? [value.buffer as ArrayBuffer] : [];
}

/** An error whose details cannot be posted (not cloneable) is still answered, by its message alone, so the caller never waits forever and the queue keeps running. */
function replyWithError(scope: { postMessage(message: WorkerReply, transfer: Transferable[]): void }, id: number, caught: unknown): void {
  const error = carriedError(caught);
  try {
    scope.postMessage({ id, ok: false, error }, []);
  } catch {
    scope.postMessage({ id, ok: false, error: { message: error.message } }, []);
  }
}

export function serveCalls(scope: { onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null; postMessage(message: WorkerReply, transfer: Transferable[]): void }, handlers: Record<string, Handler>): void {
  // One call at a time, in the order sent: a write never runs in the middle of an annotation or a download.
  let queue: Promise<void> = Promise.resolve();
  scope.onmessage = (event) => {
    const { id, method, args } = event.data;
    queue = queue.then(async () => {
      try {
        const handler = handlers[method];
        if (handler === undefined) throw new Error(`no worker method ${method}`);
        const value = await (handler as (...given: unknown[]) => unknown)(...args);
        scope.postMessage({ id, ok: true, value }, transfers(value));
      } catch (caught) {
        replyWithError(scope, id, caught);
      }
    });
  };
}
