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
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

function manifestForHost(xml, host) {
  const base = normalisedHost(host);
  const origin = new URL(base).origin;
  const moved = xml
    .split(`<AppDomain>${DEV_BASE.slice(0, -1)}</AppDomain>`).join(`<AppDomain>${origin}</AppDomain>`)
    .split(DEV_BASE).join(base);
  if (moved.replace(/<!--[\s\S]*?-->/gu, '').includes('localhost')) throw new Error('manifest.xml still names localhost after moving it to the host');
  return moved;
}

module.exports = { DEV_BASE, manifestForHost, normalisedHost };
