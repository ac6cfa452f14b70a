/**
 * The test files share filled sample returns through files in the temporary folder (tests/support/keptSampleReturn.ts):
 * what they read back must be exactly the bytes sampleReturn makes.
 */
import { sampleReturn } from '../../src/cli/sampleReturns';
import { keptSampleReturn } from '../support/keptSampleReturn';
import { planOf, realCatalog } from '../support/catalog';

it('a kept sample return is the bytes sampleReturn makes, and another mistake is another file', async () => {
  const input = {
    region: { name: '绍兴市越城区', code: '330602' },
    plans: [planOf('yuecheng-2021-2025')],
    loaded: realCatalog(),
    reportingYear: 2024,
    seed: 5,
    mistakes: ['unit_slip'] as const,
    written: new Date(Date.UTC(2025, 0, 10)),
  };
  await keptSampleReturn(input); // writes the file when this state of src has none yet
  const kept = await keptSampleReturn(input); // read back from the file
  const made = await sampleReturn(input);
  expect(Buffer.from(kept).equals(Buffer.from(made))).toBe(true);
  const other = await keptSampleReturn({ ...input, mistakes: ['text_in_number'] });
  expect(Buffer.from(other).equals(Buffer.from(made))).toBe(false);
});
