// webpack's loader for the pane's TypeScript: swc strips the types, file by file, as ts-loader's `transpileOnly` did
// with TypeScript's transpileModule (tsconfig.json sets isolatedModules, so no file needs another to be compiled;
// the type check is a step of its own). TypeScript spent some 4 s of CPU building a program for each of the pane's
// modules in every production build; swc, already the build's minifier, does the same work in a fraction of that
// (decision 0254). Its options say what tsconfig.json says: ES2022, class fields defined, React's automatic JSX.
const { transform } = require('@swc/core');

module.exports = function swcTypeScriptLoader(source, inputMap) {
  const done = this.async();
  transform(source, {
    filename: this.resourcePath,
    sourceMaps: this.sourceMap,
    ...(inputMap ? { inputSourceMap: JSON.stringify(inputMap) } : {}),
    swcrc: false,
    configFile: false,
    isModule: true,
    jsc: {
      parser: { syntax: 'typescript', tsx: this.resourcePath.endsWith('.tsx') },
      target: 'es2022',
      transform: { useDefineForClassFields: true, react: { runtime: 'automatic' } },
    },
  }).then((output) => done(null, output.code, output.map === undefined ? undefined : JSON.parse(output.map)), done);
};
