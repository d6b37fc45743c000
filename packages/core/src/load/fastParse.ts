import { load, CORE_SCHEMA } from 'js-yaml';

export const NOT_FAST = Symbol('not-fast');

/** The part of js-yaml's loader state the listener reads: the anchors defined so far. */
interface LoaderState {
  anchorMap?: Record<string, unknown>;
}

/**
 * The fast path for the common case, a well-formed file: js-yaml with the YAML 1.2 core schema
 * (the same scalars as `yaml`'s default) builds the value about 10x faster than composing a
 * full `yaml` Document. Anything unusual — an error, anchors or aliases (alias bombs), several
 * documents, an empty document — returns NOT_FAST, and the caller takes the full path, which is
 * the one that reports problems with positions and counts aliases. The two parsers' agreement on
 * every fixture is checked by test/core/fast-path.test.ts.
 *
 * Anchors are detected from the loader's own anchor table, not by scanning the text: a scan
 * cannot tell `*alias` from Markdown emphasis (`**bold**`) inside a block scalar, and sent every
 * runbook with bold text down the slow path. An alias needs an anchor (js-yaml rejects an
 * unknown one), so a file that defines no anchor holds no alias; js-yaml resolves aliases to
 * shared references, so even an alias bomb costs it linear time before it is turned away here.
 */
export function fastParse(text: string): unknown {
  let state: LoaderState | undefined;
  try {
    const value = load(text, {
      schema: CORE_SCHEMA,
      json: false,
      listener(_event, loaderState) {
        state ??= loaderState as unknown as LoaderState;
      },
    });
    if (state?.anchorMap && Object.keys(state.anchorMap).length > 0) return NOT_FAST;
    return value === undefined || value === null ? NOT_FAST : value;
  } catch {
    return NOT_FAST;
  }
}
