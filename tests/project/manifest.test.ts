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

  it('adds the trailing slash a folder needs', () => {
    expect(manifestForHost(source, 'https://tjj.example.gov.cn/addin')).toContain('"https://tjj.example.gov.cn/addin/taskpane.html"');
  });
});
