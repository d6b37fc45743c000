/**
 * Codes of the findings `stepwise test` and `stepwise conform` report in the machine formats
 * (json, github, sarif, junit), documented in docs/authoring/diagnostics.md like the engine's.
 */
export type CliCode =
  | 'example-failed'
  | 'conformance-fails'
  | 'conformance-conflicts'
  | 'conformance-manual';
