#!/usr/bin/env node
'use strict';
// Runs the TypeScript sources directly (tsx), so `npx plan-indicators` works right after `npm ci`.
require('tsx/cjs');
const { main } = require('../src/cli/main.ts');

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error);
    process.exitCode = 3;
  },
);
