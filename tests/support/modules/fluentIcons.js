// `@fluentui/react-icons` for jest (jest.config.js maps the name here): the same exports, each icon loaded when first
// read. The package's own entry loads every icon it has (19 MB of code in 60 chunks), seconds of CPU in every pane
// test file's fresh module registry, and Fluent's components import it too; the bundle keeps only the icons the pane
// imports (webpack's tree shaking), and so do the tests now. An icon comes from its own module in the package
// (ChevronDownRegular from lib-cjs/atoms/svg/chevron-down.cjs: the same icon made by the same createFluentIcon as
// the entry's); the helpers (bundleIcon, iconClassName, useIconContext…) from the small modules the entry names
// besides its icon chunks; anything else, and any listing of the names, from the real entry loaded whole (slower,
// the same exports). Decision 0208.
const fs = require('node:fs');
const path = require('node:path');

const folder = path.join(__dirname, '../../../node_modules/@fluentui/react-icons');
const entry = path.join(folder, JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8')).main);
const entryText = fs.readFileSync(entry, 'utf8');

/** The entry's modules other than its icon chunks: the helpers. */
const helpers = [...entryText.matchAll(/require\("(\.\/[^"]+\.cjs)"\)/gu)]
  .map((match) => match[1])
  .filter((file) => !/Icons?\/chunk-\d+\.cjs$/u.test(file))
  .map((file) => path.join(path.dirname(entry), file));

/** The icon's own module (ChevronDown24Regular → atoms/svg/chevron-down.cjs), if the package has it. */
function atomOf(name) {
  const match = /^([A-Z][A-Za-z0-9]*?)(\d+)?(Regular|Filled|Color|Light)$/u.exec(name);
  if (match === null) return undefined;
  const kebab = match[1].replace(/(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/gu, '-').toLowerCase();
  const file = path.join(path.dirname(entry), 'atoms/svg', `${kebab}.cjs`);
  return fs.existsSync(file) ? file : undefined;
}

const found = new Map();
const whole = () => require(entry);

function lookUp(name) {
  if (found.has(name)) return found.get(name);
  let value;
  const atom = atomOf(name);
  if (atom !== undefined) value = require(atom)[name];
  for (const file of helpers) {
    if (value !== undefined) break;
    value = require(file)[name];
  }
  if (value === undefined) value = whole()[name];
  found.set(name, value);
  return value;
}

module.exports = new Proxy(Object.create(null), {
  get: (_target, name) => (name === '__esModule' ? true : typeof name === 'string' ? lookUp(name) : undefined),
  has: (_target, name) => name === '__esModule' || name in whole(),
  ownKeys: () => Reflect.ownKeys(whole()),
  getOwnPropertyDescriptor: (_target, name) => {
    const descriptor = Reflect.getOwnPropertyDescriptor(whole(), name);
    return descriptor === undefined ? undefined : { ...descriptor, configurable: true };
  },
});
