import { load, CORE_SCHEMA } from 'js-yaml';

/** Anchors or aliases (`&name`, `*name`): such files take the full path, which counts aliases. */
const ANCHOR_OR_ALIAS = /(?:^|[\s[{,])[&*][^\s,[\]{}]/m;

export const NOT_FAST = Symbol('not-fast');

/**
 * The fast path for the common case, a well-formed file: js-yaml with the YAML 1.2 core schema
 * (the same scalars as `yaml`'s default) builds the value about 10x faster than composing a
 * full `yaml` Document. Anything unusual — an error, anchors or aliases (alias bombs), several
 * documents, an empty document — returns NOT_FAST, and the caller takes the full path, which is
 * the one that reports problems with positions. The two parsers' agreement on every fixture is
 * checked by test/core/fast-path.test.ts.
 */
export function fastParse(text: string): unknown {
  if (ANCHOR_OR_ALIAS.test(text)) return NOT_FAST;
  try {
    const value = load(text, { schema: CORE_SCHEMA, json: false });
    return value === undefined || value === null ? NOT_FAST : value;
  } catch {
    return NOT_FAST;
  }
}
