/* Task pane and commands bundles. office.js is never bundled: taskpane.html loads it from a CDN chosen at build time. */
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const MinimizerPlugin = require('minimizer-webpack-plugin');
const { manifestForHost, normalisedHost } = require('./scripts/manifestForHost');
const { officeMessages, statusLegend, swatchCss } = require('./scripts/helpPage');

/** Where office.js comes from: `--env officeJs=global|china|<https URL of an intranet mirror>` or OFFICE_JS_URL. */
const OFFICE_JS = {
  global: 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
  china: 'https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js',
};

function officeJsUrl(env) {
  const choice = env.officeJs || process.env.OFFICE_JS_URL || 'global';
  const url = OFFICE_JS[choice] || choice;
  if (!/^https:\/\//.test(url)) throw new Error(`office.js must come from an https URL, got "${choice}"`);
  return url;
}

/**
 * A file the build copies unhashed, named with its content's hash as a query (`taskpane.css?v=1a2b3c4d`): Office's
 * web views cache hard, and after a redeployment a new taskpane.html must never run beside the old stylesheet or
 * boot script (the chunks carry their hash in their names already).
 */
function versioned(file, content) {
  return `${file}?v=${crypto.createHash('sha256').update(content).digest('hex').slice(0, 8)}`;
}

const helpCss = () => `${fs.readFileSync(path.resolve(__dirname, 'src/taskpane/static/help.css'), 'utf8')}\n${swatchCss()}\n`;

/** A production build without --env host writes a manifest for the dev server: said, so nobody deploys it unawares. */
class ManifestHostWarning {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('ManifestHostWarning', (compilation) => {
      compilation.warnings.push(new compiler.webpack.WebpackError(
        'dist/manifest.xml points at https://localhost:3000/ (the dev server): to deploy, build with --env host=https://<your server>/<folder>/ (docs/deploy.md)',
      ));
    });
  }
}

/** The office-addin-dev-certs files when they exist (https), plain http otherwise. */
function devServerProtocol() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = { key: path.join(dir, 'localhost.key'), cert: path.join(dir, 'localhost.crt'), ca: path.join(dir, 'ca.crt') };
  if (fs.existsSync(files.key) && fs.existsSync(files.cert)) {
    const options = { key: fs.readFileSync(files.key), cert: fs.readFileSync(files.cert) };
    if (fs.existsSync(files.ca)) options.ca = fs.readFileSync(files.ca);
    return { type: 'https', options };
  }
  return { type: 'http' };
}

/** swc minifies the production scripts; without @swc/core webpack would only say "Minimizer doesn't return result". */
function swcMinimizer() {
  try {
    require.resolve('@swc/core');
  } catch {
    throw new Error('@swc/core is not installed: run npm ci (the production build minifies its scripts with swc, decision 0219)');
  }
  return new MinimizerPlugin({ test: /\.[cm]?js$/iu, minify: MinimizerPlugin.swcMinify });
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  // `--env host=https://intranet.example.gov.cn/addin/`: the manifest in dist/ points there (see docs/deploy.md).
  const host = env.host || process.env.ADDIN_HOST ? normalisedHost(env.host || process.env.ADDIN_HOST) : null;
  const officeJs = officeJsUrl(env);
  const officeOrigin = new URL(officeJs).origin;
  // `--no-devtool` (the e2e tests' build, tests/support/e2e/buildPane.ts): no source maps are written, so TypeScript
  // need not make them for webpack to drop; the scripts are the same bytes (decision 0269).
  const sourceMaps = argv.devtool !== false;
  return {
    mode: production ? 'production' : 'development',
    // No eval-based source maps, even in development: the pane's Content-Security-Policy forbids eval.
    devtool: production ? 'source-map' : 'cheap-module-source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.json'],
      // Lazy chunks are imported as './x.js' (TypeScript's node16 resolution wants the extension); the source is .ts.
      extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
      // The xlsx adapter runs in the browser too (browser mode); ExcelJS's browser build needs no Node core modules.
      // Node loads ExcelJS's Workbook module alone (src/xlsx/excelJs.ts); the pane takes it from the browser build.
      alias: {
        'exceljs/lib/doc/workbook$': path.resolve(__dirname, 'src/xlsx/excelJsWorkbook.browser.js'),
        exceljs: 'exceljs/dist/exceljs.min.js',
        // Node inflates a return's parts with its zlib (src/xlsx/read/inflateRaw.ts, decision 0262); the pane with fflate.
        [path.resolve(__dirname, 'src/xlsx/read/inflateRaw')]: path.resolve(__dirname, 'src/xlsx/read/inflateRaw.browser.ts'),
        // A part seen once is remembered by zlib's CRC-32 in Node (src/xlsx/read/partFingerprint.ts, decision 0265); FNV-1a in the pane.
        [path.resolve(__dirname, 'src/xlsx/read/partFingerprint')]: path.resolve(__dirname, 'src/xlsx/read/partFingerprint.browser.ts'),
      },
      fallback: { fs: false, path: false, os: false, stream: false, crypto: false },
    },
    module: {
      rules: [
        { test: /\.tsx?$/, loader: 'ts-loader', exclude: /node_modules/, options: { transpileOnly: true, configFile: 'tsconfig.json', compilerOptions: { module: 'esnext', moduleResolution: 'bundler', sourceMap: sourceMaps } } },
        { test: /\.ya?ml$/, type: 'asset/source' },
        // Core's modules run nothing on import: what the pane does not use of an index.ts is left out of the bundle.
        { test: /[\\/]src[\\/]core[\\/]/, sideEffects: false },
        // Nor do the xlsx adapter's: the pane imports it through its index (src/xlsx/index.ts) and keeps what it uses.
        { test: /[\\/]src[\\/]xlsx[\\/]/, sideEffects: false },
      ],
    },
    performance: { hints: false },
    // Scripts minified by swc instead of webpack's default terser (two compress passes): half the build's CPU and a
    // bundle no larger (decision 0219). The copied stylesheets keep webpack's own CSS minifier ('...').
    optimization: production ? { minimizeOptions: { javascript: false }, minimizer: ['...', swcMinimizer()] } : {},
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        templateParameters: {
          officeJs,
          officeOrigin,
          stylesheet: versioned('taskpane.css', fs.readFileSync(path.resolve(__dirname, 'src/taskpane/taskpane.css'))),
          bootScript: versioned('boot.js', fs.readFileSync(path.resolve(__dirname, 'src/taskpane/static/boot.js'))),
        },
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
        templateParameters: { officeJs, officeOrigin },
      }),
      new HtmlWebpackPlugin({
        filename: 'help.html',
        template: './src/taskpane/help.html',
        chunks: [],
        templateParameters: { legend: statusLegend(), office: officeMessages(), stylesheet: versioned('help.css', helpCss()) },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => (host === null ? content : manifestForHost(content.toString('utf8'), host)) },
          { from: 'src/taskpane/taskpane.css', to: 'taskpane.css' },
          { from: 'src/taskpane/static/boot.js', to: 'boot.js' },
          { from: 'src/taskpane/static/help.css', to: 'help.css', transform: () => helpCss() },
        ],
      }),
      ...(production && host === null ? [new ManifestHostWarning()] : []),
    ],
    devServer: {
      port: Number(process.env.PORT || 3000),
      host: 'localhost',
      server: devServerProtocol(),
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: { directory: path.resolve(__dirname, 'dist') },
      client: { overlay: { warnings: false, errors: true } },
      hot: false,
      liveReload: true,
    },
  };
};
