/**
 * A sample return written at a fixed time is the same bytes whenever it is made: the fuzz corpus made from one is
 * (tests/support/hardening/damagedReturns), so a failing seed reproduces on the next run, not only on that day.
 */
import JSZip from 'jszip';
import { sampleReturn } from '../../../src/cli/sampleReturns';
import { planOf, realCatalog } from '../../support/xlsx/filledReturns';

const WRITTEN = new Date(Date.UTC(2025, 11, 20, 8, 0, 0));
const made = () => sampleReturn({
  region: { name: '绍兴市越城区', code: '330602' }, plans: [planOf('yuecheng-2021-2025')], loaded: realCatalog(),
  reportingYear: 2025, seed: 11, written: WRITTEN,
});

it('writes the time asked into the file’s properties and every zip entry, not the clock’s', async () => {
  const zip = await JSZip.loadAsync(await made());
  const core = await zip.file('docProps/core.xml')!.async('string');
  expect(core).toMatch(/<dcterms:created[^>]*>2025-12-20T08:00:00Z<\/dcterms:created>/u);
  expect(core).toMatch(/<dcterms:modified[^>]*>2025-12-20T08:00:00Z<\/dcterms:modified>/u);
  const years = new Set(Object.values(zip.files).map((entry) => entry.date.getFullYear()));
  expect([...years]).toEqual([2025]);
});

it('gives the same bytes for the same seed and time', async () => {
  expect(Buffer.from(await made()).equals(Buffer.from(await made()))).toBe(true);
});
