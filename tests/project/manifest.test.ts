import fs from 'node:fs';
import path from 'node:path';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { PACKAGE_ROOT } from '../../src/cli/paths';
import { translate } from '../../src/core/i18n';
// The function the webpack build applies for `--env host=…` (webpack.config.js): what it writes is validated here.
import { manifestForHost } from '../../scripts/manifestForHost';

/** The XML manifest checked offline: what `office-addin-manifest validate` would reject, without its online service. */
const source = fs.readFileSync(path.join(PACKAGE_ROOT, 'manifest.xml'), 'utf8');
const HOST = 'https://tjj.example.gov.cn/addin/';
const MANIFESTS = [
  { name: 'manifest.xml (development, https://localhost:3000/)', text: source, base: 'https://localhost:3000/' },
  { name: `the production build's manifest for ${HOST}`, text: manifestForHost(source, HOST), base: HOST },
];

function parse(xml: string) {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => { if (level !== 'warning') errors.push(message); } }).parseFromString(xml, 'text/xml');
  return { doc, errors };
}

const children = (element: Element) => Array.from(element.childNodes).filter((node): node is Element => node.nodeType === 1);

/** The files dist/ holds for each URL path of the manifest (the built pages come from these sources). */
const SERVED: Record<string, string> = {
  'taskpane.html': 'src/taskpane/taskpane.html',
  'commands.html': 'src/commands/commands.html',
  'help.html': 'src/taskpane/help.html',
};

describe.each(MANIFESTS)('$name', ({ text, base }) => {
  const { doc, errors } = parse(text);
  const root = doc.documentElement!;
  const all = (name: string) => Array.from(doc.getElementsByTagName(name));

  it('is well-formed XML with an OfficeApp task-pane root', () => {
    expect(errors).toEqual([]);
    expect(root.localName).toBe('OfficeApp');
    expect(root.getAttribute('xsi:type')).toBe('TaskPaneApp');
  });

  it('has a GUID id', () => {
    const id = all('Id')[0]?.textContent ?? '';
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu);
  });

  // Office takes a redeployed manifest (admin center, shared folder) as an update only when its Version is higher:
  // one number for a release, package.json's, four parts as the schema wants (n.n.n.n, each 0–65535).
  it('carries the release version of package.json', () => {
    const version = all('Version')[0]?.textContent ?? '';
    const release = (JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    expect(version).toMatch(/^\d{1,5}(?:\.\d{1,5}){3}$/u);
    expect(version).toBe(`${release.replace(/[-+].*$/u, '')}.0`);
  });

  it('keeps the element order the schema requires', () => {
    const order = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl',
      'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'VersionOverrides'];
    const present = children(root).map((element) => element.localName);
    expect(present).toEqual(order.filter((name) => present.includes(name)));
    expect(present).toEqual(expect.arrayContaining(['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'Hosts', 'DefaultSettings', 'Permissions']));
  });

  it('uses https for every URL', () => {
    const urls = [...text.matchAll(/(?:DefaultValue|Value)="(\w+:\/\/[^"]+)"/gu)].map((match) => match[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https:\/\//u);
    for (const domain of all('AppDomain')) expect(domain.textContent).toMatch(/^https:\/\//u);
  });

  it('asks only for ExcelApi 1.1, so every Excel with the Excel API opens the pane (which gates the rest itself)', () => {
    const sets = all('Set').map((element) => `${element.getAttribute('Name')} ${element.getAttribute('MinVersion')}`);
    expect(sets).toEqual(['ExcelApi 1.1']);
    expect(all('Host').map((host) => host.getAttribute('Name') ?? host.getAttribute('xsi:type'))).toContain('Workbook');
  });

  it('puts every URL under the host that serves dist/, each naming a file the build writes', () => {
    const urls = [...text.matchAll(/(?:DefaultValue|Value)="(\w+:\/\/[^"]+)"/gu)].map((match) => match[1] ?? '');
    for (const url of urls) {
      expect(url.startsWith(base)).toBe(true);
      const file = url.slice(base.length);
      expect(fs.existsSync(path.join(PACKAGE_ROOT, SERVED[file] ?? file))).toBe(true);
    }
    expect(urls.map((url) => url.slice(base.length))).toEqual(expect.arrayContaining(['help.html', 'taskpane.html']));
    expect(all('SupportUrl')[0]?.getAttribute('DefaultValue')).toBe(`${base}help.html`);
    expect(all('AppDomain').map((domain) => domain.textContent)).toEqual([new URL(base).origin]);
  });

  it('is named as the pane names itself', () => {
    const name = all('DisplayName')[0];
    expect(name?.getAttribute('DefaultValue')).toBe(translate('zh-CN', 'pane.title'));
    expect(Array.from(name?.getElementsByTagName('Override') ?? []).map((override) => override.getAttribute('Value'))).toEqual([translate('en-US', 'pane.title')]);
  });

  it('puts a button on the Home tab that opens the task pane', () => {
    const tab = all('OfficeTab')[0];
    expect(tab?.getAttribute('id')).toBe('TabHome');
    const action = all('Action').find((element) => element.getAttribute('xsi:type') === 'ShowTaskpane');
    expect(action).toBeDefined();
  });

  it('has every icon it names, at the size it names', () => {
    const icons = all('bt:Image').filter((element) => element.getAttribute('DefaultValue'));
    const sizes = new Set<number>();
    for (const icon of [...icons, ...all('IconUrl'), ...all('HighResolutionIconUrl')]) {
      const url = icon.getAttribute('DefaultValue') ?? '';
      const file = path.join(PACKAGE_ROOT, url.slice(base.length));
      expect(fs.existsSync(file)).toBe(true);
      const png = fs.readFileSync(file);
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      const width = png.readUInt32BE(16);
      const height = png.readUInt32BE(20);
      expect(width).toBe(height);
      const named = /icon-(\d+)\.png$/u.exec(url);
      if (named) expect(width).toBe(Number(named[1]));
      sizes.add(width);
    }
    for (const size of [16, 32, 64, 80]) expect(sizes).toContain(size);
  });

  // The schema's lengths (ShortString 125, LongString 250, URL 2048): Office refuses a manifest past them.
  it('keeps every text and URL within the lengths the schema allows', () => {
    const LIMITS: Array<[Element[], number]> = [
      // DisplayName and Description of the add-in (those inside VersionOverrides name a resid instead).
      [all('DisplayName').filter((element) => element.hasAttribute('DefaultValue')), 125],
      [all('Description').filter((element) => element.hasAttribute('DefaultValue')), 250],
      [Array.from(all('bt:ShortStrings')[0]?.getElementsByTagName('bt:String') ?? []), 125],
      [Array.from(all('bt:LongStrings')[0]?.getElementsByTagName('bt:String') ?? []), 250],
    ];
    for (const [elements, limit] of LIMITS) {
      expect(elements.length).toBeGreaterThan(0);
      for (const element of elements) {
        const values = [element.getAttribute('DefaultValue') ?? '', ...children(element).map((override) => override.getAttribute('Value') ?? '')];
        for (const value of values) expect({ value, fits: value.length > 0 && value.length <= limit }).toEqual({ value, fits: true });
      }
    }
    for (const match of text.matchAll(/="(https:\/\/[^"]+)"/gu)) expect((match[1] ?? '').length).toBeLessThanOrEqual(2048);
  });

  it('resolves every resid it uses', () => {
    const ids = new Set(all('*').map((element) => element.getAttribute('id')).filter(Boolean));
    const used = all('*').map((element) => element.getAttribute('resid')).filter((value): value is string => Boolean(value));
    expect(used.length).toBeGreaterThan(5);
    for (const resid of used) expect(ids).toContain(resid);
  });
});

describe('manifestForHost', () => {
  it('refuses a host Office would not load from', () => {
    expect(() => manifestForHost(source, 'http://tjj.example.gov.cn/addin/')).toThrow(/https/u);
    expect(() => manifestForHost(source, 'tjj.example.gov.cn')).toThrow(/https URL/u);
  });

  it('refuses a page given for the folder (…/addin/taskpane.html), which would point every URL at …/taskpane.html/…', () => {
    for (const page of ['https://tjj.example.gov.cn/addin/taskpane.html', 'https://tjj.example.gov.cn/addin/manifest.xml']) {
      expect(() => manifestForHost(source, page)).toThrow(/folder that serves dist\/.*not a file in it/u);
    }
    expect(manifestForHost(source, 'https://tjj.example.gov.cn/addin.v2/')).toContain('"https://tjj.example.gov.cn/addin.v2/taskpane.html"');
  });

  it('says in the deployed manifest where it points, not the dev server', () => {
    const comments = [...manifestForHost(source, HOST).matchAll(/<!--([\s\S]*?)-->/gu)].map((match) => match[1] ?? '');
    expect(comments.join('\n')).not.toMatch(/localhost|dev server|npm start/u);
    expect(comments.join('\n')).toContain(HOST);
  });

  it('adds the trailing slash a folder needs', () => {
    expect(manifestForHost(source, 'https://tjj.example.gov.cn/addin')).toContain('"https://tjj.example.gov.cn/addin/taskpane.html"');
  });
});
