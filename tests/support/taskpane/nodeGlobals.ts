/**
 * jsdom leaves out some web APIs that browsers (and Node) have and the pane's code uses: the real Node
 * implementations are put in. Import this first in a jsdom test file.
 */
import { TextDecoder, TextEncoder } from 'node:util';
import { ReadableStream, TransformStream, WritableStream, DecompressionStream } from 'node:stream/web';

const globals = globalThis as Record<string, unknown>;
for (const [name, value] of Object.entries({ TextDecoder, TextEncoder, ReadableStream, TransformStream, WritableStream, DecompressionStream })) {
  if (globals[name] === undefined) globals[name] = value;
}

/** jsdom does no layout, so nothing is ever resized: an observer that is never called is what a browser would be. */
class StillResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (globals['ResizeObserver'] === undefined) globals['ResizeObserver'] = StillResizeObserver;

/** jsdom's Blob (and File) lacks arrayBuffer(), which every browser the pane runs in has; its FileReader reads the same bytes. */
if (typeof Blob !== 'undefined' && typeof Blob.prototype.arrayBuffer !== 'function') {
  Blob.prototype.arrayBuffer = function arrayBuffer(this: Blob): Promise<ArrayBuffer> {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(this);
    });
  };
}
