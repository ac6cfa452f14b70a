/**
 * Debian's Chromium, headless, driven by playwright-core, with a fresh profile each time and nothing that phones
 * home. Host names other than 127.0.0.1 resolve to nothing, so the office.js CDN fails at once, as it does on a
 * machine without network (and the test never depends on one).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

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
  downloads: string;
  close(): Promise<void>;
}

/** A missing Chromium fails the e2e tests with what to install: they never skip. */
export async function launchChromium(options: { locale?: string; width?: number } = {}): Promise<Chromium> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it (apt-get install chromium, as scripts/install-system-packages.sh does) or set CHROMIUM_PATH`);
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'pane-chromium-'));
  const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'pane-downloads-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    acceptDownloads: true,
    downloadsPath: downloads,
    locale: options.locale ?? 'zh-CN',
    viewport: { width: options.width ?? 420, height: 900 },
  });
  return {
    context,
    downloads,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
      fs.rmSync(downloads, { recursive: true, force: true });
    },
  };
}
