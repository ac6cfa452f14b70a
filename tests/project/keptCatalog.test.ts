/**
 * The test files share one loaded catalog through a JSON file (tests/support/catalog.ts, decision 0165): what they
 * read back must be exactly what loading gives.
 */
import { loadCatalogFiles } from '../../src/cli/catalogFiles';
import { keptPackageCatalog, realCatalog } from '../support/catalog';
import { SOURCES_HASH_VARIABLE, sourcesHash } from '../support/keptFiles';

it('the kept catalog is the catalog loadCatalogFiles gives', () => {
  realCatalog(); // writes the file when this state of src has none yet
  const { history: keptHistory, ...kept } = keptPackageCatalog(); // read back from the file
  const { history, ...loaded } = loadCatalogFiles();
  expect(kept).not.toBe(loaded);
  expect(kept).toStrictEqual(loaded);
  expect(keptHistory?.standingOf('c-00000000')).toEqual(history?.standingOf('c-00000000'));
  expect(keptHistory?.standingOf('c-00000000')).toEqual({ kind: 'unknown' });
});

it('keys the kept files by the sources as they are: the hash jest\'s global setup made once for the run is theirs', () => {
  expect(process.env[SOURCES_HASH_VARIABLE]).toMatch(/^[0-9a-f]{64}$/u);
  expect(process.env[SOURCES_HASH_VARIABLE]).toBe(sourcesHash());
});
