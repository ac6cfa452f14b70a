import type * as YamlModule from 'yaml';

let loaded: typeof YamlModule | undefined;

/**
 * The yaml library, loaded the first time YAML is parsed or written: `check` with the catalog the build kept as JSON
 * (decision 0201) parses no YAML, and loading the library cost about 0.1 s of its start-up. The only place that loads
 * yaml's code; catalog/yamlDocument.ts and import/catalogYaml.ts import its types only.
 */
export function yamlLibrary(): typeof YamlModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, not on import
  loaded ??= require('yaml') as typeof YamlModule;
  return loaded;
}
