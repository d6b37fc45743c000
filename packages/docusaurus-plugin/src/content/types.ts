/**
 * The site's view model: plain, serialisable data computed once in `loadContent` from the
 * engine's results and handed to the pages as route props. Theme components import these types
 * only, never the engine's loaders, so no schema compiler or estimator reaches the browser.
 */
import type { ConformanceOutcome, PolicyDocument } from '@stepwise/policy';
import type { PermissionMatrix, Role, Runbook } from '@stepwise/runbook';

/** Where a page's content comes from, and its last revision in git (absent without git). */
export interface SourceInfo {
  /** Path relative to the site, as diagnostics show it. */
  path: string;
  editUrl?: string;
  revision?: Revision;
}

export interface Revision {
  commit: string;
  /** ISO 8601 committer date. */
  date: string;
  subject: string;
  author: string;
}

/** Outcome of one clause for one policy, exactly as the engine's conformance check gives it. */
export type Outcome = ConformanceOutcome;

export type OutcomeCounts = Record<Outcome, number>;

/** A clause id resolved to its standard, for links `/standards/<standard>#<clause>`. */
export interface ClauseRef {
  id: string;
  /** Absent when no loaded standard defines the clause. */
  standard?: string;
  standardTitle?: string;
  text?: string;
}

export interface RoutePaths {
  runbooks: string;
  policies: string;
  standards: string;
  audit: string;
  checker: string;
}

export interface RunbookSummary {
  id: string;
  title: string;
  version: string;
  summary: string;
  team: string;
  stepCount: number;
  policy?: { id: string; title: string };
  audiences: string[];
  source: SourceInfo;
}

export interface RunbookPageData {
  runbook: Runbook;
  policy?: { id: string; title: string };
  /** Every clause the runbook cites, resolved. */
  clauses: Record<string, ClauseRef>;
  /** Rule id -> clauses of the runbook's policy that the rule answers. */
  ruleClauses: Record<string, string[]>;
  /** Steps against the Entra roles they accept, and the Microsoft Learn page of each catalogued name (issue 12). */
  permissions: { matrix: PermissionMatrix; links: Record<string, string> };
  source: SourceInfo;
  routes: RoutePaths;
}

export interface RuleView {
  /** `length`, `composition`, `pattern:<id>`, `lifecycle.maxAgeDays`, ... */
  id: string;
  title: string;
  /** The rule in plain words. */
  description: string;
  severity?: 'error' | 'warning';
  enabled: boolean;
  clauses: string[];
  rationale?: string;
  /** The policy in the `extends` chain that last set this rule. */
  origin: string;
}

export interface ExampleView {
  password: string;
  why?: string;
  rule?: string;
  context?: Record<string, string | string[]>;
}

export interface ChainLevel {
  id: string;
  title: string;
  /** What this level sets or changes, in plain words. */
  changes: string[];
}

export interface ClauseOutcome {
  clause: ClauseRef;
  outcome: Outcome;
  message: string;
}

/** A standard as named in tables: `short` is the title up to its first comma or parenthesis. */
export interface StandardName {
  id: string;
  title: string;
  short: string;
}

export interface ConformanceView {
  standard: StandardName;
  counts: OutcomeCounts;
  /** The worst outcome among the clauses: the cell colour in matrices. */
  overall: Outcome;
  clauses: ClauseOutcome[];
}

export interface PolicySummary extends Pick<PolicyDocument, 'id' | 'title' | 'version' | 'summary' | 'extends' | 'emulates'> {
  ruleCount: number;
  conformance: { standard: string; overall: Outcome; counts: OutcomeCounts }[];
  source: SourceInfo;
}

/** Where a policy can be enforced, and how faithfully (export fidelity; issues 12 and 16). */
export interface EnforcementView {
  targets: {
    target: string;
    title: string;
    counts: { exact: number; approximate: number; notEnforceable: number };
    entries: { setting: string; fidelity: 'exact' | 'approximate' | 'not-enforceable'; detail: string }[];
    notes: string[];
  }[];
  /** Present when the policy names the systems it is enforced by (`enforcement.systems`). */
  systems?: {
    titles: string[];
    rows: { setting: string; cells: { fidelity: 'exact' | 'approximate' | 'not-enforceable'; detail: string }[]; guidanceOnly: boolean }[];
    notes?: string;
  };
}

/** One committed drift report, for the audit page. */
export interface DriftView {
  policyId: string;
  target: string;
  /** The report file, relative to the site. */
  file: string;
  /** The settings file the report compared. */
  source: string;
  date: string;
  inSync: boolean;
  summary: { match: number; drift: number; missing: number; undeclared: number };
  /** The settings that drift or are missing. */
  differences: { setting: string; declared?: string; enforced?: string; verdict: string }[];
}

export interface PolicyPageData {
  /** Where this policy can be enforced, and how faithfully. */
  enforcement?: EnforcementView;
  policy: { id: string; title: string; version: string; summary: string; extends?: string; emulates?: string; normalization?: string };
  rules: RuleView[];
  lifecycle: RuleView[];
  examples: { accept: ExampleView[]; reject: ExampleView[] };
  chain: ChainLevel[];
  conformance: ConformanceView[];
  /** Runbooks that apply this policy. */
  runbooks: { id: string; title: string }[];
  /** Every clause the rules cite, resolved. */
  clauses: Record<string, ClauseRef>;
  source: SourceInfo;
  routes: RoutePaths;
}

export interface StepRef {
  runbook: string;
  runbookTitle: string;
  step: string;
  stepTitle: string;
  /** Whether the step cites the clause itself, or through a policy rule it applies. */
  via: 'clause' | `rule:${string}`;
}

export interface ClauseView {
  id: string;
  title: string;
  text: string;
  strength?: string;
  policies: { id: string; title: string; outcome: Outcome; message: string }[];
  rules: { policy: string; rule: string }[];
  steps: StepRef[];
}

export interface ConflictView {
  id: string;
  title: string;
  description: string;
  standards: string[];
  clauses: ClauseRef[];
}

export interface StandardSummary {
  id: string;
  title: string;
  summary: string;
  clauseCount: number;
  counts: OutcomeCounts;
  source: SourceInfo;
}

export interface StandardPageData {
  standard: { id: string; title: string; summary: string; url?: string; version?: string };
  clauses: ClauseView[];
  conflicts: ConflictView[];
  source: SourceInfo;
  routes: RoutePaths;
}

export interface TraceRow {
  runbook: string;
  runbookTitle: string;
  step: string;
  stepTitle: string;
  policy?: string;
  rules: { id: string; clauses: ClauseRef[] }[];
  clauses: ClauseRef[];
}

export interface AuditPageData {
  policies: { id: string; title: string }[];
  standards: StandardName[];
  /** matrix[policy][standard] */
  matrix: Record<string, Record<string, { overall: Outcome; counts: OutcomeCounts }>>;
  traceability: TraceRow[];
  conflicts: ConflictView[];
  sources: SourceInfo[];
  /** Per runbook, its steps against the Entra roles they accept (issue 12). */
  permissions: { runbook: { id: string; title: string }; roles: Role[]; matrix: PermissionMatrix }[];
  /** The site's own revision when built. */
  revision?: Revision;
  /** Committed drift reports: is the declared policy the enforced one, per policy and system. */
  drift?: DriftView[];
  routes: RoutePaths;
}

export interface SiteContent {
  runbooks: { summary: RunbookSummary; page: RunbookPageData }[];
  policies: { summary: PolicySummary; page: PolicyPageData }[];
  standards: { summary: StandardSummary; page: StandardPageData }[];
  audit: AuditPageData;
  /** Every loaded YAML file, for `getPathsToWatch` and edit links. */
  files: string[];
  /** What the interactive pages (issue 6) read in the browser, from the same load. */
  interactive: InteractiveContent;
}

export interface InteractiveContent {
  /** Every policy with `extends` applied, sorted by id. */
  policies: PolicyDocument[];
  /** Clause id -> its standard and title, for links from rule results. */
  clauses: Record<string, { standard: string; title: string }>;
  /** Runbook id -> its exact source text (runs record its SHA-256). */
  runbookSources: Record<string, string>;
}

/** Small index shared with every page through global data (ids and titles only). */
export interface StepwiseGlobalData {
  routes: RoutePaths;
  runbooks: { id: string; title: string }[];
  policies: { id: string; title: string }[];
  standards: { id: string; title: string }[];
}
