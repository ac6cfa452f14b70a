/** Where the e2e tests leave what a person would look at: screenshots and measurements (test-results/ is git-ignored). */
import fs from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../../../src/cli/paths';

export const RESULTS_DIR = path.join(PACKAGE_ROOT, 'test-results', 'e2e');
export const README_SCREENSHOT = path.join(PACKAGE_ROOT, 'docs', 'screenshots', 'taskpane-check.png');

export function resultPath(name: string): string {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  return path.join(RESULTS_DIR, name);
}

/** Measurements are reported, not asserted: a slow CI machine must not fail the suite. */
export function recordMeasurement(name: string, value: unknown): void {
  const file = resultPath('measurements.json');
  const current = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  fs.writeFileSync(file, `${JSON.stringify({ ...current, [name]: value }, null, 2)}\n`);
}
