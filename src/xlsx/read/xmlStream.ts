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
}

/** Thrown by a handler to end reading early (a limit passed); readXml lets it through. */
export class StopReading extends Error {}

const SLICE = 256 * 1024;

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** Reads `bytes` as XML into the handler; throws on XML that is not well formed. */
export function readXml(bytes: Uint8Array, handler: XmlHandler): void {
  const parser = new SaxesParser({ position: false });
  parser.on('opentag', (tag) => handler.open(localName(tag.name), tag.attributes as Record<string, string>));
  const { text, close } = handler;
  if (text !== undefined) {
    parser.on('text', (value) => text(value));
    parser.on('cdata', (value) => text(value));
  }
  if (close !== undefined) parser.on('closetag', (tag) => close(localName(tag.name)));
  const decoder = new TextDecoder('utf-8');
  for (let start = 0; start < bytes.byteLength; start += SLICE) {
    parser.write(decoder.decode(bytes.subarray(start, start + SLICE), { stream: true }));
  }
  parser.write(decoder.decode());
  parser.close();
}

/** The attribute by local name ('r:id' and 'id' alike when asked for 'r:id'). */
export function attribute(attributes: Readonly<Record<string, string>>, name: string): string | undefined {
  const direct = attributes[name];
  if (direct !== undefined) return direct;
  const local = localName(name);
  const key = Object.keys(attributes).find((candidate) => candidate !== local && localName(candidate) === local);
  return key === undefined ? undefined : attributes[key];
}
