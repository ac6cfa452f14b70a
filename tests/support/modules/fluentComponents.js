// `@fluentui/react-components` for jest (jest.config.js maps the name here): the same exports, each package loaded
// when one of its exports is first read. The package's own entry requires all of its ~60 component packages at once,
// about 3 s of CPU in every pane test file's fresh module registry; the bundle loads only what the pane imports
// (webpack's tree shaking), and so do the tests now. The exports and the packages they come from are read from the
// package's own entry (lib-commonjs/index.cjs), so they cannot drift; if its shape is not recognised, the real entry
// is loaded whole (slower, same exports). Decision 0208.
const fs = require('node:fs');
const path = require('node:path');

/** The package's CommonJS entry (its `main`), by path: the name itself is mapped here. */
function entryOf(name) {
  const folder = path.join(__dirname, '../../../node_modules', name);
  return path.join(folder, JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8')).main);
}

const entry = entryOf('@fluentui/react-components');

/** name → [package, export] from the entry's `get Name () { return _pkg.Export; }` and `const _pkg = require("…")`. */
function exportsOf(text) {
  const packages = new Map();
  for (const match of text.matchAll(/^const (_\w+) = require\("([^"]+)"\);$/gmu)) packages.set(match[1], match[2]);
  const names = new Map();
  for (const match of text.matchAll(/\bget (?:\/\/[^\n]*\n\s*)*(\w+) \(\) \{\s*return (_\w+)\.(\w+);\s*\}/gu)) {
    const from = packages.get(match[2]);
    if (from === undefined) return undefined;
    names.set(match[1], [from, match[3]]);
  }
  const declared = (text.match(/^\s*get /gmu) ?? []).length;
  return names.size > 0 && names.size === declared ? names : undefined;
}

const names = exportsOf(fs.readFileSync(entry, 'utf8'));
if (names === undefined) {
  module.exports = require(entry);
} else {
  Object.defineProperty(module.exports, '__esModule', { value: true });
  Object.defineProperty(module.exports, '__loadedOnDemand', { value: true });
  for (const [name, [from, exported]] of names) {
    Object.defineProperty(module.exports, name, { enumerable: true, get: () => require(from)[exported] });
  }
}
