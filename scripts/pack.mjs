// Packs the six published packages (issue 13, item 1). Inside the monorepo every package is
// consumed as TypeScript source (exports -> src/index.ts) by tests, tsc and Docusaurus alike; the
// published package needs JavaScript and declarations. For each package this stages a copy with
// dist/ (ESM JavaScript, .d.ts), its data (schemas, presets), README and LICENSE, and a
// package.json whose exports point at dist, then runs `npm pack` on the copy.
//
// All six are published, with one version kept in step (this script refuses to pack otherwise):
// @stepwise/core, runbook, policy, project, cli, docusaurus-plugin. The CLI alone bundles the
// engine into one file (it starts in a fraction of the time a graph of modules takes, and installs
// with no dependency); the other packages keep each other external, so a site that uses the plugin
// and the policy package loads one copy of the engine.
//
// Usage: node scripts/pack.mjs [destination-folder] [package ...]   (prints one .tgz path a line)
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, transform } from 'esbuild';
import { precompiledModule, SCHEMAS } from './compileValidators.mjs';
import { generatePresets, presetFiles } from './generatePresets.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const REPOSITORY = 'https://github.com/stepwise-dev/stepwise';
const HOMEPAGE = 'https://stepwise.dev';
/** require(esm), which CommonJS consumers of these ES modules rely on, is on by default from 20.19. */
const ENGINES = { node: '>=20.19' };
export const PUBLISHED = ['core', 'runbook', 'policy', 'project', 'cli', 'docusaurus-plugin'];

const [destinationArg, ...only] = process.argv.slice(2);
const destination = resolve(destinationArg ?? join(root, 'artifacts'));
const chosen = only.length > 0 ? only : PUBLISHED;
const manifests = Object.fromEntries(PUBLISHED.map((dir) => [dir, JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8'))]));
checkVersionsInStep(manifests);

function checkVersionsInStep(all) {
  const version = all.core.version;
  for (const [dir, m] of Object.entries(all)) {
    const internal = Object.entries({ ...m.dependencies, ...m.peerDependencies }).filter(([name]) => name.startsWith('@stepwise/'));
    const off = [[m.name, m.version], ...internal].filter(([, v]) => v !== version);
    if (off.length > 0) throw new Error(`packages/${dir}: ${off.map(([n, v]) => `${n}@${v}`).join(', ')} is not at ${version}; the packages are versioned in step.`);
  }
}

/** What the published package.json has beyond its source's name, version and dependencies. */
function publishedManifest(dir, source, extra) {
  const { private: _private, scripts: _scripts, devDependencies: _dev, exports: _exports, ...kept } = source;
  return {
    ...kept,
    type: 'module',
    license: 'MIT',
    repository: { type: 'git', url: `git+${REPOSITORY}.git`, directory: `packages/${dir}` },
    homepage: `${HOMEPAGE}/docs/tool-builders/`,
    bugs: `${REPOSITORY}/issues`,
    engines: ENGINES,
    ...extra,
    files: [...extra.files, 'README.md', 'LICENSE'],
  };
}

const external = (manifest, more = []) => [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {}), ...more];

async function bundle(out, dir, manifest, options = {}) {
  await build({
    entryPoints: { index: join(root, 'packages', dir, 'src/index.ts') },
    outdir: join(out, 'dist'),
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    conditions: ['import', 'module', 'default'],
    target: 'es2022',
    external: external(manifest),
    sourcemap: true,
    logLevel: 'warning',
    ...options,
  });
}

const typesOf = (file) => `./dist/types/${file}`;

/**
 * The published exports, derived from the source package.json's (which point at src/*.ts inside
 * the monorepo), so that a subpath added there cannot be missing from the tarball (the plugin's
 * import of @stepwise/policy/stages broke every fresh site build once): ./src/x.ts becomes
 * ./dist/x.js with ./dist/types/x.d.ts; data files (schemas) keep their paths. `extra` adds the
 * subpaths only the tarball has.
 */
const SOURCE_EXPORT = /^\.\/src\/(.+)\.tsx?$/;

function publishedExports(source, extra = {}) {
  const out = {};
  for (const [subpath, target] of Object.entries(source.exports ?? {})) {
    const match = SOURCE_EXPORT.exec(target);
    out[subpath] = match ? { types: typesOf(`${match[1]}.d.ts`), import: `./dist/${match[1]}.js`, default: `./dist/${match[1]}.js` } : target;
  }
  return { ...out, ...extra, './package.json': './package.json' };
}

/** Every TypeScript module a package exports, for the declarations run. */
function exportedSources(dir) {
  return Object.values(manifests[dir].exports ?? {})
    .filter((target) => SOURCE_EXPORT.test(target))
    .flatMap((target) => {
      const path = `packages/${dir}/${target.slice(2)}`;
      if (!path.includes('*')) return [path];
      const [before, after] = path.split('*');
      return readdirSync(join(root, before)).map((name) => `${before}${name}${after}`).filter((file) => existsSync(join(root, file)));
    });
}

const PACKERS = {
  async core(out) {
    await transpilePackage('core', out);
    return { exports: publishedExports(manifests.core), types: typesOf('index.d.ts'), sideEffects: false, files: ['dist'] };
  },

  async runbook(out) {
    await transpilePackage('runbook', out, SCHEMAS.runbook);
    cpSync(join(root, 'packages/runbook/schema'), join(out, 'schema'), { recursive: true });
    return {
      exports: publishedExports(manifests.runbook),
      types: typesOf('index.d.ts'),
      sideEffects: false,
      files: ['dist', 'schema'],
    };
  },

  async policy(out) {
    // The compiled dictionaries (src/estimator/dictionaries.js) stay behind import(), a module of
    // their own that Node and a consumer's bundler load only on first use.
    await transpilePackage('policy', out, SCHEMAS.policy);
    cpSync(join(root, 'packages/policy/schema'), join(out, 'schema'), { recursive: true });
    // The same files the generated presets module holds, for reading and for editors.
    for (const file of presetFiles(root)) {
      mkdirSync(join(out, 'presets', file.kind), { recursive: true });
      writeFileSync(join(out, 'presets', file.kind, file.name), file.text);
    }
    return {
      exports: publishedExports(manifests.policy, { './presets/*': './presets/*' }),
      types: typesOf('index.d.ts'),
      sideEffects: false,
      files: ['dist', 'schema', 'presets'],
    };
  },

  async project(out) {
    await transpilePackage('project', out);
    return { exports: publishedExports(manifests.project), types: typesOf('index.d.ts'), sideEffects: false, files: ['dist'] };
  },

  async cli(out, manifest) {
    // One file with the whole engine (as scripts/build.mjs makes it for this repository).
    execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
    mkdirSync(join(out, 'dist'), { recursive: true });
    cpSync(join(root, 'packages/cli/dist/stepwise.mjs'), join(out, 'dist/stepwise.mjs'));
    cpSync(join(root, 'packages/cli/bin'), join(out, 'bin'), { recursive: true });
    writeFileSync(join(out, 'dist/index.js'), "export * from './stepwise.mjs';\n");
    // The one reader of project files (regular files inside the project, at most the cap), which
    // the Docusaurus plugin imports too (issue 15 item 1): its own small module.
    await build({
      entryPoints: { 'files/readRegularFile': join(root, 'packages/cli/src/files/readRegularFile.ts') },
      outdir: join(out, 'dist'),
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      logLevel: 'warning',
    });
    cpSync(join(root, 'packages/cli/schema'), join(out, 'schema'), { recursive: true });
    return {
      exports: publishedExports(manifest),
      types: typesOf('index.d.ts'),
      bin: manifest.bin,
      // Bundled: only the declarations name the engine packages (types of main's io).
      dependencies: Object.fromEntries(Object.entries(manifest.dependencies).filter(([name]) => name.startsWith('@stepwise/'))),
      files: ['bin', 'dist', 'schema'],
    };
  },

  async 'docusaurus-plugin'(out, manifest) {
    const pkg = join(root, 'packages/docusaurus-plugin');
    // The server side: one module (Docusaurus loads it with Node).
    await bundle(out, 'docusaurus-plugin', manifest, { platform: 'node', external: [...external(manifest), '@docusaurus/*', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)] });
    // The browser side, file by file so that `swizzle` copies a component folder as it is:
    // theme/ (compiled JavaScript for getThemePath), browser/ and client/ (the ./client entry).
    for (const folder of ['theme', 'browser', 'client']) await transpileFolder(join(pkg, 'src', folder), join(out, 'dist', folder));
    // The TypeScript sources for getTypeScriptThemePath (`swizzle --typescript`) and the
    // @theme/... declarations users get through the package's types.
    cpSync(join(pkg, 'src/theme'), join(out, 'src/theme'), { recursive: true });
    cpSync(join(pkg, 'src/theme-stepwise.d.ts'), join(out, 'src/theme-stepwise.d.ts'));
    cpSync(join(pkg, 'src/browser/generated.d.ts'), join(out, 'src/generated.d.ts'));
    return {
      exports: publishedExports(manifest),
      types: typesOf('index.d.ts'),
      sideEffects: ['*.css'],
      files: ['dist', 'src'],
    };
  },
};

/**
 * An engine package as one ES module per source file (what tsc would emit), not one bundle: with
 * `sideEffects: false` a consumer's bundler then drops every module a page does not use (a
 * bundle's single module defeats that: evaluatePassword alone carried the YAML parsers). JSON
 * imports become small modules (Node would need import attributes for JSON), and a package with
 * schemas gets their validators precompiled (dist/precompiledValidators.js) in place of core's
 * run-time compileSchema.
 */
async function transpilePackage(dir, out, schemas) {
  const src = join(root, 'packages', dir, 'src');
  const dist = join(out, 'dist');
  await transpileFolder(src, dist, (code, file) => {
    let text = code.replace(/((?:from|import)\s*\(?\s*)(['"])(\.{1,2}\/[^'"]+\.json)\2/g, (_m, lead, quote, specifier) => {
      const json = resolve(dirname(file), specifier);
      const module = join(dist, '_json', `${relative(join(root, 'packages', dir), json).split('/').join('__')}.js`);
      mkdirSync(dirname(module), { recursive: true });
      writeFileSync(module, `export default ${readFileSync(json, 'utf8').trim()};\n`);
      let rel = relative(dirname(join(dist, relative(src, file))), module).split('\\').join('/');
      if (!rel.startsWith('.')) rel = `./${rel}`;
      return `${lead}${quote}${rel}${quote}`;
    });
    if (schemas && /\bcompileSchema\b/.test(text)) {
      text = text.replace(/import \{([^}]*)\} from (['"])@stepwise\/core\2;/, (whole, names) => {
        const list = names.split(',').map((n) => n.trim()).filter(Boolean);
        if (!list.includes('compileSchema')) return whole;
        const rest = list.filter((n) => n !== 'compileSchema');
        let rel = relative(dirname(join(dist, relative(src, file))), join(dist, 'precompiledValidators.js')).split('\\').join('/');
        if (!rel.startsWith('.')) rel = `./${rel}`;
        return `${rest.length > 0 ? `import { ${rest.join(', ')} } from '@stepwise/core';\n` : ''}import { compileSchema } from '${rel}';`;
      });
    }
    return text;
  });
  if (schemas) writeFileSync(join(dist, 'precompiledValidators.js'), await precompiledModule(root, schemas));
}

/** esbuild transform of each .ts/.tsx (JSX for React 17+'s runtime), other files copied; relative imports made explicit for ESM. */
async function transpileFolder(from, to, rewrite = (code) => code) {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from)) {
    const source = join(from, entry);
    if (statSync(source).isDirectory()) {
      await transpileFolder(source, join(to, entry), rewrite);
      continue;
    }
    if (entry.endsWith('.d.ts')) continue;
    if (!/\.tsx?$/.test(entry)) {
      cpSync(source, join(to, entry));
      continue;
    }
    const { code } = await transform(readFileSync(source, 'utf8'), { loader: entry.endsWith('x') ? 'tsx' : 'ts', jsx: 'automatic', format: 'esm', target: 'es2022', sourcefile: source });
    writeFileSync(join(to, entry.replace(/\.tsx?$/, '.js')), explicitJs(rewrite(code, source), from));
  }
}

/** `./x` -> `./x.js` or `./x/index.js`: webpack and Node read a "type": "module" package's imports as fully specified. */
function explicitJs(code, sourceDir) {
  return code.replace(/((?:from|import)\s*\(?\s*)(['"])(\.{1,2}\/[^'"]+)\2/g, (match, lead, quote, specifier) => {
    if (/\.(js|css|json)$/.test(specifier)) return match;
    const base = resolve(sourceDir, specifier);
    if (['.ts', '.tsx', '.js'].some((ext) => existsSync(base + ext))) return `${lead}${quote}${specifier}.js${quote}`;
    if (['index.ts', 'index.tsx'].some((f) => existsSync(join(base, f)))) return `${lead}${quote}${specifier}/index.js${quote}`;
    return match;
  });
}

/** Declarations of every package in one TypeScript run, with the repository's own settings. */
function emitDeclarations(outDir) {
  const config = join(root, 'tsconfig.pack.tmp.json');
  writeFileSync(
    config,
    JSON.stringify({
      extends: './tsconfig.json',
      compilerOptions: { noEmit: false, declaration: true, emitDeclarationOnly: true, outDir, rootDir: './packages', types: ['node'] },
      include: [],
      files: [...PUBLISHED.flatMap(exportedSources), 'packages/docusaurus-plugin/src/browser/generated.d.ts', 'packages/docusaurus-plugin/src/theme-stepwise.d.ts'],
    }),
  );
  try {
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', config], { stdio: 'inherit' });
  } finally {
    rmSync(config, { force: true });
  }
  // The plugin's types carry its ambient declarations (@theme/..., the data alias) to users.
  const pluginIndex = join(outDir, 'docusaurus-plugin/src/index.d.ts');
  writeFileSync(pluginIndex, `/// <reference path="../../src/theme-stepwise.d.ts" />\n/// <reference path="../../src/generated.d.ts" />\n${readFileSync(pluginIndex, 'utf8')}`);
}

/** Relative specifiers in declarations made explicit (./x.js), for nodenext and bundler resolution alike. */
function explicitSpecifiers(dir) {
  for (const entry of readdirSync(dir)) {
    const file = join(dir, entry);
    if (statSync(file).isDirectory()) {
      explicitSpecifiers(file);
      continue;
    }
    if (!file.endsWith('.d.ts')) continue;
    const text = readFileSync(file, 'utf8').replace(/((?:from|import)\s*\(?\s*)(['"])(\.{1,2}\/[^'"]+)\2/g, (match, lead, quote, specifier) => {
      const base = resolve(dirname(file), specifier).replace(/\.(d\.ts|ts|tsx|js)$/, '');
      const explicit = existsSync(`${base}.d.ts`) ? `${base}.js` : existsSync(join(base, 'index.d.ts')) ? join(base, 'index.js') : undefined;
      if (!explicit) return match;
      let rel = relative(dirname(file), explicit).split('\\').join('/');
      if (!rel.startsWith('.')) rel = `./${rel}`;
      return `${lead}${quote}${rel}${quote}`;
    });
    writeFileSync(file, text);
  }
}

// Last, so that every declaration above is initialised.
const stage = mkdtempSync(join(tmpdir(), 'stepwise-pack-'));
try {
  generatePresets(root);
  emitDeclarations(join(stage, '_types'));
  mkdirSync(destination, { recursive: true });
  for (const dir of chosen) {
    const out = join(stage, dir);
    mkdirSync(out, { recursive: true });
    const manifest = await PACKERS[dir](out, manifests[dir]);
    cpSync(join(stage, '_types', dir, 'src'), join(out, 'dist/types'), { recursive: true });
    explicitSpecifiers(join(out, 'dist/types'));
    cpSync(join(root, 'LICENSE'), join(out, 'LICENSE'));
    const readme = join(root, 'packages', dir, 'README.md');
    if (existsSync(readme)) cpSync(readme, join(out, 'README.md'));
    writeFileSync(join(out, 'package.json'), `${JSON.stringify(publishedManifest(dir, manifests[dir], manifest), null, 2)}\n`);
    const tgz = execFileSync('npm', ['pack', '--silent', '--pack-destination', destination], { cwd: out, encoding: 'utf8' }).trim().split('\n').pop();
    process.stdout.write(`${join(destination, tgz)}\n`);
  }
} finally {
  rmSync(stage, { recursive: true, force: true });
}
