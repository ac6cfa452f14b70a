import path from 'node:path';

/** The repository (package) root: src/cli/.. /.. */
export const PACKAGE_ROOT = path.resolve(__dirname, '..', '..');

export const CATALOG_DIR = path.join(PACKAGE_ROOT, 'catalog');

/** The plan documents sit beside the repository (../shared/seeds); PLAN_INDICATORS_SEEDS overrides. */
export function seedsDir(): string {
  return process.env['PLAN_INDICATORS_SEEDS'] ?? path.resolve(PACKAGE_ROOT, '..', 'shared', 'seeds');
}
