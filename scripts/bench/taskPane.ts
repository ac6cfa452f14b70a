import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { PACKAGE_ROOT } from '../../src/cli/paths';

const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

function serve(dir: string): Promise<{ url: string; close: () => void }> {
  const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.png': 'image/png', '.css': 'text/css' };
  const server = http.createServer((request, response) => {
    const file = path.join(dir, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    resolve({ url: `http://127.0.0.1:${port}`, close: () => server.close() });
  }));
}

/** Raw and gzip size of the scripts taskpane.html loads before anything else (office.js excluded), and first render. */
export async function taskPaneFigures(): Promise<string[]> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'pane-bench-'));
  execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', '--output-path', out], { cwd: PACKAGE_ROOT, stdio: 'ignore' });
  const html = fs.readFileSync(path.join(out, 'taskpane.html'), 'utf8');
  // The production build minifies taskpane.html: attributes may be unquoted.
  const initial = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/gu)].map((match) => match[1] ?? '').filter((src) => !/^https?:/u.test(src));
  const sizes = initial.map((src) => fs.readFileSync(path.join(out, src.replace(/^\//u, ''))));
  const raw = sizes.reduce((sum, buffer) => sum + buffer.byteLength, 0);
  const gzip = sizes.reduce((sum, buffer) => sum + zlib.gzipSync(buffer, { level: 9 }).byteLength, 0);
  const all = fs.readdirSync(out).filter((name) => name.endsWith('.js'));
  const allRaw = all.reduce((sum, name) => sum + fs.statSync(path.join(out, name)).size, 0);

  const server = await serve(out);
  const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  const renders: number[] = [];
  try {
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}/taskpane.html`);
      await page.waitForSelector('[role="tablist"]', { timeout: 30_000 });
      renders.push(await page.evaluate(() => performance.now()));
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
    fs.rmSync(out, { recursive: true, force: true });
  }
  const median = [...renders].sort((a, b) => a - b)[Math.floor(renders.length / 2)] ?? NaN;
  return [
    'Production build (`npx webpack --mode production`), office.js excluded (it comes from the CDN).',
    '',
    '| measure | value |',
    '| --- | --- |',
    `| initial scripts of taskpane.html (${initial.length}): raw | ${(raw / 1024).toFixed(0)} KB |`,
    `| initial scripts: gzip (aim < 300 KB) | ${(gzip / 1024).toFixed(0)} KB |`,
    `| every script of the build, lazy chunks included: raw | ${(allRaw / 1024).toFixed(0)} KB |`,
    `| first render in headless Chromium (tab list visible; median of 5, served from localhost, browser mode) | ${median.toFixed(0)} ms |`,
  ];
}
