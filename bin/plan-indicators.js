#!/usr/bin/env node
'use strict';
// Runs the compiled command line (build/cli, made by `npm run build:cli`, which `npm ci` and `npm install` run through
// the prepare script). In a checkout whose sources are newer than that build, it runs the sources through tsx
// instead and says so: slower, never stale (decision 0040).
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const built = path.join(root, 'build', 'cli');

/** Newest modification time of the sources the command line is compiled from (0 outside a checkout). */
function newestSource() {
  let newest = 0;
  // An installed package has no sources (npm extracts its files with the time of extraction, in any order, so the
  // schemas can look newer than the build): it always runs the build.
  if (!fs.existsSync(path.join(root, 'src', 'cli', 'main.ts'))) return newest;
  const visit = (dir) => {
    let entries;
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      // The task pane and the office-js adapter are not part of the command line.
      if (entry.isDirectory()) {
        if (full !== path.join(root, 'src', 'taskpane') && full !== path.join(root, 'src', 'excel')) visit(full);
      } else if (/\.tsx?$/u.test(entry.name)) {
        newest = Math.max(newest, fs.statSync(full).mtimeMs);
      }
    }
  };
  visit(path.join(root, 'src'));
  for (const schema of ['schema.json', 'concepts.schema.json']) {
    try {
      newest = Math.max(newest, fs.statSync(path.join(root, 'catalog', schema)).mtimeMs);
    } catch {
      // a package without the schema sources runs what it was built with
    }
  }
  return newest;
}

function builtAt() {
  try {
    return fs.statSync(path.join(built, 'BUILT')).mtimeMs;
  } catch {
    return -1;
  }
}

let main;
if (builtAt() >= newestSource()) {
  ({ main } = require(path.join(built, 'src', 'cli', 'main.js')));
} else {
  // Said before the locale tables load (they are part of what is compiled), in the language --lang asks for, as
  // src/cli/args.ts localeOf reads it.
  const args = process.argv.slice(2);
  const english = args.some((arg, index) => arg === '--lang=en-US' || (arg === '--lang' && args[index + 1] === 'en-US'));
  process.stderr.write(english
    ? 'build/cli is missing or older than the sources: running the sources (slower); npm run build:cli rebuilds it.\n'
    : 'build/cli 比源代码旧或不存在，直接运行源代码（较慢）；npm run build:cli 可重新编译。\n');
  require('tsx/cjs');
  ({ main } = require(path.join(root, 'src', 'cli', 'main.ts')));
}

// `plan-indicators catalog show x | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error);
    process.exitCode = 3;
  },
);
