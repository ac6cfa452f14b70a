// ts-jest, each file transpiled once per run whichever jest project loads it. Jest keeps its transform cache per
// project (a folder named after the project's id) and ts-jest's cache key holds the whole project configuration
// (displayName, testMatch…), so on a cold cache every source file the unit and the integration projects both load —
// most of src/ and tests/support/ — was transpiled twice, some 15 ms of CPU each (decision 0269). Here ts-jest's
// result is also kept in one folder of jest's cache directory under a key of what decides it: the file's path and
// text, ts-jest's options and the compiler options it parsed from tsconfig.json, the versions of ts-jest and
// TypeScript, and jest's module flags. The other project finds it there instead of transpiling again. Everything else
// is ts-jest's own: the code it returns, its cache key for jest's own cache, its syntax-error diagnostics.
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { TsJestTransformer } = require('ts-jest');

/** Bumped when what this file writes changes. */
const FORMAT = '1';
const VERSIONS = `${FORMAT}:${require('ts-jest/package.json').version}:${require('typescript').version}`;

class SharedTsJestTransformer {
  constructor(options) {
    this.inner = new TsJestTransformer(options);
    this.optionsText = JSON.stringify(options ?? {});
    /** ts-jest's parsed compiler options as text, per project configuration object. */
    this.compilerOptions = new WeakMap();
    this.getCacheKey = this.inner.getCacheKey;
    this.getCacheKeyAsync = this.inner.getCacheKeyAsync;
  }

  /** What decides ts-jest's output for this file, without the project's own identity. */
  sharedKey(sourceText, sourcePath, transformOptions) {
    const { config } = transformOptions;
    let compilerOptions = this.compilerOptions.get(config);
    if (compilerOptions === undefined) {
      compilerOptions = JSON.stringify(this.inner._configsFor(transformOptions).parsedTsConfig.options);
      this.compilerOptions.set(config, compilerOptions);
    }
    return crypto
      .createHash('sha256')
      .update(`${VERSIONS}\0${this.optionsText}\0${compilerOptions}\0${config.rootDir}\0${process.env.TS_JEST_HOOKS ?? ''}\0`)
      .update(`${transformOptions.instrument ? 1 : 0}${transformOptions.supportsStaticESM ? 1 : 0}\0${sourcePath}\0`)
      .update(sourceText)
      .digest('hex');
  }

  process(sourceText, sourcePath, transformOptions) {
    const key = this.sharedKey(sourceText, sourcePath, transformOptions);
    const file = path.join(transformOptions.config.cacheDirectory, 'ts-jest-shared', key.slice(0, 2), key);
    try {
      return { code: fs.readFileSync(file, 'utf8') };
    } catch {
      // Not made yet by either project.
    }
    const result = this.inner.process(sourceText, sourcePath, transformOptions);
    if (typeof result.code === 'string' && result.map == null) {
      try {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        const partial = `${file}.${process.pid}`;
        fs.writeFileSync(partial, result.code);
        fs.renameSync(partial, file);
      } catch {
        // A cache that cannot be written costs a transpile next time, nothing else.
      }
    }
    return result;
  }

  async processAsync(sourceText, sourcePath, transformOptions) {
    return this.process(sourceText, sourcePath, transformOptions);
  }
}

module.exports = {
  createTransformer: (options) => new SharedTsJestTransformer(options),
};
