/**
 * Debian's Chromium, headless, driven by playwright-core, with nothing that phones home. One browser per test file,
 * started when first asked for; each `launchChromium` is a new context of it, as fresh as a new profile (no storage,
 * cache or permissions shared with another context) without a browser start each time (about 2 s of CPU).
 * Host names other than 127.0.0.1 resolve to nothing, so the office.js CDN fails at once, as it does on a machine
 * without network (and the test never depends on one).
 */
import fs from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

export interface Chromium {
  context: BrowserContext;
  close(): Promise<void>;
}

let started: Promise<Browser> | undefined;

/** A missing Chromium fails the e2e tests with what to install: they never skip. */
function browser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it (apt-get install chromium, as scripts/install-system-packages.sh does) or set CHROMIUM_PATH`);
  }
  started ??= chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
  return started;
}

export async function launchChromium(options: { locale?: string; width?: number } = {}): Promise<Chromium> {
  const context = await (await browser()).newContext({
    acceptDownloads: true,
    locale: options.locale ?? 'zh-CN',
    viewport: { width: options.width ?? 420, height: 900 },
  });
  return { context, close: () => context.close() };
}

/** Ends the file's browser (each e2e file's afterAll). */
export async function closeChromium(): Promise<void> {
  const running = started;
  started = undefined;
  if (running !== undefined) await (await running).close();
}
