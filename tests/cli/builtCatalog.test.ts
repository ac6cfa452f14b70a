import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { builtReleaseFile, readBuiltCatalog, writeBuiltCatalog } from '../../src/cli/builtCatalog';
import { catalogFilesIn } from '../../src/cli/catalogFiles';
import { keptFile, packageHistory, readVersionRegistry } from '../../src/cli/catalogVersions';
import { CATALOG_DIR, PACKAGE_ROOT } from '../../src/cli/paths';
import { loadCatalog, textsOfRelease, type CatalogText } from '../../src/core/catalog';

describe('the package catalog kept by the build (decision 0201)', () => {
  const texts: CatalogText[] = catalogFilesIn(CATALOG_DIR).map((file) => ({ file: path.relative(process.cwd(), file), text: fs.readFileSync(file, 'utf8') }));
  const { catalog, problems, version } = loadCatalog(texts);
  const loaded = { catalog, problems, version };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'built-catalog-'));
  const file = path.join(dir, 'catalog.json');
  writeBuiltCatalog(texts, loaded, file);

  it('gives back what loading the YAML gives, strictly equal', () => {
    expect(problems).toEqual([]);
    expect(readBuiltCatalog(texts, file)).toStrictEqual(loaded);
  });

  it('is the same catalog whichever folder the files are named from', () => {
    const elsewhere = texts.map(({ file: name, text }) => ({ file: path.join('/somewhere/else', path.basename(name)), text }));
    expect(readBuiltCatalog(elsewhere, file)).toStrictEqual(loaded);
  });

  it('is not used when a text changed, a file was renamed, added or left out', () => {
    const [first, ...rest] = texts;
    if (first === undefined) throw new Error('no catalog files');
    expect(readBuiltCatalog([{ ...first, text: `${first.text}\n` }, ...rest], file)).toBeUndefined();
    expect(readBuiltCatalog([{ ...first, file: path.join(path.dirname(first.file), `x-${path.basename(first.file)}`) }, ...rest], file)).toBeUndefined();
    expect(readBuiltCatalog([...texts, { file: 'extra.yaml', text: '' }], file)).toBeUndefined();
    expect(readBuiltCatalog(rest, file)).toBeUndefined();
  });

  it('is not used when absent, cut short or not a kept catalog', () => {
    expect(readBuiltCatalog(texts, path.join(dir, 'absent.json'))).toBeUndefined();
    const cut = path.join(dir, 'cut.json');
    fs.writeFileSync(cut, fs.readFileSync(file, 'utf8').slice(0, 1000));
    expect(readBuiltCatalog(texts, cut)).toBeUndefined();
    const other = path.join(dir, 'other.json');
    fs.writeFileSync(other, JSON.stringify({ catalog: loaded }));
    expect(readBuiltCatalog(texts, other)).toBeUndefined();
    fs.writeFileSync(other, 'null');
    expect(readBuiltCatalog(texts, other)).toBeUndefined();
  });

  // This test runs the sources, as every in-process test of the command line does: the build's catalog.json serves
  // them while the sources are the ones it was compiled from.
  it('kept by the build, serves the sources it was compiled from, not sources changed since', () => {
    const compiled = fs.mkdtempSync(path.join(os.tmpdir(), 'compiled-'));
    fs.writeFileSync(path.join(compiled, 'main.js'), 'exports.main = () => 0;\n');
    const forBuild = path.join(dir, 'build.json');
    writeBuiltCatalog(texts, loaded, forBuild, [compiled, path.join(PACKAGE_ROOT, 'src')]);
    expect(readBuiltCatalog(texts, forBuild)).toStrictEqual(loaded);

    const changed = fs.mkdtempSync(path.join(os.tmpdir(), 'sources-'));
    fs.cpSync(path.join(PACKAGE_ROOT, 'src'), changed, { recursive: true });
    const loader = path.join(changed, 'core', 'catalog', 'loadCatalog.ts');
    fs.appendFileSync(loader, '\n// changed\n');
    writeBuiltCatalog(texts, loaded, forBuild, [compiled, changed]);
    expect(readBuiltCatalog(texts, forBuild)).toBeUndefined();
    fs.rmSync(changed, { recursive: true, force: true });
    fs.rmSync(compiled, { recursive: true, force: true });
  });

  it('keeps no catalog with problems', () => {
    const refused = path.join(dir, 'refused.json');
    expect(() => writeBuiltCatalog(texts, { ...loaded, problems: [{ file: 'a.yaml', path: '', code: 'catalog.syntax', detail: 'x', reason: { code: 'catalog.reason.unreadable', params: { detail: 'EACCES' } } }] }, refused)).toThrow();
    expect(fs.existsSync(refused)).toBe(false);
  });

  // Decision 0250: returns made from an earlier release are checked against it, which loaded its YAML in every process.
  describe('a released version', () => {
    const release = readVersionRegistry().versions.find((entry) => entry.version !== version);
    if (release === undefined) throw new Error('no earlier release in the registry');
    const releaseTexts = textsOfRelease(release, texts, (name) => keptFile(release.version, name));
    if (releaseTexts === null) throw new Error(`release ${release.version} cannot be rebuilt`);
    const fromYaml = loadCatalog(releaseTexts);
    const releases = fs.mkdtempSync(path.join(dir, 'releases-'));
    const releaseFile = builtReleaseFile(release.version, releases);
    if (releaseFile === null) throw new Error(`no file for ${release.version}`);

    it('kept by the build, is what loading its texts gives, strictly equal', () => {
      writeBuiltCatalog(releaseTexts, { catalog: fromYaml.catalog, problems: fromYaml.problems, version: fromYaml.version }, releaseFile);
      expect(packageHistory(texts, releases).standingOf(release.version)).toStrictEqual({ kind: 'released', loaded: fromYaml });
    });

    it('is read from the kept file, not its YAML, while the file was kept for its texts and this code', () => {
      // A kept file of other contents under the right key shows which one the history gave.
      const marked = { ...fromYaml, catalog: { ...fromYaml.catalog, plans: [] } };
      writeBuiltCatalog(releaseTexts, marked, releaseFile);
      expect(packageHistory(texts, releases).standingOf(release.version)).toStrictEqual({ kind: 'released', loaded: marked });
      // Kept for other texts (here the current catalog's), it is not used: the release is loaded from its YAML.
      writeBuiltCatalog(texts, marked, releaseFile);
      expect(packageHistory(texts, releases).standingOf(release.version)).toStrictEqual({ kind: 'released', loaded: fromYaml });
    });

    it('has no kept file for a name that is not a plain version name', () => {
      expect(builtReleaseFile('../catalog', releases)).toBeNull();
      expect(builtReleaseFile('c-0ee94b61', releases)).toBe(path.join(releases, 'c-0ee94b61.json'));
    });
  });
});
