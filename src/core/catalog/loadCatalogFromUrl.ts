import type { Coded, MessageCode, MessageParams } from '../i18n';
/**
 * A catalog file fetched from a URL (a province publishing its plans' catalog, a city its own). Only https is
 * loaded: a plan file sets the targets every return is judged by, so it must come from where it says it comes
 * from, unaltered on the way (http can be rewritten by anyone in between; file: and data: URLs name no publisher).
 * The text then goes through the same loader as a local file: schema, notation, references, lint. The fetch is
 * given, so core does no I/O of its own and tests need no network.
 */
import { catalogVersion } from './catalogVersion';
import { loadCatalog, type CatalogText, type LoadedCatalog } from './loadCatalog';
import type { CatalogProblem } from './types';

/** What loadCatalogFromUrl needs of a fetch Response (the global fetch's fits). */
export interface FetchedResponse {
  ok: boolean;
  status: number;
  /** The URL after redirects, when the fetch says. */
  url?: string;
  headers?: { get(name: string): string | null };
  body?: ReadableStream<Uint8Array> | null;
  text(): Promise<string>;
}

export type FetchLike = (url: string, init: { redirect: 'follow'; credentials: 'omit' }) => Promise<FetchedResponse>;

/** A plan file is some tens of kilobytes; a megabyte leaves room for the largest plan and refuses anything else. */
export const MAX_CATALOG_BYTES = 1024 * 1024;

export interface UrlLoadOptions {
  maxBytes?: number;
  /** Files loaded with it (the concepts file its indicators refer to). */
  alongside?: readonly CatalogText[];
}

export type FetchedCatalogText = { ok: true; text: CatalogText } | { ok: false; problem: CatalogProblem };

function refused(url: string, code: CatalogProblem['code'], detail: string, reason: Coded): FetchedCatalogText {
  return { ok: false, problem: { file: url, path: '', code, detail, reason } };
}

const reason = (code: MessageCode, params: MessageParams = {}): Coded => ({ code, params });

/** Why a URL is not loaded, or null when it may be. */
function urlProblem(url: string): { detail: string; reason: Coded } | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { detail: `not a URL: ${url}`, reason: reason('catalog.reason.url.invalid', { url }) };
  }
  if (parsed.protocol !== 'https:') return { detail: `only https URLs are loaded, not ${parsed.protocol}`, reason: reason('catalog.reason.url.not_https', { protocol: parsed.protocol }) };
  if (parsed.username !== '' || parsed.password !== '') return { detail: 'a URL carrying a user name or password is not loaded', reason: reason('catalog.reason.url.credentials') };
  return null;
}

/** The body, read no further than `maxBytes` (a server may send more than it declares, or declare nothing). */
async function boundedText(response: FetchedResponse, maxBytes: number): Promise<string | null> {
  const reader = response.body?.getReader();
  if (reader === undefined) {
    const text = await response.text();
    return new TextEncoder().encode(text).byteLength > maxBytes ? null : text;
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (value === undefined) continue;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const joined = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    joined.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder('utf-8').decode(joined);
}

/** The text of a catalog file at `url`, or the problem that stopped it (the file of the problem is the URL). */
export async function fetchCatalogText(url: string, fetchImpl: FetchLike, maxBytes: number = MAX_CATALOG_BYTES): Promise<FetchedCatalogText> {
  const badUrl = urlProblem(url);
  if (badUrl !== null) return refused(url, 'catalog.url_refused', badUrl.detail, badUrl.reason);
  let response: FetchedResponse;
  try {
    response = await fetchImpl(url, { redirect: 'follow', credentials: 'omit' });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return refused(url, 'catalog.fetch_failed', detail, reason('catalog.reason.fetch_failed', { detail }));
  }
  // fetch follows a redirect from https to http: where the text finally came from must be https too.
  const finalUrl = response.url === undefined || response.url === '' ? url : response.url;
  const redirected = urlProblem(finalUrl);
  if (redirected !== null) return refused(url, 'catalog.url_refused', `redirected to ${finalUrl}: ${redirected.detail}`, reason('catalog.reason.url.redirected', { url: finalUrl, problem: redirected.reason }));
  if (!response.ok) return refused(url, 'catalog.fetch_failed', `HTTP ${response.status}`, reason('catalog.reason.http', { status: String(response.status) }));
  const declared = Number(response.headers?.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) return refused(url, 'catalog.too_large', `${declared} bytes declared, over the limit of ${maxBytes}`, reason('catalog.reason.too_large', { limit: maxBytes }));
  let text: string | null;
  try {
    text = await boundedText(response, maxBytes);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return refused(url, 'catalog.fetch_failed', detail, reason('catalog.reason.fetch_failed', { detail }));
  }
  if (text === null) return refused(url, 'catalog.too_large', `more than ${maxBytes} bytes`, reason('catalog.reason.too_large', { limit: maxBytes }));
  return { ok: true, text: { file: url, text } };
}

/**
 * The catalog of a plan (or concepts) file at `url`, loaded with `alongside`: every problem of the URL, the fetch,
 * the size, the YAML or the schema comes back as a CatalogProblem naming the URL; nothing throws.
 */
export async function loadCatalogFromUrl(url: string, fetchImpl: FetchLike, options: UrlLoadOptions = {}): Promise<LoadedCatalog> {
  const alongside = options.alongside ?? [];
  const fetched = await fetchCatalogText(url, fetchImpl, options.maxBytes);
  if (!fetched.ok) {
    const loaded = loadCatalog(alongside);
    return { ...loaded, problems: [fetched.problem, ...loaded.problems], version: catalogVersion(alongside) };
  }
  return loadCatalog([...alongside, fetched.text]);
}
