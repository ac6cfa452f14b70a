import fs from 'node:fs';
import path from 'node:path';
import { loadCatalogFiles } from '../../src/cli/catalogFiles';
import { sampleReturn } from '../../src/cli/sampleReturns';
import type { MistakeKind } from '../../src/core/demo';
import { fullRegionName, regionsUnder } from '../../src/core/regions';

const MISTAKE_SETS: MistakeKind[][] = [[], [], ['unit_slip'], ['share_as_fraction'], ['text_in_number'], ['missing_value'], ['explained_jump'], ['unit_slip', 'missing_value']];

/**
 * `count` returns of about 60 indicators each (a county's own plan where it has one, plus the provincial high-tech
 * plan), with realistic example values and the usual mistakes, written once into `dir` and reused.
 */
export async function generateReturns(dir: string, count: number, year = 2024): Promise<string[]> {
  fs.mkdirSync(dir, { recursive: true });
  const existing = fs.readdirSync(dir).filter((name) => name.endsWith('.xlsx')).sort();
  if (existing.length >= count) return existing.slice(0, count).map((name) => path.join(dir, name));
  const loaded = loadCatalogFiles();
  const plan = (id: string) => loaded.catalog.plans.find((p) => p.plan.id === id)!;
  const counties = regionsUnder('330000');
  const own: Record<string, string> = { '330602': 'yuecheng-2021-2025', '330603': 'keqiao-2021-2025', '330683': 'shengzhou-116x-2024-2030' };
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const region = counties[i % counties.length]!;
    const plans = [plan(own[region.code] ?? 'yuecheng-2021-2025'), plan('zj-hightech-industry-2021-2025')];
    const file = path.join(dir, `${String(i + 1).padStart(4, '0')}-${fullRegionName(region)}.xlsx`);
    if (!fs.existsSync(file)) {
      const bytes = await sampleReturn({
        region: { name: fullRegionName(region), code: region.code }, plans, loaded, reportingYear: year, seed: 1000 + i,
        mistakes: MISTAKE_SETS[i % MISTAKE_SETS.length] ?? [],
      });
      fs.writeFileSync(file, bytes);
    }
    files.push(file);
  }
  return files;
}
