// Jest's runtime, with each module's compiled code kept for the test files after it. Jest gives every test file a
// fresh registry and context and compiles again every module the file loads (`vm.compileFunction`): its own expect,
// jest-snapshot and pretty-format, React, Fluent, ExcelJS, src, in each of some 130 unit files. Here a module is
// compiled once per worker as a script (`vm.Script`, as jest 29 compiled it) and the script is run again in each
// file's context: a new function, closures and module state in that context, as before; only the parse and the
// bytecode (of the functions the files before compiled lazily, too) are shared. A script is kept per file name and
// made again when the file's text changes (watch mode). The wrapper's first line is line 0 (`lineOffset: -1`), so
// lines and columns in stack traces and source maps are the module's own. Not used while collecting V8 coverage
// (which counts per script). Decision 0226, BENCHMARKS.md "The test suite".
//
// The standard built-ins (Math, Object, Array, JSON, Map…) are handed to each module as the arguments of a function
// around jest's wrapper, read from the file's own global object when its first module runs (once per file, 0260): in
// a vm context every global name goes through the context's interceptors, which V8 cannot cache or optimise (a hash
// loop calling Math.imul ran 10–20 times slower in a test file than in plain Node). A module's own declaration of such
// a name (`const Symbol`) shadows the argument as it shadowed the global. Timers, Date and the host's globals are left
// out: tests replace those. Decision 0248.
//
// Jest's transform of each module is kept per worker too (keptTransforms, decision 0260).
const fs = require('node:fs');
const vm = require('node:vm');
const Runtime = require('jest-runtime').default;

/** ECMAScript's own built-ins, which no test here replaces (jest's fake timers replace Date, timers and Intl). */
const BUILT_INS = [
  'Object', 'Array', 'Math', 'JSON', 'String', 'Number', 'Boolean', 'Symbol', 'BigInt', 'Map', 'Set', 'WeakMap', 'WeakSet',
  'Promise', 'Reflect', 'Proxy', 'RegExp', 'Error', 'TypeError', 'RangeError', 'SyntaxError', 'ArrayBuffer', 'DataView',
  'Uint8Array', 'Uint16Array', 'Uint32Array', 'Int8Array', 'Int16Array', 'Int32Array', 'Float32Array', 'Float64Array',
  'parseInt', 'parseFloat', 'isNaN', 'isFinite', 'encodeURIComponent', 'decodeURIComponent',
];

/** Compiled scripts by file name, with the text they were compiled from. */
const kept = new Map();

/** Module sources by file name, with the modification time they were read at. */
const sources = new Map();

/**
 * A module's text, read once per worker while its modification time stays the same. Jest reads every module a test
 * file loads from disk again for each file (its file cache lives as long as the file's runtime), though its
 * transform cache, kept per worker under the same file name and modification time, then needs none of the text.
 */
function keptSource(fileCache) {
  const readFile = fileCache.readFile.bind(fileCache);
  fileCache.readFile = (filename) => {
    if (fileCache.strings.has(filename)) return readFile(filename);
    let mtime;
    try {
      mtime = fs.statSync(filename).mtimeMs;
    } catch {
      return readFile(filename);
    }
    const entry = sources.get(filename);
    if (entry !== undefined && entry.mtime === mtime) {
      fileCache.strings.set(filename, entry.source);
      return entry.source;
    }
    const source = readFile(filename);
    sources.set(filename, { mtime, source });
    return source;
  };
}

/**
 * `async_hooks` for a test file's modules, its AsyncLocalStorage recording each store made, so that the store is
 * disabled when the file is done. Node 20 runs every enabled store's propagation on every promise made, and a store
 * stays enabled until disabled: jest-circus makes one in each test file (its test execution context) and never
 * disables it, so without this a worker's hundredth file paid a hundred propagations for each promise.
 */
function asyncHooksRecording(made) {
  const real = require('node:async_hooks');
  class RecordedAsyncLocalStorage extends real.AsyncLocalStorage {
    constructor(...args) {
      super(...args);
      made.push(this);
    }
  }
  return Object.freeze({ ...real, AsyncLocalStorage: RecordedAsyncLocalStorage });
}

/** Transformed modules by file name, with the project, the text and the caller's module flags they were transformed for. */
const transformed = new Map();

/**
 * Jest's transform of a module, kept per worker while the project (a worker runs files of both), the module's text
 * (keptSource: its modification time) and the flags jest transforms it for stay the same. Jest's own transformer keeps
 * its results per worker too, but finds them for each module of each test file again by a key it makes from the
 * file's modification time (another stat) and the flags written as JSON: 2.5 s of the unit project's CPU in band.
 * Not used while collecting coverage (the instrumented code is keyed by more). Decision 0260.
 */
function keptTransforms(transformCache, fileCache, project) {
  if (transformCache === undefined || typeof transformCache.transform !== 'function' || !(transformCache.transforms instanceof Map) || !(transformCache.sourceMaps instanceof Map)) return;
  if (fileCache === undefined || typeof fileCache.readFile !== 'function') return;
  const transform = transformCache.transform.bind(transformCache);
  transformCache.transform = (filename, options) => {
    if (options?.isInternalModule) return transform(filename, options);
    const source = fileCache.readFile(filename);
    const flags = options === undefined ? '' : `${options.supportsDynamicImport}${options.supportsExportNamespaceFrom}${options.supportsStaticESM}${options.supportsTopLevelAwait}`;
    const entry = transformed.get(filename);
    if (entry !== undefined && entry.project === project && entry.source === source && entry.flags === flags) {
      transformCache.transforms.set(filename, entry.file);
      if (entry.file.sourceMapPath) transformCache.sourceMaps.set(filename, entry.file.sourceMapPath);
      return entry.file.code;
    }
    const code = transform(filename, options);
    const file = transformCache.transforms.get(filename);
    if (file !== undefined && file.code === code) transformed.set(filename, { project, source, flags, file });
    return code;
  };
}

/** The test file running in this process (one at a time per worker): a kept script's dynamic import() goes to it. */
let running;

class KeptScriptRuntime extends Runtime {
  constructor(...args) {
    super(...args);
    this.stores = [];
    const coreModule = this.coreModule;
    if (coreModule !== undefined && typeof coreModule.require === 'function') {
      const requireCore = coreModule.require.bind(coreModule);
      let asyncHooks;
      coreModule.require = (moduleName) => {
        if (moduleName !== 'async_hooks' && moduleName !== 'node:async_hooks') return requireCore(moduleName);
        asyncHooks ??= asyncHooksRecording(this.stores);
        return asyncHooks;
      };
    }
    const [config, , , , , coverage] = args;
    // Jest 30's module executor; another jest without it keeps its own compile.
    const executor = this.executor;
    if (executor === undefined || typeof executor.compile !== 'function' || !Array.isArray(executor.injectedModuleParameters)) return;
    if (coverage?.collectCoverage && coverage.coverageProvider === 'v8') return;
    running = executor;
    if (this.fileCache !== undefined && this.fileCache.strings instanceof Map && typeof this.fileCache.readFile === 'function') keptSource(this.fileCache);
    if (!coverage?.collectCoverage) keptTransforms(executor.transformCache, this.fileCache, config?.id);
    const compileFunction = executor.compile.bind(executor);
    const parameters = executor.injectedModuleParameters.join(', ');
    /** The built-ins' values in this file's global, read when its first module runs and handed to every module (0260). */
    let builtIns;
    executor.compile = (source, filename) => {
      const context = executor.environment.getVmContext();
      if (context == null) return null;
      const scriptName = executor.resolution.isCoreModule(filename) ? `jest-nodejs-core-${filename}` : filename;
      let entry = kept.get(scriptName);
      if (entry === undefined || entry.source !== source || entry.parameters !== parameters) {
        let script;
        try {
          script = new vm.Script(`(function (${BUILT_INS.join(', ')}) { return function (${parameters}) {\n${source}\n}; })`, {
            filename: scriptName,
            lineOffset: -1,
            importModuleDynamically: (specifier, _script, attributes) => running.dynamicImport(specifier, scriptName, running.environment.getVmContext(), attributes),
          });
        } catch {
          // A syntax error (ESM, a broken file): jest's own compile reports it as it always did.
          return compileFunction(source, filename);
        }
        entry = { source, parameters, script };
        kept.set(scriptName, entry);
      }
      if (builtIns === undefined) {
        const global = executor.environment.global;
        builtIns = BUILT_INS.map((name) => global[name]);
      }
      return entry.script.runInContext(context)(...builtIns);
    };
  }

  teardown() {
    super.teardown();
    for (const store of this.stores.splice(0)) store.disable();
  }
}

module.exports = KeptScriptRuntime;
