/**
 * A part of the package read as a stream of XML events by saxes (a maintained, non-validating streaming
 * parser that never fetches or expands external entities). Elements arrive by local name (prefix removed:
 * some writers store 'x:c'), with their attributes; the bytes are decoded a slice at a time, so that no part
 * is held as one large string.
 */
import { SaxesParser } from 'saxes';

export interface XmlHandler {
  /** `namespace`: the element's namespace URI as its prefix (or the default) is bound where it stands; '' when unbound. */
  open(name: string, attributes: Readonly<Record<string, string>>, namespace: string): void;
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

/** The spreadsheet's own namespace, transitional and strict: what office suites read cells and texts from. */
export const SPREADSHEET_NAMESPACES: ReadonlySet<string> = new Set(['http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://purl.oclc.org/ooxml/spreadsheetml/main']);

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

/** The namespaces bound where an element stands: the default one and the prefixed ones. */
class Bindings {
  static readonly none = new Bindings('', new Map());

  private constructor(private readonly defaultUri: string, private readonly prefixes: ReadonlyMap<string, string>, readonly declared = 0) {}

  /** These bindings with an element's own declarations (xmlns, xmlns:p) applied; the same object when it has none. */
  within(attributes: Readonly<Record<string, string>>): Bindings {
    let defaultUri = this.defaultUri;
    let prefixes: Map<string, string> | null = null;
    let declared = 0;
    for (const key in attributes) {
      if (!key.startsWith('xmlns')) continue;
      const uri = attributes[key] ?? '';
      if (key.length === 5) defaultUri = uri;
      else if (key[5] === ':') (prefixes ??= new Map(this.prefixes)).set(key.slice(6), uri);
      else continue;
      declared += 1;
    }
    return declared === 0 ? this : new Bindings(defaultUri, prefixes ?? this.prefixes, declared);
  }

  uriOf(name: string): string {
    const colon = name.indexOf(':');
    return colon === -1 ? this.defaultUri : (this.prefixes.get(name.slice(0, colon)) ?? '');
  }
}

/** How many times `xmlns` occurs in the bytes: when all are on the root element, its bindings hold everywhere. */
function declarationsIn(bytes: Uint8Array): number {
  let count = 0;
  for (let at = bytes.indexOf(0x78); at !== -1; at = bytes.indexOf(0x78, at + 1)) {
    if (bytes[at + 1] === 0x6d && bytes[at + 2] === 0x6c && bytes[at + 3] === 0x6e && bytes[at + 4] === 0x73) count += 1;
  }
  return count;
}

/** One handler doing what each of `handlers` does, in their order: a part that several readers need is parsed once. */
function together(handlers: readonly XmlHandler[]): XmlHandler {
  const [only] = handlers;
  if (handlers.length === 1 && only !== undefined) return only;
  const texts = handlers.flatMap((handler) => (handler.text === undefined ? [] : [handler.text.bind(handler)]));
  const closes = handlers.flatMap((handler) => (handler.close === undefined ? [] : [handler.close.bind(handler)]));
  return {
    open(name, attributes, namespace) {
      for (const handler of handlers) handler.open(name, attributes, namespace);
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
  // Namespaces are followed element by element only in a part that declares one below its root (rare: extensions);
  // otherwise the root's bindings are looked up and nothing is kept per element.
  const declarations = declarationsIn(bytes);
  let bindings = Bindings.none;
  let followed = true;
  const outer: Bindings[] = [];
  parser.on('opentag', (tag) => {
    const attributes = tag.attributes as Record<string, string>;
    if (followed) {
      outer.push(bindings);
      bindings = bindings.within(attributes);
      if (outer.length === 1 && bindings.declared === declarations) followed = false;
    }
    handler.open(localName(tag.name), attributes, bindings.uriOf(tag.name));
  });
  const { text, close } = handler;
  if (text !== undefined) {
    parser.on('text', (value) => text(ownString(value)));
    parser.on('cdata', (value) => text(ownString(value)));
  }
  // saxes keeps one listener per event: the bindings are restored in the same one that tells the handler.
  parser.on('closetag', (tag) => {
    close?.(localName(tag.name));
    if (followed) bindings = outer.pop() ?? Bindings.none;
  });
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
