/*
 * The pane's boot check, in ES5 so that every web view Office uses can parse it (Internet Explorer 11 and
 * EdgeHTML in volume-licensed Office 2016/2019 cannot parse the ES2022 bundle). It runs before the bundle:
 *  - where the bundle cannot run, it replaces the pane with a message saying what to do instead;
 *  - it records whether office.js (loaded async, so it never blocks the first paint) arrived or failed, for
 *    the bundle to read as window.planPaneBoot.office: 'loading' | 'loaded' | 'failed'.
 * A test parses this file as ES5 (tests/taskpane/bootScript.test.ts). Keep it small; no build step touches it.
 */
(function () {
  var boot = { office: 'loading', started: false, unsupported: false, listeners: [] };
  window.planPaneBoot = boot;

  function settle(state) {
    if (boot.office !== 'loading') return;
    boot.office = state;
    for (var i = 0; i < boot.listeners.length; i++) boot.listeners[i](state);
  }

  // office.js is the <script id="office-js" async> after this one: its load and error events do not bubble,
  // but a capturing listener on the document sees them.
  function watch(type, state) {
    document.addEventListener(type, function (event) {
      var target = event.target;
      if (target && target.id === 'office-js') settle(state);
    }, true);
  }
  watch('load', 'loaded');
  watch('error', 'failed');

  function canRunBundle() {
    return typeof Promise === 'function' && typeof Symbol === 'function' && typeof Map === 'function'
      && typeof Proxy === 'function' && typeof Object.fromEntries === 'function'
      && typeof Array.prototype.flatMap === 'function' && typeof globalThis === 'object';
  }

  var MESSAGE = [
    '<h1 style="font-size:18px;margin:0 0 8px">科技规划指标填报：当前 Office 版本无法运行本加载项</h1>',
    '<p>这台电脑上的 Office 使用旧的网页组件（Internet Explorer 或旧版 Edge）显示加载项，本加载项无法在其中运行。您可以：</p>',
    '<ol style="padding-left:1.4em">',
    '<li><b>直接使用 .xlsx 填报表</b>：向上级统计部门索取本地区的填报表，用 Excel 或 WPS 打开填写。表内自带数据校验和按完成进度着色，不需要加载项。</li>',
    '<li><b>使用浏览器模式</b>：用新版 Edge、Chrome 或 360 浏览器（极速模式）打开本页面地址，打开、校验并下载 .xlsx 报表。</li>',
    '<li><b>升级 Office</b>：Microsoft 365 或 Office 2021 及以上版本可在 Excel 中直接使用本加载项。请联系本单位信息化部门。</li>',
    '</ol>',
    '<p lang="en" style="color:#555;font-size:12px">This version of Office shows add-ins in an old web view that cannot run this pane. ',
    'Use the .xlsx returns directly, open this page in a current browser (browser mode), or use Microsoft 365 / Office 2021 or later.</p>'
  ].join('');

  function showMessage() {
    var root = document.getElementById('root');
    if (!root) return;
    root.innerHTML = '<div role="alert" style="padding:12px;font-size:14px;line-height:1.6">' + MESSAGE + '</div>';
  }

  // A bundle that fails to parse reports a SyntaxError here before it could start.
  window.addEventListener('error', function (event) {
    if (!boot.started && event && event.message && /SyntaxError|Syntax error|语法错误/i.test(String(event.message))) {
      boot.unsupported = true;
      showMessage();
    }
  });

  if (!canRunBundle()) {
    boot.unsupported = true;
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', showMessage);
    else showMessage();
  }
})();
