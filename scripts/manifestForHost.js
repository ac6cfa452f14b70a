/**
 * manifest.xml for the host that serves dist/: every URL of the development manifest (https://localhost:3000/…)
 * moved under `host` (an https URL ending in '/'), the AppDomain set to its origin. Used by the webpack build
 * (`--env host=…`) and by the manifest test, which validates what it writes.
 */
const DEV_BASE = 'https://localhost:3000/';

function normalisedHost(host) {
  let url;
  try {
    url = new URL(host);
  } catch {
    throw new Error(`--env host must be an https URL such as https://intranet.example.gov.cn/addin/, got "${host}"`);
  }
  if (url.protocol !== 'https:') throw new Error(`Office loads add-ins only over https; --env host was "${host}"`);
  if (url.search !== '' || url.hash !== '') throw new Error(`--env host must have no query or fragment, got "${host}"`);
  // The folder that holds taskpane.html, not a page in it: …/addin/taskpane.html/taskpane.html would answer nothing.
  if (/\.(?:html?|xml|js|css|png|aspx?|php)$/iu.test(url.pathname)) throw new Error(`--env host must be the folder that serves dist/ (such as https://intranet.example.gov.cn/addin/), not a file in it: "${host}"`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

function manifestForHost(xml, host) {
  const base = normalisedHost(host);
  const origin = new URL(base).origin;
  // The development manifest's opening comment speaks of the dev server: the deployed one says where it points.
  const moved = xml
    .replace(/<!--[\s\S]*?-->/u, `<!-- 科技规划指标填报与校验 · S&T plan indicators: built for ${base} (docs/deploy.md). Redeploying? Keep <Id>, raise <Version>. -->`)
    .split(`<AppDomain>${DEV_BASE.slice(0, -1)}</AppDomain>`).join(`<AppDomain>${origin}</AppDomain>`)
    .split(DEV_BASE).join(base);
  if (moved.replace(/<!--[\s\S]*?-->/gu, '').includes('localhost')) throw new Error('manifest.xml still names localhost after moving it to the host');
  return moved;
}

module.exports = { DEV_BASE, manifestForHost, normalisedHost };
