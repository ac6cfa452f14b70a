/**
 * The pane built as it ships: webpack in production mode into a folder of its own (never the working tree's
 * dist/), with the default office.js URL — which, with no network, fails to load, as it would for a WPS user
 * offline. Built once per test file.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PACKAGE_ROOT } from '../../../src/cli/paths';

export interface BuiltPane {
  dir: string;
  /** The files the first screen loads (taskpane.html's scripts), and every other chunk. */
  initial: string[];
  chunks: string[];
}

export function buildPane(): BuiltPane {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pane-dist-'));
  const result = spawnSync(process.execPath, [path.join(PACKAGE_ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--mode', 'production', '--output-path', dir], {
    cwd: PACKAGE_ROOT, encoding: 'utf8', timeout: 300_000,
  });
  if (result.status !== 0) throw new Error(`webpack failed:\n${result.stdout}\n${result.stderr}`);
  const html = fs.readFileSync(path.join(dir, 'taskpane.html'), 'utf8');
  // The minified page may leave attribute values unquoted.
  const initial = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+\.js)/gu)].map((match) => match[1] ?? '').filter((src) => !/^https?:/u.test(src));
  const chunks = fs.readdirSync(dir).filter((name) => name.endsWith('.js') && !initial.includes(name) && !name.startsWith('commands.'));
  return { dir, initial, chunks };
}
