/**
 * The catalog versions that were released: a return carries the fingerprint of the catalog it was generated from
 * (its `_meta` catalogVersion), and the checker must know that fingerprint to know which targets and rows the form
 * printed. The registry (catalog/versions/versions.json) lists every released version with the fingerprint of each
 * of its files; a file that changed since is kept beside the registry (catalog/versions/<version>/<file>), so the
 * version can be rebuilt text for text and its forms regenerated. A fingerprint the registry does not list was never
 * released: it was typed into `_meta`.
 */
import { fnv1a, FNV_OFFSET } from './fnv1a';
import { catalogVersion } from './catalogVersion';
import type { CatalogText, LoadedCatalog } from './loadCatalog';

export interface ReleasedVersion {
  /** The catalog fingerprint (catalogVersion of its files), as written into every form made from it. */
  version: string;
  /** Day of release, ISO 8601. */
  released: string;
  /** Every catalog file of the version by base name, with the fingerprint of its text (textFingerprint). */
  files: Record<string, string>;
}

export interface VersionRegistry {
  versions: ReleasedVersion[];
}

/** How the checker stands to the version a return names. */
export type VersionStanding =
  | { kind: 'current' }
  /** A released version rebuilt from the registry: its forms are regenerated from it. */
  | { kind: 'released'; loaded: LoadedCatalog }
  /** A released version whose files are not all at hand: its forms cannot be regenerated, the checker refuses. */
  | { kind: 'unavailable' }
  /** Never released (typed into _meta, or empty). */
  | { kind: 'unknown' };

/** What a loaded catalog knows of earlier versions; absent for a catalog that is not the package's (then only its own version is known). */
export interface CatalogHistory {
  /** A version other than the catalog's own: released (rebuilt), unavailable or unknown. */
  standingOf(version: string): Exclude<VersionStanding, { kind: 'current' }>;
}

/** FNV-1a over a file's text: identifies the text a released version had. */
function textFingerprint(text: string): string {
  return `t-${fnv1a(FNV_OFFSET, text).toString(16).padStart(8, '0')}`;
}

const baseName = (file: string) => file.replace(/^.*[/\\]/u, '');

/** The registry entry of a catalog's files, as the registry records a release. */
export function releaseOf(files: readonly CatalogText[], released: string): ReleasedVersion {
  const entries = [...files].sort((a, b) => (baseName(a.file) < baseName(b.file) ? -1 : 1)).map(({ file, text }) => [baseName(file), textFingerprint(text)] as const);
  return { version: catalogVersion(files), released, files: Object.fromEntries(entries) };
}

/** Parses the registry's JSON; throws a plain Error naming what is wrong (the registry ships with the package). */
export function parseVersionRegistry(json: string): VersionRegistry {
  const data: unknown = JSON.parse(json);
  const versions = (data as { versions?: unknown } | null)?.versions;
  if (!Array.isArray(versions)) throw new Error('catalog version registry: no "versions" list');
  return {
    versions: versions.map((entry: unknown, i) => {
      const { version, released, files } = (entry ?? {}) as Record<string, unknown>;
      const fileMap = files as Record<string, unknown> | undefined;
      if (typeof version !== 'string' || typeof released !== 'string' || typeof fileMap !== 'object' || fileMap === null
        || !Object.values(fileMap).every((value) => typeof value === 'string')) {
        throw new Error(`catalog version registry: entry ${i} needs version, released and files`);
      }
      return { version, released, files: fileMap as Record<string, string> };
    }),
  };
}

/**
 * The texts of a released version: each file from the current catalog when its text is unchanged, else from the
 * version's own copy (`kept`). Null when a file is missing or the texts do not give the version's fingerprint.
 */
export function textsOfRelease(release: ReleasedVersion, current: readonly CatalogText[], kept: (file: string) => string | null): CatalogText[] | null {
  const byName = new Map(current.map((text) => [baseName(text.file), text.text]));
  const texts: CatalogText[] = [];
  for (const [file, fingerprint] of Object.entries(release.files)) {
    const now = byName.get(file);
    const text = now !== undefined && textFingerprint(now) === fingerprint ? now : kept(file);
    if (text === null || textFingerprint(text) !== fingerprint) return null;
    texts.push({ file: `catalog/${file}`, text });
  }
  return catalogVersion(texts) === release.version ? texts : null;
}

/**
 * The history of a catalog from its registry: a released version is rebuilt (once) and loaded on demand by `load`
 * (given the texts and the version: loadCatalog, or what the build kept of it; passed in so that the checks, which
 * read a history, do not bring the loader and its YAML parser into the pane's first script); one that cannot be
 * rebuilt, or loads with problems, is unavailable.
 */
export function catalogHistory(registry: VersionRegistry, current: readonly CatalogText[], kept: (version: string, file: string) => string | null, load: (texts: readonly CatalogText[], version: string) => LoadedCatalog): CatalogHistory {
  const loaded = new Map<string, Exclude<VersionStanding, { kind: 'current' }>>();
  return {
    standingOf(version) {
      const release = registry.versions.find((entry) => entry.version === version);
      if (release === undefined) return { kind: 'unknown' };
      let standing = loaded.get(version);
      if (standing === undefined) {
        const texts = textsOfRelease(release, current, (file) => kept(version, file));
        const catalog = texts === null ? null : load(texts, version);
        standing = catalog === null || catalog.problems.length > 0 ? { kind: 'unavailable' } : { kind: 'released', loaded: catalog };
        loaded.set(version, standing);
      }
      return standing;
    },
  };
}

/** How `loaded` stands to `version`: without a history only its own version is known. */
export function versionStanding(loaded: LoadedCatalog, version: string): VersionStanding {
  if (version === loaded.version) return { kind: 'current' };
  return loaded.history?.standingOf(version) ?? { kind: 'unknown' };
}
