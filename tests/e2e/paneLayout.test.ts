/**
 * The pane as a county sees it in a task pane: 320, 360 and 450 px wide, in Chinese and English, with a
 * 60-indicator return open; every tab without sideways scrolling and with status rows of bounded height; axe-core
 * over every tab state; the main thread's long tasks while a file opens and while a person types (Long Tasks API);
 * the real office.js (from @microsoft/office-js) on the boot path; the message when office.js is unreachable;
 * help.html and the manifest of the build for a host. Screenshots go to test-results/e2e/.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { realCatalog } from '../support/catalog';
import { sampleReturn } from '../../src/cli/sampleReturns';
import { templateWorkbookLayout } from '../../src/core/documents';
import { edit, Form, planOf } from '../support/hardening/damagedReturns';
import { translate, type Locale } from '../../src/core/i18n';
import { recordMeasurement, resultPath } from '../support/e2e/artifacts';
import { buildPane, E2E_HOST, type BuiltPane } from '../support/e2e/buildPane';
import { closeChromium, launchChromium, type Chromium } from '../support/e2e/chromium';
import { serveOfficeJs } from '../support/e2e/officeJs';
import { serveFolder, type StaticServer } from '../support/e2e/staticServer';

const WIDTHS = [320, 360, 450] as const;
const LOCALES: readonly Locale[] = ['zh-CN', 'en-US'];
const TAB_KEYS = ['fill', 'check', 'review', 'annex', 'import'] as const;
/** A status row holds a wrapped name and its status: a few lines, never the 224 px of names one character wide. */
const MAX_STATUS_ROW_PX = 110;
/**
 * Nodes axe flags that are Fluent UI's own, not the pane's (docs/decisions/0033): tabster, Fluent's focus manager,
 * puts focusable aria-hidden <i data-tabster-dummy> elements around focus groups to steer Tab (aria-hidden-focus).
 */
const FLUENT_OWN = (violation: string, html: string) => violation === 'aria-hidden-focus' && html.includes('data-tabster-dummy');
const PASTED = [
  ['序号', '指标名称', '单位', '2020年', '2025年'],
  ['1', '研究与试验发展经费支出占地区生产总值比重', '%', '2.4（预计）', '3.2'],
  ['2', '高新技术企业数', '家', '300', '650以上'],
].map((row) => row.join('\t')).join('\n');

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * What office.js does outside Office that the pane's CSP refuses, on purpose (docs/decisions/0032): its hidden
 * telemetry frame to Microsoft, and the inline style attribute it sets on that frame. Nothing else may be refused.
 */
const OFFICE_JS_REFUSED = ['frame-src https://telemetryservice.firstpartyapps.oaspapps.com', 'style-src-attr inline'];

interface LongTask { start: number; duration: number }

async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth);
}

async function longTasksSince(page: Page, since: number): Promise<LongTask[]> {
  return page.evaluate((from) => (window as unknown as { longTasks: LongTask[] }).longTasks.filter((task) => task.start >= from), since);
}

async function now(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the pane's CSP (rightly) refuses an injected <script>. Once per page, not
  // again for each of the six states a page is checked in: its half megabyte of script is the same each time.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown[]; html: string }> }> }> } }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({ ...violation, nodes: violation.nodes.filter((node) => !FLUENT_OWN(violation.id, node.html)) }))
    .filter((violation) => violation.nodes.length > 0)
    .map((violation) => `${violation.impact} ${violation.id}: ${violation.nodes.map((node) => node.html).join(', ')}`);
}

describe('the pane at task-pane width (e2e)', () => {
  let built: BuiltPane;
  let server: StaticServer;
  let work: string;
  let returnFile: string;

  beforeAll(async () => {
    built = buildPane();
    server = await serveFolder(built.dir);
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'pane-layout-'));
    const loaded = realCatalog();
    const plans = loaded.catalog.plans.filter((plan) => plan.plan.id === 'zj-opinions-2018');
    returnFile = path.join(work, '浙江省2021年报表.xlsx');
    fs.writeFileSync(returnFile, await sampleReturn({ region: { name: '浙江省', code: '330000' }, plans, loaded, reportingYear: 2021, seed: 3, mistakes: ['unit_slip', 'text_in_number'] }));
  }, 400_000);

  afterAll(async () => {
    await closeChromium();
    await server?.close();
    if (work !== undefined) fs.rmSync(work, { recursive: true, force: true });
  });

  /** A page that records long tasks from the start, with the return opened and checked. */
  async function openReturn(browser: Chromium): Promise<Page> {
    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      const tasks: Array<{ start: number; duration: number }> = [];
      (window as unknown as { longTasks: typeof tasks }).longTasks = tasks;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByTestId('file-input').setInputFiles(returnFile);
    await page.locator('[data-status-row]').first().waitFor();
    return page;
  }

  async function showTab(page: Page, locale: Locale, key: (typeof TAB_KEYS)[number]): Promise<void> {
    await page.locator(`#tab-${key}`).click();
    const panel = page.locator(`#panel-${key}`);
    if (key === 'check') {
      await panel.getByRole('button', { name: translate(locale, 'pane.check.run'), exact: true }).click();
      await panel.locator('[role="status"][aria-live]').first().waitFor();
    }
    if (key === 'import') {
      await panel.getByRole('textbox', { name: new RegExp(translate(locale, 'pane.import.paste_label'), 'u') }).fill(PASTED);
      await panel.getByRole('button', { name: translate(locale, 'pane.import.recognise') }).click();
      await panel.getByRole('list', { name: translate(locale, 'pane.import.preview') }).waitFor();
    }
  }

  // One page per language, the return opened once, the pane resized: a county's pane is dragged wider and narrower.
  for (const locale of LOCALES) {
    it(`${locale}: every tab at 320, 360 and 450 px without sideways scrolling, rows of bounded height; axe-core finds nothing serious`, async () => {
      const browser = await launchChromium({ locale, width: 320 });
      try {
        const page = await openReturn(browser);
        const shown = new Set<string>();
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 800 });
          await page.locator('#tab-fill').click();
          const rows = await page.locator('[data-status-row]').evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().height));
          expect(rows.length).toBeGreaterThanOrEqual(60);
          expect({ width, tallestRow: Math.max(...rows) <= MAX_STATUS_ROW_PX ? 'bounded' : Math.max(...rows) }).toEqual({ width, tallestRow: 'bounded' });
          // The plans' search box is as wide as their list: narrower, it cut its placeholder at 320 px (搜索规划名称、地区或年…).
          const search = await page.locator('#panel-fill input[type="search"]').first().evaluate((input) => {
            const box = input.closest('.fui-SearchBox') ?? input;
            return { box: Math.round(box.getBoundingClientRect().width), list: Math.round(box.nextElementSibling?.getBoundingClientRect().width ?? 0), cut: input.scrollWidth > input.clientWidth };
          });
          expect({ width, searchAsWideAsList: search.box >= search.list - 1, cut: search.cut }).toEqual({ width, searchAsWideAsList: true, cut: false });
          // The five tabs on one line: in English at 320 px they wrapped to two, the second line taken for the panel's.
          const tabs = await page.locator('[role="tablist"] [role="tab"]').evaluateAll((elements) => elements.map((element) => {
            const box = element.getBoundingClientRect();
            return { top: Math.round(box.top), width: Math.round(box.width) };
          }));
          const list = await page.locator('[role="tablist"]').evaluate((element) => Math.round(element.getBoundingClientRect().width));
          const tabLines = new Set(tabs.map((tab) => tab.top)).size;
          // On a failure the widths are shown: the list's and each tab's.
          expect({ width, tabLines, ...(tabLines > 1 ? { list, tabs: tabs.map((tab) => tab.width) } : {}) }).toEqual({ width, tabLines: 1 });
          for (const key of TAB_KEYS) {
            if (shown.has(key)) await page.locator(`#tab-${key}`).click();
            else await showTab(page, locale, key);
            shown.add(key);
            await page.screenshot({ path: resultPath(`width-${locale}-${width}-${key}.png`), fullPage: true });
            expect({ width, key, overflow: await overflow(page) }).toEqual({ width, key, overflow: 0 });
            if (width === 360) expect({ key, violations: await axeViolations(page) }).toEqual({ key, violations: [] });
          }
        }
        // The editor a finding's button opens: focused, checked by axe too; closing gives the focus back.
        await page.locator('#tab-check').click();
        const explain = page.locator('#panel-check').getByRole('button', { name: translate(locale, 'pane.finding.explain') }).first();
        await explain.click();
        expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
        expect({ key: 'explain editor', violations: await axeViolations(page) }).toEqual({ key: 'explain editor', violations: [] });
        await page.locator('#panel-check').getByRole('button', { name: translate(locale, 'pane.common.cancel') }).click();
        expect(await page.evaluate(() => document.activeElement?.getAttribute('data-opens'))).toBe('explain');
        await page.close();
      } finally {
        await browser.close();
      }
    }, 240_000);
  }

  it('opening a 60-indicator return and typing an explanation: the main thread\'s long tasks are measured', async () => {
    const browser = await launchChromium({ width: 360 });
    try {
      const page = await browser.context.newPage();
      await page.addInitScript(() => {
        const tasks: Array<{ start: number; duration: number }> = [];
        (window as unknown as { longTasks: typeof tasks }).longTasks = tasks;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
        }).observe({ type: 'longtask', buffered: true });
      });
      await page.goto(`${server.url}/taskpane.html`);
      await page.getByRole('group', { name: '省级规划' }).waitFor();
      const startup = await longTasksSince(page, 0);
      const beforeOpen = await now(page);
      await page.getByTestId('file-input').setInputFiles(returnFile);
      await page.locator('[data-status-row]').first().waitFor();
      const opening = await longTasksSince(page, beforeOpen);
      await page.locator('#tab-check').click();
      await page.locator('#panel-check').getByRole('button', { name: '校验', exact: true }).click();
      await page.locator('#panel-check').getByRole('button', { name: '填写说明' }).first().click();
      const beforeTyping = await now(page);
      await page.keyboard.type('2021年起按新口径统计，数值经核实无误。', { delay: 20 });
      const typing = await longTasksSince(page, beforeTyping);
      const worst = (tasks: LongTask[]) => Math.round(Math.max(0, ...tasks.map((task) => task.duration)));
      const figures = {
        startupLongestMs: worst(startup), startupLongTasks: startup.length,
        openFileLongestMs: worst(opening), openFileLongTasks: opening.length,
        typingLongestMs: worst(typing), typingLongTasks: typing.length,
      };
      recordMeasurement('longTasks', figures);
      console.log(`long tasks: ${JSON.stringify(figures)}`);
      // Typing into the pane never blocks: each key is a small render. Opening a file neither: ExcelJS reads it
      // in the workbook worker, the catalog was parsed in its own (decision 0080).
      expect(figures.typingLongestMs).toBeLessThanOrEqual(100);
      expect(figures.openFileLongestMs).toBeLessThanOrEqual(100);
      await page.close();
    } finally {
      await browser.close();
    }
  }, 120_000);

  it('320 px: a correction refused with a finding of another kind keeps its editor and the typed text (2家 → 1.5 under 零的突破)', async () => {
    // The browser port answers from its worker, so the pane rendered the refused value's own check in between (1.5's
    // count_not_whole in place of 2家's text_number): the finding being corrected, and its open editor, went away.
    const region = { name: '嵊州市', code: '330683' };
    const loaded = realCatalog();
    const plan = planOf('shengzhou-116x-2024-2030', loaded);
    const form = new Form(templateWorkbookLayout({ plans: [plan], region, reportingYear: 2025, merge: false, catalogVersion: loaded.version }).sheets[1]!);
    const file = path.join(work, '嵊州市2025.xlsx');
    fs.writeFileSync(file, await edit(await sampleReturn({ region, plans: [plan], loaded, reportingYear: 2025, seed: 5 }), (sheet) => {
      sheet.getCell(form.actual('shengzhou-116x-2024-2030.chain-leader-enterprises', 2025)).value = '2家';
    }, form.name));
    const browser = await launchChromium({ width: 320 });
    try {
      const page = await browser.context.newPage();
      await page.goto(`${server.url}/taskpane.html`);
      await page.getByTestId('file-input').setInputFiles(file);
      await page.locator('[data-status-row]').first().waitFor();
      await page.locator('#tab-check').click();
      await page.locator('#panel-check').getByRole('button', { name: '校验', exact: true }).click();
      const item = page.locator('#panel-check li', { hasText: '「省级“链主”企业」' }).first();
      await item.getByRole('button', { name: '更正数值' }).click();
      await item.getByRole('textbox').fill('1.5');
      await item.getByRole('button', { name: '保存数值' }).click();
      expect(await page.getByRole('alert').first().textContent()).toMatch(/^“1\.5”不是有效的数值：.*不是个数/u);
      expect(await item.getByRole('textbox').inputValue()).toBe('1.5');
      await page.screenshot({ path: resultPath('width-zh-CN-320-correction-refused.png'), fullPage: true });
      expect(await overflow(page)).toBe(0);
      await page.close();
    } finally {
      await browser.close();
    }
  }, 120_000);

  it('boots with the real office.js (outside Office: browser mode, no warning) and under its CSP', async () => {
    const browser = await launchChromium();
    try {
      const served = await serveOfficeJs(browser.context);
      const page = await browser.context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { cspViolations: string[] }).cspViolations = seen;
        document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
      });
      await page.goto(`${server.url}/taskpane.html`);
      await page.getByRole('tablist').waitFor();
      expect(served).toContain('office.js');
      expect(await page.evaluate(() => typeof (window as unknown as { Office?: { onReady?: unknown } }).Office?.onReady)).toBe('function');
      expect(await page.getByText(translate('zh-CN', 'pane.mode.browser')).isVisible()).toBe(true);
      expect(await page.getByText(translate('zh-CN', 'pane.office.failed')).count()).toBe(0);
      expect(await page.getByText(translate('zh-CN', 'pane.office.timeout')).count()).toBe(0);
      await page.getByRole('group', { name: '省级规划' }).waitFor();
      const refused = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
      expect(refused.filter((violation) => !OFFICE_JS_REFUSED.includes(violation))).toEqual([]);
      expect(errors).toEqual([]);
      await page.screenshot({ path: resultPath('office-js-real.png') });
      await page.close();
    } finally {
      await browser.close();
    }
  }, 60_000);

  it('says within 5 s that office.js cannot be reached, whether it fails or hangs', async () => {
    const browser = await launchChromium();
    try {
      // Fails at once (no network): the message comes with the first render.
      const failing = await browser.context.newPage();
      await failing.goto(`${server.url}/taskpane.html`);
      await failing.getByText(translate('zh-CN', 'pane.office.failed')).waitFor({ timeout: 5000 });
      await failing.close();
      // Hangs (a filtered network that never answers): the page paints at once, and the message comes within 5 s.
      await browser.context.route('https://appsforoffice.microsoft.com/**', () => undefined);
      const hanging = await browser.context.newPage();
      const started = Date.now();
      await hanging.goto(`${server.url}/taskpane.html`, { waitUntil: 'commit' });
      await hanging.getByText(/正在启动/u).waitFor({ timeout: 2000 });
      await hanging.getByText(translate('zh-CN', 'pane.office.timeout')).waitFor({ timeout: 5000 });
      const waited = Date.now() - started;
      recordMeasurement('officeJsUnreachable', { messageAfterMs: waited });
      expect(waited).toBeLessThan(5000);
      await hanging.close();
    } finally {
      await browser.close();
    }
  }, 60_000);

  it('serves help.html with the colour legend; the build\'s manifest points at its host, its pages load only their own versioned files and office.js', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.context.newPage();
      await page.goto(`${server.url}/help.html`);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/使用说明/u);
      const met = page.getByRole('cell', { name: '已达标' });
      expect(await met.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgb(198, 239, 206)');
      await page.close();
    } finally {
      await browser.close();
    }
    const manifest = fs.readFileSync(path.join(built.dir, 'manifest.xml'), 'utf8').replace(/<!--[\s\S]*?-->/gu, '');
    const urls = [...manifest.matchAll(/https:\/\/[^"<\s]+/gu)].map((match) => match[0]);
    const resources = urls.filter((url) => url !== new URL(E2E_HOST).origin);
    expect(resources.length).toBeGreaterThan(5);
    for (const url of resources) expect(url.startsWith(E2E_HOST)).toBe(true);
    for (const url of resources) expect(fs.existsSync(path.join(built.dir, url.slice(E2E_HOST.length)))).toBe(true);
    expect(manifest).not.toMatch(/localhost/u);
    // What the pages load: their own files (relative, under the host), office.js the only URL elsewhere; each file
    // a redeployment changes is named by its content (a hash in the name or ?v=…), so a web view's cache cannot pair
    // a new page with an old stylesheet or boot script.
    for (const page of ['taskpane.html', 'help.html', 'commands.html']) {
      const html = fs.readFileSync(path.join(built.dir, page), 'utf8');
      const loads = [...html.matchAll(/<(?:script|link)\b[^>]*\s(?:src|href)=["']?([^"'\s>]+)/gu)].map((match) => match[1] ?? '');
      expect(loads.length).toBeGreaterThan(0);
      for (const url of loads) {
        if (/^https?:/u.test(url)) {
          expect({ page, url }).toEqual({ page, url: 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js' });
          continue;
        }
        const [file = '', query = ''] = url.split('?');
        expect({ page, url, served: fs.existsSync(path.join(built.dir, file)) }).toEqual({ page, url, served: true });
        if (file.endsWith('.png')) continue;
        expect({ page, url, versioned: /\.[0-9a-f]{8}\.js$/u.test(file) || /^v=[0-9a-f]{8}$/u.test(query) }).toEqual({ page, url, versioned: true });
      }
    }
  }, 60_000);
});
