// The ajv settings of every schema validator, compiled at run time (compileSchema.ts) or ahead of
// time (scripts/compileValidators.mjs): plain JavaScript so that the build script, which runs
// before any TypeScript is compiled, reads the same object (types: the .d.ts beside it).
// Strict mode, every error collected, no `$data`, and nothing that rewrites the author's data (no
// coercion, defaults or removal); `verbose` keeps the parent schema on each error so that hints
// ("did you mean ...") can be computed.
export const AJV_OPTIONS = Object.freeze({
  strict: true,
  allErrors: true,
  verbose: true,
  allowUnionTypes: true,
  $data: false,
  coerceTypes: false,
  useDefaults: false,
  removeAdditional: false,
});
