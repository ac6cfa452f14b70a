import { MessageChannel } from 'node:worker_threads';
import { serveCalls } from '../../src/taskpane/workers/serveCalls';
import type { WorkerReply, WorkerRequest } from '../../src/taskpane/workers/workerMessages';
import { PortError } from '../../src/taskpane/ports/workbookPort';

/** The worker's side over a real message port, so replies are structured-cloned as a browser worker's are. */
function servedPort(handlers: Parameters<typeof serveCalls>[1]): { send(request: WorkerRequest): void; replies: WorkerReply[]; next(): Promise<WorkerReply>; close(): void } {
  const { port1, port2 } = new MessageChannel();
  const scope: Parameters<typeof serveCalls>[0] = {
    onmessage: null,
    postMessage: (message, transfer) => port1.postMessage(message, transfer as never),
  };
  port1.on('message', (data: WorkerRequest) => scope.onmessage?.({ data } as MessageEvent<WorkerRequest>));
  serveCalls(scope, handlers);
  const replies: WorkerReply[] = [];
  const waiting: Array<(reply: WorkerReply) => void> = [];
  port2.on('message', (reply: WorkerReply) => {
    const resolve = waiting.shift();
    if (resolve) resolve(reply);
    else replies.push(reply);
  });
  return {
    send: (request) => port2.postMessage(request),
    replies,
    next: () => (replies.length > 0 ? Promise.resolve(replies.shift()!) : new Promise((resolve) => waiting.push(resolve))),
    close: () => {
      port1.close();
      port2.close();
    },
  };
}

test('a result that cannot be posted is answered as an error and the next call still runs', async () => {
  const port = servedPort({ unsendable: () => () => 'a function cannot be cloned', echo: (text: string) => text });
  port.send({ id: 1, method: 'unsendable', args: [] });
  port.send({ id: 2, method: 'echo', args: ['still served'] });
  const first = await port.next();
  const second = await port.next();
  port.close();
  expect(first).toMatchObject({ id: 1, ok: false });
  expect(second).toEqual({ id: 2, ok: true, value: 'still served' });
});

test('an error whose details cannot be posted is answered by its message and the queue keeps running', async () => {
  const detailsThatCannotBeCloned = { reason: (() => 'a function') as unknown as string };
  const port = servedPort({
    failsOddly: () => {
      throw new PortError('workbook_busy' as never, detailsThatCannotBeCloned);
    },
    echo: (text: string) => text,
  });
  port.send({ id: 1, method: 'failsOddly', args: [] });
  port.send({ id: 2, method: 'echo', args: ['still served'] });
  const first = await port.next();
  const second = await port.next();
  port.close();
  expect(first).toMatchObject({ id: 1, ok: false, error: { message: expect.stringContaining('workbook_busy') } });
  expect(second).toEqual({ id: 2, ok: true, value: 'still served' });
});
