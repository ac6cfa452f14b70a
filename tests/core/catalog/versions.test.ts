/**
 * The registry of released catalog versions (catalog/versions/versions.json): the catalog as it is now must be its
 * last entry, so that editing a plan file without recording the release fails here; every release must rebuild to
 * its own fingerprint from the current files and the files it kept, and load without problems.
 */
import fs from 'node:fs';
import path from 'node:path';
import { catalogFilesIn } from '../../../src/cli/catalogFiles';
import { keptFile, readVersionRegistry } from '../../../src/cli/catalogVersions';
import { CATALOG_DIR } from '../../../src/cli/paths';
import { catalogHistory, loadCatalog, releaseOf, textsOfRelease, versionStanding, type CatalogText } from '../../../src/core/catalog';
import { keptCatalog, realCatalog } from '../../support/catalog';

const current: CatalogText[] = catalogFilesIn(CATALOG_DIR).map((file) => ({ file: `catalog/${path.basename(file)}`, text: fs.readFileSync(file, 'utf8') }));

/** loadCatalog's result for a release's texts, kept between runs under a hash of the texts and of every source file. */
const keptLoad = (texts: readonly CatalogText[]) => keptCatalog(texts, () => loadCatalog(texts));

describe('catalog/versions/versions.json', () => {
  const registry = readVersionRegistry();

  it('records the catalog as it is now as its last release, file by file (a catalog edit needs a new entry)', () => {
    const last = registry.versions[registry.versions.length - 1];
    expect(last?.version).toBe(realCatalog().version);
    expect(last?.files).toEqual(releaseOf(current, last?.released ?? '').files);
  });

  it('lists each version once', () => {
    const versions = registry.versions.map((entry) => entry.version);
    expect(new Set(versions).size).toBe(versions.length);
  });

  it.each(registry.versions.map((entry) => [entry.version, entry] as const))('rebuilds release %s from the files at hand', (version, entry) => {
    const texts = textsOfRelease(entry, current, (file) => keptFile(version, file));
    expect(texts).not.toBeNull();
    const history = catalogHistory(registry, current, (release, file) => keptFile(release, file), keptLoad);
    const standing = history.standingOf(version);
    expect(standing.kind).toBe('released');
    if (standing.kind === 'released') expect([standing.loaded.version, standing.loaded.problems]).toEqual([version, []]);
  });
});

describe('how a catalog stands to a version a return names', () => {
  it('knows its own version, the releases before it, and nothing else', () => {
    const loaded = realCatalog();
    expect(versionStanding(loaded, loaded.version).kind).toBe('current');
    expect(versionStanding(loaded, 'c-d48358dc').kind).toBe('released');
    expect(versionStanding(loaded, 'c-00000000').kind).toBe('unknown');
    expect(versionStanding(loaded, '').kind).toBe('unknown');
  });

  it('a release whose kept file is gone (or altered) is unavailable, not rebuilt from other texts', () => {
    const registry = readVersionRegistry();
    const history = catalogHistory(registry, current, () => null, loadCatalog);
    expect(history.standingOf('c-d48358dc').kind).toBe('unavailable');
    const altered = catalogHistory(registry, current, (release, file) => `${keptFile(release, file) ?? ''}\n# edited`, loadCatalog);
    expect(altered.standingOf('c-d48358dc').kind).toBe('unavailable');
  });

  it('a kept file is read only from inside the version folder', () => {
    expect(keptFile('..', 'package.json')).toBeNull();
    expect(keptFile('c-d48358dc', '../versions.json')).toBeNull();
  });
});
