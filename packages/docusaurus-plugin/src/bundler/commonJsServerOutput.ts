/**
 * Our site's package.json says `"type": "module"`, so Node would load the server bundle's
 * CommonJS chunks (`<outDir>/__server/**.js`) as ES modules and static generation would fail with
 * "exports is not defined in ES module scope". A `package.json` of `{"type":"commonjs"}` emitted
 * next to them gives that folder the right module type. Works with webpack and Rspack, whose
 * compiler and compilation share these hooks (typed structurally here to fit both).
 */
export class CommonJsServerOutput {
  apply(compiler: BundlerCompiler): void {
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.processAssets.tap({ name: NAME, stage: 0 }, () => {
        compilation.emitAsset('package.json', new RawSource('{"type":"commonjs"}\n'));
      });
    });
  }
}

const NAME = 'StepwiseCommonJsServerOutput';

interface BundlerCompilation {
  hooks: { processAssets: { tap(options: { name: string; stage: number }, fn: () => void): void } };
  emitAsset(name: string, source: unknown): void;
}

interface BundlerCompiler {
  webpack: { sources: { RawSource: new (text: string) => unknown } };
  hooks: { thisCompilation: { tap(name: string, fn: (compilation: BundlerCompilation) => void): void } };
}
