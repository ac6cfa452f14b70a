/**
 * @jest-environment jsdom
 */
/**
 * The boot script runs where the bundle cannot (Internet Explorer 11, EdgeHTML): it must parse as ES5, and where
 * the bundle cannot run it must put a Chinese message saying what to do in place of a blank pane.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'acorn';
import { PACKAGE_ROOT } from '../../src/cli/paths';

const BOOT = fs.readFileSync(path.join(PACKAGE_ROOT, 'src', 'taskpane', 'static', 'boot.js'), 'utf8');

function runBoot(): void {
  // A classic script, as the page runs it (jest's jsdom runs inserted scripts).
  const script = document.createElement('script');
  script.textContent = BOOT;
  document.head.appendChild(script);
  script.remove();
}

describe('the boot script', () => {
  it('parses as ES5, as Internet Explorer 11 parses it', () => {
    expect(() => parse(BOOT, { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
  });

  it('the ES5 check fails on ES2015 syntax (the test can fail)', () => {
    expect(() => parse('const x = () => 1;', { ecmaVersion: 5, sourceType: 'script' })).toThrow();
  });

  it('where the bundle cannot run, says in Chinese what to do instead', () => {
    document.body.innerHTML = '<main id="root"></main>';
    const saved = Array.prototype.flatMap;
    // An old web view: no Array.prototype.flatMap (EdgeHTML 18, Internet Explorer 11).
    Object.defineProperty(Array.prototype, 'flatMap', { value: undefined, configurable: true, writable: true });
    try {
      runBoot();
    } finally {
      Object.defineProperty(Array.prototype, 'flatMap', { value: saved, configurable: true, writable: true });
    }
    const text = document.getElementById('root')?.textContent ?? '';
    expect(text).toContain('当前 Office 版本无法运行本加载项');
    expect(text).toContain('.xlsx 填报表');
    expect(text).toContain('浏览器模式');
    expect(text).toContain('Office 2021');
    expect(document.querySelector('[role="alert"]')).not.toBeNull();
  });

  it('leaves the pane alone where the bundle runs, and records office.js loading or failing', () => {
    document.body.innerHTML = '<main id="root"><p>正在启动</p></main><script id="office-js"></script>';
    runBoot();
    expect(document.getElementById('root')?.textContent).toBe('正在启动');
    const boot = (window as unknown as { planPaneBoot: { office: string } }).planPaneBoot;
    expect(boot.office).toBe('loading');
    document.getElementById('office-js')?.dispatchEvent(new Event('error'));
    expect(boot.office).toBe('failed');
  });
});
