/** Filled example returns (示例数据), made once per kind of mistake and kept for the file's tests. */
import type { MistakeKind } from '../../../src/core/demo/index';
import { sampleReturn } from '../../../src/cli/sampleReturns';
import { testCatalog } from './services';

const made = new Map<string, Promise<Uint8Array>>();

export const YUECHENG = { name: '绍兴市越城区', code: '330602' };

/** 越城区's 2023 return of its own plan, with the given mistakes typed in. */
export function yuechengReturn(mistakes: readonly MistakeKind[] = []): Promise<Uint8Array> {
  const key = mistakes.join(',');
  let bytes = made.get(key);
  if (bytes === undefined) {
    const loaded = testCatalog();
    const plan = loaded.catalog.plans.filter((candidate) => candidate.plan.id === 'yuecheng-2021-2025');
    bytes = sampleReturn({ region: YUECHENG, plans: plan, loaded, reportingYear: 2023, seed: 7, mistakes });
    made.set(key, bytes);
  }
  return bytes;
}
