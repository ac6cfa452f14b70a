/**
 * The real office.js, from Microsoft's package @microsoft/office-js (a dev dependency, never shipped), served to
 * the e2e browser in place of the CDN by route interception: the pane's real boot path runs. Outside Office it
 * resolves Office.onReady with host null, and loads its other files from its own folder, served here too.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { PACKAGE_ROOT } from '../../../src/cli/paths';

export const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const OFFICE_JS_DIST = path.join(PACKAGE_ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');

export async function serveOfficeJs(context: BrowserContext): Promise<string[]> {
  const served: string[] = [];
  await context.route(`${OFFICE_JS_CDN}**`, async (route) => {
    const rest = decodeURIComponent(new URL(route.request().url()).pathname.replace('/lib/1/hosted/', ''));
    const file = path.resolve(OFFICE_JS_DIST, rest);
    if (!file.startsWith(OFFICE_JS_DIST + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      await route.fulfill({ status: 404, body: 'not found' });
      return;
    }
    served.push(rest);
    await route.fulfill({ status: 200, contentType: file.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'application/octet-stream', body: fs.readFileSync(file) });
  });
  return served;
}
