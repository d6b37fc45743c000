// Packaging step for @stepwise/policy: inside the monorepo the package is consumed as TypeScript
// source (exports -> src/index.ts); the published package needs JavaScript and declarations.
// This stages a copy with dist/ (ESM bundle with the private @stepwise/core inlined, .d.ts for
// both) and a package.json whose exports point at dist, then runs `npm pack` on the copy.
// Usage: node packages/policy/scripts/pack.mjs [destination-folder]   (prints the .tgz path)
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const AJV_ERROR_OBJECT = 'type ErrorObject = { keyword: string; instancePath: string; schemaPath: string; params: Record<string, any>; message?: string; schema?: unknown; parentSchema?: object; data?: unknown };';

const pkgDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repo = resolve(pkgDir, '../..');
const destination = resolve(process.argv[2] ?? join(repo, 'artifacts'));
const source = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const stage = mkdtempSync(join(tmpdir(), 'stepwise-policy-pack-'));

try {
  // Runtime dependencies stay external (installed with the package); @stepwise/core and its
  // yaml + ajv are bundled, since core is private. The compiled dictionaries
  // (src/estimator/data/*.js) stay behind import(): with splitting each becomes a chunk of its
  // own that Node and a consumer's bundler load only on first use.
  const external = ['re2js'];
  await build({
    entryPoints: { index: join(pkgDir, 'src/index.ts') },
    outdir: join(stage, 'dist'),
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    conditions: ['import', 'module', 'default'],
    target: 'es2022',
    external,
    sourcemap: true,
    legalComments: 'linked',
    logLevel: 'warning',
  });

  // Declarations for policy and core, then specifiers made explicit (./x.js) so that
  // consumers with moduleResolution node16/nodenext and bundler alike can read them.
  const types = join(stage, 'dist/types');
  writeFileSync(
    join(stage, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2023', 'DOM'], types: [], strict: true, skipLibCheck: true,
        resolveJsonModule: true, declaration: true, emitDeclarationOnly: true, noEmit: false, outDir: types, rootDir: join(repo, 'packages'),
        paths: { '@stepwise/core': [join(repo, 'packages/core/src/index.ts')] },
      },
      files: [join(pkgDir, 'src/index.ts')],
    }),
  );
  execFileSync(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', join(stage, 'tsconfig.json')], { stdio: 'inherit' });
  rewriteDeclarations(types, join(types, 'core/src/index.d.ts'));

  cpSync(join(pkgDir, 'schema'), join(stage, 'schema'), { recursive: true });
  if (existsSync(join(pkgDir, 'README.md'))) cpSync(join(pkgDir, 'README.md'), join(stage, 'README.md'));
  const published = {
    name: source.name,
    version: source.version,
    description: source.description,
    type: 'module',
    license: 'MIT',
    sideEffects: false,
    exports: {
      '.': { types: './dist/types/policy/src/index.d.ts', import: './dist/index.js', default: './dist/index.js' },
      './schema.json': './schema/policy.schema.json',
      './standard.schema.json': './schema/standard.schema.json',
    },
    types: './dist/types/policy/src/index.d.ts',
    files: ['dist', 'schema', 'README.md'],
    dependencies: Object.fromEntries(external.map((name) => [name, source.dependencies[name]])),
  };
  writeFileSync(join(stage, 'package.json'), `${JSON.stringify(published, null, 2)}\n`);
  mkdirSync(destination, { recursive: true });
  const out = execFileSync('npm', ['pack', '--silent', '--pack-destination', destination], { cwd: stage, encoding: 'utf8' }).trim().split('\n').pop();
  process.stdout.write(`${join(destination, out)}\n`);
} finally {
  rmSync(stage, { recursive: true, force: true });
}

function rewriteDeclarations(dir, coreIndex) {
  for (const entry of readdirSync(dir)) {
    const file = join(dir, entry);
    if (statSync(file).isDirectory()) {
      rewriteDeclarations(file, coreIndex);
      continue;
    }
    if (!file.endsWith('.d.ts')) continue;
    // ajv is bundled, not a dependency: its one type in our public API is inlined structurally.
    const text = readFileSync(file, 'utf8').replace(/import type \{ ErrorObject \} from 'ajv';/, AJV_ERROR_OBJECT).replace(/((?:from|import)\s*\(?\s*)(['"])([^'"]+)\2/g, (match, lead, quote, specifier) => {
      let target;
      if (specifier === '@stepwise/core') target = coreIndex;
      else if (specifier.startsWith('.')) target = resolve(dirname(file), specifier);
      else return match;
      const base = target.replace(/\.d\.ts$/, '');
      const explicit = existsSync(`${base}.d.ts`) ? `${base}.js` : existsSync(join(base, 'index.d.ts')) ? join(base, 'index.js') : undefined;
      if (!explicit) return match;
      let rel = relative(dirname(file), explicit).split('\\').join('/');
      if (!rel.startsWith('.')) rel = `./${rel}`;
      return `${lead}${quote}${rel}${quote}`;
    });
    writeFileSync(file, text);
  }
}
