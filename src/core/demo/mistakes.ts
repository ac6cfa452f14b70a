/**
 * The typical mistakes of a return, applied to example entries so that the demo shows what the checks catch:
 * 万元 typed where 亿元 is asked, a share typed as a fraction, text in a number cell, a value left out, a jump
 * explained in 说明.
 */
import type { Indicator } from '../catalog';
import { findUnit } from '../units';
import type { SampleEntry } from './sampleValues';

export type MistakeKind = 'unit_slip' | 'share_as_fraction' | 'text_in_number' | 'missing_value' | 'explained_jump';

export interface SampleExplanation {
  rowId: string;
  text: string;
}

export interface MistakeResult {
  entries: SampleEntry[];
  explanations: SampleExplanation[];
  /** What was done, for the demo's log: kind and the row it went to. */
  applied: Array<{ kind: MistakeKind; rowId: string }>;
}

function pick(entries: SampleEntry[], year: number, used: Set<string>, test: (entry: SampleEntry) => boolean): SampleEntry | undefined {
  return entries.find((entry) => entry.year === year && typeof entry.value === 'number' && entry.value > 1 && !used.has(entry.rowId) && test(entry));
}

export function applyMistakes(
  entries: readonly SampleEntry[],
  kinds: readonly MistakeKind[],
  reportingYear: number,
  indicatorOf: (rowId: string) => Indicator | undefined,
): MistakeResult {
  const result = entries.map((entry) => ({ ...entry }));
  const explanations: SampleExplanation[] = [];
  const applied: MistakeResult['applied'] = [];
  const used = new Set<string>();
  const dimension = (entry: SampleEntry) => findUnit(indicatorOf(entry.rowId)?.unit ?? '')?.dimension;
  const isShare = (entry: SampleEntry) => indicatorOf(entry.rowId)?.measure === 'share' && !entry.rowId.includes('#');
  for (const kind of kinds) {
    const target =
      kind === 'unit_slip' ? pick(result, reportingYear, used, (e) => dimension(e) === 'money_cny' && findUnit(indicatorOf(e.rowId)?.unit ?? '')?.power === 8)
        : kind === 'share_as_fraction' ? pick(result, reportingYear, used, isShare)
          : kind === 'explained_jump' ? pick(result, reportingYear, used, (e) => dimension(e) === 'organizations')
            : pick(result, reportingYear, used, (e) => !e.rowId.includes('#'));
    if (target === undefined || typeof target.value !== 'number') continue;
    used.add(target.rowId);
    applied.push({ kind, rowId: target.rowId });
    switch (kind) {
      case 'unit_slip':
        target.value = Math.round(target.value * 10000);
        break;
      case 'share_as_fraction':
        target.value = Number((target.value / 100).toPrecision(4));
        break;
      case 'text_in_number':
        target.value = `约${target.value}`;
        break;
      case 'missing_value':
        target.value = null;
        break;
      case 'explained_jump':
        target.value = Math.round(target.value * 4);
        explanations.push({ rowId: target.rowId, text: '示例：本年新认定企业集中公示，口径与上年一致，数据已核实。' });
        break;
    }
  }
  return { entries: result, explanations, applied };
}
