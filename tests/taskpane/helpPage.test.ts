/**
 * help.html as the build writes it (the same template and parameters as webpack.config.js): what it quotes in
 * “…” is what the product shows — a button, a status, a message of the pane or the boot script —, so a user who
 * looks up the words on the screen finds them. It quoted “未能连接 Office”, which the pane never says.
 */
import fs from 'node:fs';
import path from 'node:path';
import template from 'lodash/template';
import { PACKAGE_ROOT } from '../../src/cli/paths';
import { zhCN } from '../../src/core/i18n/zh-CN';
// The functions the build gives the template (webpack.config.js).
import { officeMessages, statusLegend } from '../../scripts/helpPage';

const read = (file: string) => fs.readFileSync(path.join(PACKAGE_ROOT, file), 'utf8');
const page = template(read('src/taskpane/help.html'))({ legend: statusLegend(), office: officeMessages(), stylesheet: 'help.css' });
/** What the product puts on a screen: the locale table, the boot script's message, the ribbon's labels. */
const SHOWN = [...Object.values(zhCN), read('src/taskpane/static/boot.js'), read('manifest.xml')];
/** Excel's own words, not ours. */
const EXCEL_OWN = ['开始'];

describe('help.html', () => {
  const quoted = [...page.replace(/<[^>]+>/gu, '').matchAll(/“([^”]+)”/gu)].map((match) => match[1] ?? '');

  it('quotes only words the product shows', () => {
    expect(quoted.length).toBeGreaterThan(5);
    for (const words of quoted) {
      expect({ words, shown: EXCEL_OWN.includes(words) || SHOWN.some((text) => text.includes(words)) }).toEqual({ words, shown: true });
    }
  });

  it('names both messages of an unreachable office.js as the pane words them', () => {
    expect(quoted).toEqual(expect.arrayContaining(['未能载入 office.js', 'Office 在 5 秒内没有响应（office.js 无法访问或过慢）']));
  });
});
