// Build step run by `npm test`, `npm ci` (prepare) and `npm run bench`: writes the generated
// modules (shipped presets from policy/), then bundles the CLI into one ES module so that
// `stepwise` starts fast (no TypeScript loader at run time). Engine packages are consumed as
// source elsewhere; the published dist/ folders are made by scripts/pack.mjs.
import { build } from 'esbuild';
import { generatePresets } from './generatePresets.mjs';
import { precompiledValidatorsPlugin, SCHEMAS } from './compileValidators.mjs';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { writeDiagnosticHelp } from './diagnosticHelp.mjs';
import { writeShippedPolicies } from '../packages/policy/scripts/compileShippedPolicies.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// The SARIF rule metadata the CLI embeds, read from the diagnostic reference.
writeDiagnosticHelp(root);
generatePresets(root);
// The same presets as parsed documents, the default parents of loadPolicy's `extends` (browser too).
writeShippedPolicies();
// The package's entry (main and EXIT): bin/stepwise.mjs runs main, the published API is the same file.
const entry = join(root, 'packages/cli/src/index.ts');
if (existsSync(entry)) {
  await build({
    entryPoints: [entry],
    outfile: join(root, 'packages/cli/dist/stepwise.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    logLevel: 'warning',
    // yaml's Node build reads process.env on every token (LOG_TOKENS), which cost 2 s of 14 s
    // when validating 2,000 runbooks; its browser build is the same parser without that lookup.
    plugins: [
      // Validators compiled ahead of time: the CLI compiles no schema when it starts.
      precompiledValidatorsPlugin(root, [...SCHEMAS.policy, ...SCHEMAS.runbook, ...SCHEMAS.cli]),
      {
        name: 'yaml-browser-build',
        setup(b) {
          b.onResolve({ filter: /^yaml$/ }, () => ({ path: join(root, 'node_modules/yaml/browser/index.js') }));
        },
      },
    ],
    // CommonJS dependencies bundled into ESM need a real `require`.
    banner: { js: "import { createRequire as __stepwiseCreateRequire } from 'node:module'; const require = __stepwiseCreateRequire(import.meta.url);" },
  });
}
