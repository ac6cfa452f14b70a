import { fnv1a, FNV_OFFSET } from './fnv1a';
import type { CatalogText } from './loadCatalog';

/** FNV-1a over the texts in file-name order: the same catalog gives the same version everywhere. */
export function catalogVersion(files: readonly CatalogText[]): string {
  let hash = FNV_OFFSET;
  for (const { file, text } of [...files].sort((a, b) => (a.file < b.file ? -1 : 1))) {
    hash = fnv1a(fnv1a(fnv1a(fnv1a(hash, file.replace(/^.*[/\\]/u, '')), '\u0000'), text), '\u0000');
  }
  return `c-${hash.toString(16).padStart(8, '0')}`;
}
