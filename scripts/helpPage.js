/**
 * What help.html takes from the product itself, so the help page cannot drift from the sheets and the pane:
 * the status names (zh-CN locale table), their meanings (the cover sheet's legend) and colours (the palette).
 */
require('tsx/cjs/api').register();
const { STATUS_SWATCH } = require('../src/core/layout/palette.ts');
const { COVER } = require('../src/core/form/labels.ts');
const { translate } = require('../src/core/i18n/index.ts');

function statusLegend() {
  return Object.keys(STATUS_SWATCH).map((key) => ({ key, name: translate('zh-CN', `pane.status.${key}`), meaning: COVER.legend[key] }));
}

function swatchCss() {
  return Object.entries(STATUS_SWATCH)
    .map(([key, swatch]) => `.swatch-${key} { background: ${swatch.fill}; color: ${swatch.font}; white-space: nowrap; }`)
    .join('\n');
}

/**
 * The opening words of what the pane says when office.js cannot be had, as help.html quotes them: a user looks up
 * the words on the screen, so the page quotes the locale table, never its own paraphrase.
 */
function officeMessages() {
  const opening = (code) => translate('zh-CN', code).split('，')[0];
  return { failed: opening('pane.office.failed'), timeout: opening('pane.office.timeout') };
}

module.exports = { officeMessages, statusLegend, swatchCss };
