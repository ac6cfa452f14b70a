#!/usr/bin/env node
'use strict';
// Whether node_modules holds what package-lock.json locks, by content, not by the files' modification times (decision
// 0271): git writes package-lock.json anew in every clone and worktree, so it is newer than any install made before.
// npm's own record of its last install, node_modules/.package-lock.json, must hold every package the lock holds with the
// same entry (version, resolved, integrity, flags) and no other; a package the lock marks optional may be missing
// (npm skips another platform's, such as esbuild's for macOS). Exit 0 when so; 1 when `npm ci` is wanted: no
// node_modules, no record (an install cut short), or any difference. Run from the repository's root.
const fs = require('node:fs');
const { isDeepStrictEqual } = require('node:util');

function packagesOf(file) {
  try {
    const { packages } = JSON.parse(fs.readFileSync(file, 'utf8'));
    return packages !== null && typeof packages === 'object' ? packages : null;
  } catch {
    return null;
  }
}

function installedAsLocked(locked, installed) {
  if (locked === null || installed === null) return false;
  for (const [name, entry] of Object.entries(locked)) {
    // '' is the project itself, which npm does not install.
    if (name === '') continue;
    const there = Object.hasOwn(installed, name) ? installed[name] : undefined;
    if (there === undefined ? entry.optional !== true : !isDeepStrictEqual(there, entry)) return false;
  }
  return Object.keys(installed).every((name) => Object.hasOwn(locked, name));
}

process.exitCode = installedAsLocked(packagesOf('package-lock.json'), packagesOf('node_modules/.package-lock.json')) ? 0 : 1;
