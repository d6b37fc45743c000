/**
 * Plain JSON the plugin writes at build time for the interactive pages (`interactiveRoutes`),
 * read in the browser. Policies arrive already resolved, so the browser parses no YAML and
 * compiles no schema (the site runs under a content-security policy without `unsafe-eval`).
 */
import type { EvaluablePolicy } from '@stepwise/policy';
import type { Runbook } from '@stepwise/runbook';

/** A shipped policy with `extends` applied, as the checker evaluates it. */
export interface CheckerPolicy {
  id: string;
  title: string;
  /** The resolved policy without its examples (the checker does not need them). */
  document: EvaluablePolicy;
}

/** `checker-policies.json`: every shipped policy and the clauses their rules cite. */
export interface CheckerData {
  policies: CheckerPolicy[];
  /** Clause id -> its standard, for links `/<standards>/<standard>#<clause>`. */
  clauses: Record<string, { standard: string; title: string }>;
  routes: { policies: string; standards: string; runbooks: string; audit: string; checker: string };
}

/**
 * `run-<runbook id>.json`: what a run needs, loaded lazily when a checklist mounts. The exact
 * source text is there because `startRun` records its SHA-256 (the record names exactly what was
 * followed) and `/audit/verify` compares a record against it.
 */
export interface RunbookBundle {
  runbook: Runbook;
  source: string;
  /** Path of the source file in the repository, as `stepwise verify --runbook` would take it. */
  file: string;
}

/** Props of the `/runbooks/<id>/run` route. */
export interface RunChecklistRouteProps {
  runbook: { id: string; title: string; version: string; summary: string };
  policy?: { id: string; title: string };
  routes: CheckerData['routes'];
}

/** Props of the `/audit/verify` route. */
export interface VerifyRouteProps {
  runbooks: { id: string; title: string; version: string }[];
  routes: CheckerData['routes'];
}

/** Props of the `/checker` route (the route itself is added by `addStepwiseRoutes`). */
export interface CheckerRouteProps {
  policies: { id: string; title: string }[];
  defaultPolicy?: string;
}
