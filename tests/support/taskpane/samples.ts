/**
 * Filled example returns (示例数据), made once per kind of mistake and kept for the file's tests and, written at a
 * fixed time, for the other test files (keptSampleReturn.ts).
 */
import type { MistakeKind } from '../../../src/core/demo/index';
import { keptSampleReturn } from '../keptSampleReturn';
import { testCatalog } from './services';

const made = new Map<string, Promise<Uint8Array>>();

export const YUECHENG = { name: '绍兴市越城区', code: '330602' };

/** When the 2023 returns say they were written: early in 2024, when a county reports its year. */
const WRITTEN = new Date(Date.UTC(2024, 0, 20, 9, 0, 0));

/** 越城区's 2023 return of its own plan, with the given mistakes typed in. */
export function yuechengReturn(mistakes: readonly MistakeKind[] = []): Promise<Uint8Array> {
  const key = mistakes.join(',');
  let bytes = made.get(key);
  if (bytes === undefined) {
    const loaded = testCatalog();
    const plan = loaded.catalog.plans.filter((candidate) => candidate.plan.id === 'yuecheng-2021-2025');
    bytes = keptSampleReturn({ region: YUECHENG, plans: plan, loaded, reportingYear: 2023, seed: 7, mistakes, written: WRITTEN });
    made.set(key, bytes);
  }
  return bytes;
}
