/**
 * A catalog loaded from a URL sets the targets every return is judged by: it is fetched only over https, only
 * within a size limit, and only kept when it passes the same schema and lint as a local file. A fake fetch
 * stands in for the network (real Response objects, no request leaves the machine); the command line refuses
 * what is not https before any request is made.
 */
import fs from 'node:fs';
import path from 'node:path';
import { catalogFilesIn } from '../../../src/cli/catalogFiles';
import { CATALOG_DIR } from '../../../src/cli/paths';
import {
  isConceptsFileName, loadCatalogFromUrl, MAX_CATALOG_BYTES, type CatalogText, type FetchLike,
} from '../../../src/core/catalog';
import { cli } from '../../support/cli';

const FILES = catalogFilesIn(CATALOG_DIR);
const CONCEPTS: CatalogText[] = FILES.filter((file) => isConceptsFileName(file)).map((file) => ({ file: `catalog/${path.basename(file)}`, text: fs.readFileSync(file, 'utf8') }));
const PLAN_TEXT = fs.readFileSync(path.join(CATALOG_DIR, 'yuecheng-2021-2025.yaml'), 'utf8');
const URL_OK = 'https://kjt.zj.gov.cn/catalog/yuecheng-2021-2025.yaml';

/** A fetch that answers from a table and records what was asked. */
function fakeFetch(answers: Record<string, () => Response>): FetchLike & { asked: string[] } {
  const asked: string[] = [];
  const fetchImpl = async (url: string) => {
    asked.push(url);
    const answer = answers[url];
    if (answer === undefined) throw new TypeError('fetch failed (no such host)');
    return answer();
  };
  return Object.assign(fetchImpl, { asked });
}

/** A Response as a redirect leaves it: the body of the final URL, and that URL. */
function redirectedTo(finalUrl: string, body: string): Response {
  const response = new Response(body, { status: 200 });
  Object.defineProperty(response, 'url', { value: finalUrl });
  return response;
}

describe('loadCatalogFromUrl', () => {
  it('loads a plan file over https, with the concepts beside it, exactly as the local file loads', async () => {
    const fetchImpl = fakeFetch({ [URL_OK]: () => new Response(PLAN_TEXT, { status: 200, headers: { 'content-type': 'application/yaml' } }) });
    const loaded = await loadCatalogFromUrl(URL_OK, fetchImpl, { alongside: CONCEPTS });
    expect(loaded.problems).toEqual([]);
    expect(loaded.catalog.plans.map((plan) => plan.plan.id)).toEqual(['yuecheng-2021-2025']);
    expect(fetchImpl.asked).toEqual([URL_OK]);
  });

  it.each([
    ['http', 'http://kjt.zj.gov.cn/catalog/yuecheng-2021-2025.yaml', /only https URLs are loaded, not http:/u, { code: 'catalog.reason.url.not_https', params: { protocol: 'http:' } }],
    ['file', 'file:///etc/passwd', /only https URLs are loaded, not file:/u, { code: 'catalog.reason.url.not_https', params: { protocol: 'file:' } }],
    ['data', 'data:text/yaml;base64,cGxhbjogMQ==', /only https URLs are loaded, not data:/u, { code: 'catalog.reason.url.not_https', params: { protocol: 'data:' } }],
    ['ftp', 'ftp://example.org/catalog.yaml', /only https URLs are loaded, not ftp:/u, { code: 'catalog.reason.url.not_https', params: { protocol: 'ftp:' } }],
    ['javascript', 'javascript:alert(1)', /only https URLs are loaded, not javascript:/u, { code: 'catalog.reason.url.not_https', params: { protocol: 'javascript:' } }],
    ['a file name, not a URL', 'catalog/yuecheng-2021-2025.yaml', /not a URL/u, { code: 'catalog.reason.url.invalid', params: { url: 'catalog/yuecheng-2021-2025.yaml' } }],
    ['https with a user name and password', 'https://user:secret@kjt.zj.gov.cn/catalog.yaml', /user name or password/u, { code: 'catalog.reason.url.credentials', params: {} }],
  ])('%s: refused without a request', async (_kind, url, detail, reason) => {
    const fetchImpl = fakeFetch({});
    const loaded = await loadCatalogFromUrl(url, fetchImpl, { alongside: CONCEPTS });
    expect(fetchImpl.asked).toEqual([]);
    expect(loaded.catalog.plans).toEqual([]);
    expect(loaded.problems).toEqual([{ file: url, path: '', code: 'catalog.url_refused', detail: expect.stringMatching(detail), reason }]);
  });

  it('refuses what a redirect brought from http', async () => {
    const loaded = await loadCatalogFromUrl(URL_OK, fakeFetch({ [URL_OK]: () => redirectedTo('http://mirror.example/yuecheng.yaml', PLAN_TEXT) }), { alongside: CONCEPTS });
    expect(loaded.catalog.plans).toEqual([]);
    expect(loaded.problems).toEqual([{ file: URL_OK, path: '', code: 'catalog.url_refused', detail: expect.stringContaining('redirected to http://mirror.example/yuecheng.yaml'),
      reason: { code: 'catalog.reason.url.redirected', params: { url: 'http://mirror.example/yuecheng.yaml', problem: { code: 'catalog.reason.url.not_https', params: { protocol: 'http:' } } } },
    }]);
  });

  it('content that is no catalog: each schema problem names the URL, a JSON path and a line', async () => {
    const notes = "plan:\n  id: yuecheng-2021-2025\n  title: 越城\nindicators: 'none'\n";
    const html = '<!DOCTYPE html><html><body>请登录</body></html>';
    for (const body of [notes, html, '{"plan": 1}', '']) {
      const loaded = await loadCatalogFromUrl(URL_OK, fakeFetch({ [URL_OK]: () => new Response(body, { status: 200 }) }), { alongside: CONCEPTS });
      expect(loaded.catalog.plans).toEqual([]);
      expect(loaded.problems.length).toBeGreaterThan(0);
      for (const problem of loaded.problems) {
        expect(problem).toMatchObject({ file: URL_OK, code: expect.stringMatching(/^catalog\.(schema|syntax)$/u) });
        expect(problem.path).toMatch(/^(?:\/[^/]*)*$/u);
        if (body !== '') expect(problem.line).toEqual(expect.any(Number));
      }
    }
  });

  it('a YAML file that multiplies aliases (a "billion laughs") is a problem, not a hang or a crash', async () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const loaded = await loadCatalogFromUrl(URL_OK, fakeFetch({ [URL_OK]: () => new Response(levels.join('\n')) }), { alongside: CONCEPTS });
    expect(loaded.problems).toEqual([expect.objectContaining({ file: URL_OK, code: 'catalog.syntax', detail: expect.stringMatching(/alias/iu), line: expect.any(Number), reason: { code: 'catalog.reason.syntax.alias', params: { code: 'ALIAS' } } })]);
  });

  it('refuses a file over the size limit, whether it declares its size or not, without reading all of it', async () => {
    const declared = await loadCatalogFromUrl(URL_OK, fakeFetch({
      [URL_OK]: () => new Response('plan: x', { headers: { 'content-length': String(MAX_CATALOG_BYTES * 50) } }),
    }), { alongside: CONCEPTS });
    expect(declared.problems).toEqual([{ file: URL_OK, path: '', code: 'catalog.too_large', detail: expect.stringContaining('declared'),
      reason: { code: 'catalog.reason.too_large', params: { limit: MAX_CATALOG_BYTES } } }]);

    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new TextEncoder().encode('# '.padEnd(64 * 1024, 'x')));
      },
    });
    const streamed = await loadCatalogFromUrl(URL_OK, fakeFetch({ [URL_OK]: () => new Response(endless) }), { alongside: CONCEPTS });
    expect(streamed.problems).toEqual([{ file: URL_OK, path: '', code: 'catalog.too_large', detail: `more than ${MAX_CATALOG_BYTES} bytes`,
      reason: { code: 'catalog.reason.too_large', params: { limit: MAX_CATALOG_BYTES } } }]);
    expect(pulled).toBeLessThan(40);
  });

  it('an HTTP error or a network failure is a problem naming the URL', async () => {
    const notFound = await loadCatalogFromUrl(URL_OK, fakeFetch({ [URL_OK]: () => new Response('not found', { status: 404 }) }));
    expect(notFound.problems).toEqual([{ file: URL_OK, path: '', code: 'catalog.fetch_failed', detail: 'HTTP 404', reason: { code: 'catalog.reason.http', params: { status: '404' } } }]);
    const offline = await loadCatalogFromUrl('https://offline.example/catalog.yaml', fakeFetch({}));
    expect(offline.problems).toEqual([{ file: 'https://offline.example/catalog.yaml', path: '', code: 'catalog.fetch_failed', detail: 'fetch failed (no such host)',
      reason: { code: 'catalog.reason.fetch_failed', params: { detail: 'fetch failed (no such host)' } } }]);
  });
});

describe('plan-indicators catalog lint <url>', () => {
  it('refuses http, file and data URLs before any request, one line each naming the URL, exit 2', async () => {
    const urls = ['http://kjt.zj.gov.cn/catalog.yaml', 'file:///etc/passwd', 'data:text/yaml,plan: 1'];
    const result = await cli(['catalog', 'lint', ...urls]);
    expect(result.status).toBe(2);
    for (const url of urls) expect(result.stdout).toContain(`${url}: /: catalog.url_refused: 只读取 https 网址，不读取 ${new URL(url).protocol} 网址。`);
  });
});
