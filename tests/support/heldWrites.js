// Loaded into a real plan-indicators process by tests that signal it mid-write (NODE_OPTIONS=--require, so that the
// worker threads of check --jobs load it too): after the first write into each of the tool's temporary files
// (.plan-indicators-….tmp, src/cli/safeWrite.ts) the thread waits PLAN_INDICATORS_TEST_HOLD_MS, so that a signal the
// test sends on seeing the temporary finds the write under way — a slow disk, a share over a slow link. Nothing else
// changes: the bytes, the names, the signals and the process's end are the real ones.
const fs = require('node:fs');
const path = require('node:path');

const hold = Number(process.env.PLAN_INDICATORS_TEST_HOLD_MS ?? '0');
const TEMPORARY = /^\.plan-indicators-\d+-[0-9a-f]{8}\.tmp$/u;
const temporaries = new Set();
const { openSync, writeSync, closeSync } = fs;

fs.openSync = function heldOpen(file, ...rest) {
  const fd = openSync.call(this, file, ...rest);
  if (TEMPORARY.test(path.basename(String(file)))) temporaries.add(fd);
  return fd;
};
fs.closeSync = function heldClose(fd) {
  temporaries.delete(fd);
  return closeSync.call(this, fd);
};
fs.writeSync = function heldWrite(fd, ...rest) {
  const written = writeSync.call(this, fd, ...rest);
  if (temporaries.delete(fd)) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, hold);
  return written;
};
