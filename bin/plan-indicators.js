#!/usr/bin/env node
'use strict';
// Runs the TypeScript sources directly (tsx), so `npx plan-indicators` works right after `npm ci`.
require('tsx/cjs');
const { main } = require('../src/cli/main.ts');

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
