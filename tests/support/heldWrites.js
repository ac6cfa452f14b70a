// Loaded into a real plan-indicators process by tests that signal it mid-write (NODE_OPTIONS=--require, so that the
// worker threads of check --jobs load it too): after the first write into each of the tool's temporary files
// (.plan-indicators-….tmp, src/cli/safeWrite.ts) the thread waits PLAN_INDICATORS_TEST_HOLD_MS, so that a signal the
// test sends on seeing the temporary finds the write under way — a slow disk, a share over a slow link. With
// PLAN_INDICATORS_TEST_HOLD_OPENED (a pattern of file names), a file so named is held as soon as it is opened, before
// its bytes land: what a write straight to an output's own name, not through safeWrite, leaves when a signal comes
// then. Nothing else changes: the bytes, the names, the signals and the process's end are the real ones.
const fs = require('node:fs');
const path = require('node:path');

const hold = Number(process.env.PLAN_INDICATORS_TEST_HOLD_MS ?? '0');
const TEMPORARY = /^\.plan-indicators-\d+-[0-9a-f]{8}\.tmp$/u;
const opened = process.env.PLAN_INDICATORS_TEST_HOLD_OPENED === undefined ? null : new RegExp(process.env.PLAN_INDICATORS_TEST_HOLD_OPENED, 'u');
const held = () => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, hold);
const temporaries = new Set();
const { openSync, writeSync, closeSync } = fs;

fs.openSync = function heldOpen(file, ...rest) {
  const fd = openSync.call(this, file, ...rest);
  if (TEMPORARY.test(path.basename(String(file)))) temporaries.add(fd);
  if (opened?.test(path.basename(String(file)))) held();
  return fd;
};
fs.closeSync = function heldClose(fd) {
  temporaries.delete(fd);
  return closeSync.call(this, fd);
};
fs.writeSync = function heldWrite(fd, ...rest) {
  const written = writeSync.call(this, fd, ...rest);
  if (temporaries.delete(fd)) held();
  return written;
};
