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

module.exports = { statusLegend, swatchCss };
