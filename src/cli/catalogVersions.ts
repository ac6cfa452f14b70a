import fs from 'node:fs';
import path from 'node:path';
import { catalogHistory, loadCatalog, parseVersionRegistry, type CatalogHistory, type CatalogText, type LoadedCatalog, type VersionRegistry } from '../core/catalog';
import { BUILT_RELEASES_DIR, builtReleaseFile, readBuiltCatalog } from './builtCatalog';
import { CATALOG_DIR } from './paths';

/** The registry of released catalog versions and, beside it, the files of each that changed since. */
const VERSIONS_DIR = path.join(CATALOG_DIR, 'versions');
const REGISTRY_FILE = path.join(VERSIONS_DIR, 'versions.json');

export function readVersionRegistry(file: string = REGISTRY_FILE): VersionRegistry {
  return parseVersionRegistry(fs.readFileSync(file, 'utf8'));
}

/** The file a released version kept of its own, or null (a version name or file name never leaves the folder). */
export function keptFile(version: string, file: string, dir: string = VERSIONS_DIR): string | null {
  if (!/^[\w.-]+$/u.test(version) || !/^[\w.-]+$/u.test(file)) return null;
  try {
    return fs.readFileSync(path.join(dir, version, file), 'utf8');
  } catch {
    return null;
  }
}

/**
 * The history of the package's catalog (`current` are its texts). A released version is what the build kept of it
 * for these texts and this code (`releasesDir`, decision 0250), else loaded from its YAML.
 */
export function packageHistory(current: readonly CatalogText[], releasesDir: string = BUILT_RELEASES_DIR): CatalogHistory {
  const load = (texts: readonly CatalogText[], version: string): LoadedCatalog => {
    const file = builtReleaseFile(version, releasesDir);
    return (file === null ? undefined : readBuiltCatalog(texts, file)) ?? loadCatalog(texts);
  };
  return catalogHistory(readVersionRegistry(), current, (release, file) => keptFile(release, file), load);
}
