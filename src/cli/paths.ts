import fs from 'node:fs';
import path from 'node:path';

/**
 * The package root: the nearest folder above this file holding package.json. The same from the sources
 * (src/cli) and from the compiled command (build/cli/src/cli), which reads catalog/ beside package.json.
 */
function packageRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

export const PACKAGE_ROOT = packageRoot(__dirname);

export const CATALOG_DIR = path.join(PACKAGE_ROOT, 'catalog');

/** The plan documents sit beside the repository (../shared/seeds); PLAN_INDICATORS_SEEDS overrides. */
export function seedsDir(): string {
  return process.env['PLAN_INDICATORS_SEEDS'] ?? path.resolve(PACKAGE_ROOT, '..', 'shared', 'seeds');
}
