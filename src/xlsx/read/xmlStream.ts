/**
 * A part of the package read as a stream of XML events by saxes (a maintained, non-validating streaming
 * parser that never fetches or expands external entities). Elements arrive by local name (prefix removed:
 * some writers store 'x:c'), with their attributes; the bytes are decoded a slice at a time, so that no part
 * is held as one large string.
 */
import { SaxesParser } from 'saxes';

export interface XmlHandler {
  open(name: string, attributes: Readonly<Record<string, string>>): void;
  text?(text: string): void;
  close?(name: string): void;
  /** After the last event of a part read whole. */
  end?(): void;
}

/** Thrown by a handler to end reading early (a limit passed); readXml lets it through. */
export class StopReading extends Error {}

/**
 * A document type declaration in a part: no office suite writes one, and its entities are how
 * "billion laughs" and external-entity attacks are built. saxes expands none of them; the part is refused at once.
 */
export class DoctypeFound extends Error {}

const SLICE = 256 * 1024;

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

/**
 * V8 makes a substring of 13 characters or more a slice that points into the string it was cut from, and saxes cuts
 * every text and attribute value out of the part's decoded text: one such value kept (a shared string, a formula, a
 * validation's cells) kept the whole part alive while its return was checked, some 140 KB a return, copied by every
 * collection of the young generation meanwhile. Texts that long are handed on as strings of their own; a reader that
 * keeps a long attribute value (a range list) makes it its own with this.
 */
export function ownString(text: string): string {
  // Joining makes a new string of both; cutting the space off again points into that copy, not into the part.
  return text.length < 13 ? text : ` ${text}`.slice(1);
}

/** One handler doing what each of `handlers` does, in their order: a part that several readers need is parsed once. */
function together(handlers: readonly XmlHandler[]): XmlHandler {
  const [only] = handlers;
  if (handlers.length === 1 && only !== undefined) return only;
  const texts = handlers.flatMap((handler) => (handler.text === undefined ? [] : [handler.text.bind(handler)]));
  const closes = handlers.flatMap((handler) => (handler.close === undefined ? [] : [handler.close.bind(handler)]));
  return {
    open(name, attributes) {
      for (const handler of handlers) handler.open(name, attributes);
    },
    ...(texts.length === 0 ? {} : { text(text: string) { for (const each of texts) each(text); } }),
    ...(closes.length === 0 ? {} : { close(name: string) { for (const close of closes) close(name); } }),
    end() {
      for (const handler of handlers) handler.end?.();
    },
  };
}

/** Reads `bytes` as XML into the handlers (each sees every event); throws on XML that is not well formed. */
export function readXml(bytes: Uint8Array, ...handlers: XmlHandler[]): void {
  const handler = together(handlers);
  const parser = new SaxesParser({ position: false });
  parser.on('doctype', () => {
    throw new DoctypeFound('a document type declaration');
  });
  parser.on('opentag', (tag) => handler.open(localName(tag.name), tag.attributes as Record<string, string>));
  const { text, close } = handler;
  if (text !== undefined) {
    parser.on('text', (value) => text(ownString(value)));
    parser.on('cdata', (value) => text(ownString(value)));
  }
  if (close !== undefined) parser.on('closetag', (tag) => close(localName(tag.name)));
  const decoder = new TextDecoder('utf-8');
  for (let start = 0; start < bytes.byteLength; start += SLICE) {
    parser.write(decoder.decode(bytes.subarray(start, start + SLICE), { stream: true }));
  }
  parser.write(decoder.decode());
  parser.close();
  handler.end?.();
}

/** The attribute by local name ('r:id' and 'id' alike when asked for 'r:id'). */
export function attribute(attributes: Readonly<Record<string, string>>, name: string): string | undefined {
  const direct = attributes[name];
  if (direct !== undefined) return direct;
  const local = localName(name);
  const key = Object.keys(attributes).find((candidate) => candidate !== local && localName(candidate) === local);
  return key === undefined ? undefined : attributes[key];
}
