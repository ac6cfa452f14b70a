/**
 * Filled example returns (src/cli/sampleReturns) kept between test files and runs (keptFiles.ts): the same plans,
 * region, year, seed, mistakes and written time of the same catalog, made by the same source, are the same bytes,
 * made once instead of in each test file that types into one (an ExcelJS write, a load and a write again: some
 * 0.1–0.3 s of CPU each).
 */
import { sampleReturn, type SampleReturnInput } from '../../src/cli/sampleReturns';
import { keptBytes } from './keptFiles';

/**
 * The time a kept return is written at when the caller names none: no test of the command line or of the pane's
 * model reads a return's time, and bytes that change with the clock could not be kept (decision 0273).
 */
const WRITTEN = new Date('2024-01-20T08:00:00Z');

/** A sample return as `sampleReturn` makes it, at the fixed time `written` (bytes that change with the clock are not kept). */
export function keptSampleReturn(input: Omit<SampleReturnInput, 'form'> & { written?: Date }): Promise<Uint8Array> {
  const { plans, loaded, written = WRITTEN, ...rest } = input;
  const parts = ['sample-return', loaded.version, JSON.stringify(plans), JSON.stringify(rest), written.toISOString()];
  return keptBytes(parts, () => sampleReturn({ ...input, written }));
}
