/** webpack's require.context, used by catalog/bundledCatalog.ts to bundle catalog/*.yaml as texts. */
declare namespace NodeJS {
  interface Require {
    context(directory: string, useSubdirectories: boolean, pattern: RegExp): {
      keys(): string[];
      (id: string): unknown;
    };
  }
}
