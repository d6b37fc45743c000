import { closestMatch, compareDiagnostics, FILE_START, parseYaml, type Diagnostic, type LoadOptions } from '@stepwise/core';
import { loadPolicy, loadStandard, resolvePolicies, shippedPresets, type PolicySource, type PresetSources, type ResolvedPolicy, type Standard } from '@stepwise/policy';
import { loadRunbook, type Runbook, type RunbookCatalog } from '@stepwise/runbook';
import { classifySource, type SourceKind } from './classifySource';
import type { ProjectCode } from './codes';
import { policyRuleIds } from './policyRuleIds';

export interface SourceFile {
  path: string;
  text: string;
}

export interface ProjectOptions {
  /** Files whose diagnostics are reported; others only provide context (policies, clauses). Default: all. */
  report?: (path: string) => boolean;
  load?: Partial<LoadOptions>;
  /**
   * Policies and standards known before the project's own files: ids the project's `extends`,
   * `emulates` and `policy:` references may name, shown with the project's own. A project file
   * with the same id replaces the preset. Their problems are never reported. Default: the
   * presets shipped with @stepwise/policy; `noPresets` for none.
   */
  presets?: PresetSources;
}

export interface ProjectRunbook {
  runbook: Runbook;
  file: string;
  /** The exact source text; its SHA-256 identifies the runbook version in audit records. */
  source: string;
}

export interface ProjectStandard {
  standard: Standard;
  file: string;
}

export interface Project {
  runbooks: ProjectRunbook[];
  /** Policies with `extends` resolved, by id. */
  policies: Map<string, ResolvedPolicy>;
  /** Source file of each policy, by id. */
  policyFiles: Map<string, string>;
  standards: Map<string, ProjectStandard>;
  diagnostics: Diagnostic[];
  /** Source text by path, for excerpts in diagnostics. */
  sources: Map<string, string>;
  kinds: Map<string, SourceKind>;
}

/**
 * Loads every file of a project through the engine: standards first (their clause ids), then
 * policies (resolving `extends`), then runbooks checked against both. The CLI's `validate` and
 * the Docusaurus plugin both call this, so they cannot disagree.
 */
export function loadProject(files: readonly SourceFile[], options: ProjectOptions = {}): Project {
  const presets = options.presets ?? shippedPresets;
  const presetPaths = new Set([...presets.policies, ...presets.standards].map((f) => f.path));
  const reportOption = options.report ?? (() => true);
  const report = (path: string) => !presetPaths.has(path) && reportOption(path);
  const sources = new Map<string, string>();
  const kinds = new Map<string, SourceKind>();
  for (const file of files) {
    sources.set(file.path, file.text);
    kinds.set(file.path, classifySource(file.path, file.text));
  }
  const diagnostics: Diagnostic[] = [];
  const ofKind = (kind: SourceKind) => files.filter((f) => kinds.get(f.path) === kind);
  const keep = (file: string, found: readonly Diagnostic[]) => {
    if (report(file)) diagnostics.push(...found);
  };

  // Standards first: their clause ids are what runbooks and policies cite.
  const standards = new Map<string, ProjectStandard>();
  for (const file of ofKind('standard')) {
    const loaded = loadStandard(file.text, file.path, options.load);
    keep(file.path, loaded.diagnostics);
    if (!loaded.standard) continue;
    const previous = standards.get(loaded.standard.id);
    if (previous) keep(file.path, [duplicateId(file, 'Standard', loaded.standard.id, previous.file)]);
    else standards.set(loaded.standard.id, { standard: loaded.standard, file: file.path });
  }
  for (const file of presets.standards) {
    const loaded = loadStandard(file.text, file.path, options.load);
    if (!loaded.standard || standards.has(loaded.standard.id)) continue;
    sources.set(file.path, file.text);
    kinds.set(file.path, 'standard');
    standards.set(loaded.standard.id, { standard: loaded.standard, file: file.path });
  }

  // Policies, then `extends` across all of them.
  const policySources: PolicySource[] = [];
  const ownPolicyIds = new Set<string>();
  for (const file of ofKind('policy')) {
    // extends is resolved across the whole folder below, not against the shipped presets alone.
    const loaded = loadPolicy(file.text, file.path, { load: options.load, resolve: false });
    // Also a file with problems replaces the preset of its id: no silent fallback to the preset.
    const id = (loaded.parsed.value as { id?: unknown } | undefined)?.id;
    if (typeof id === 'string') ownPolicyIds.add(id);
    keep(file.path, loaded.diagnostics);
    if (loaded.document) policySources.push({ policy: loaded.document, file: file.path, parsed: loaded.parsed });
  }
  for (const file of presets.policies) {
    // Presets too are resolved below, across the project's files and the other presets.
    const loaded = loadPolicy(file.text, file.path, { load: options.load, resolve: false });
    if (!loaded.document || ownPolicyIds.has(loaded.document.id)) continue;
    sources.set(file.path, file.text);
    kinds.set(file.path, 'policy');
    policySources.push({ policy: loaded.document, file: file.path, parsed: loaded.parsed });
  }
  const resolved = resolvePolicies(policySources);
  for (const d of resolved.diagnostics) keep(d.file, [d]);
  const policyFiles = new Map(policySources.filter((s) => resolved.policies.has(s.policy.id)).map((s) => [s.policy.id, s.file]));

  for (const d of checkEmulation(policySources, standards)) keep(d.file, [d]);

  const clauses = new Set<string>();
  for (const { standard } of standards.values()) for (const clause of standard.clauses) clauses.add(clause.id);
  const catalog: RunbookCatalog = {
    policies: new Set(resolved.policies.keys()),
    // Without any standard loaded there is nothing to check clause ids against.
    ...(standards.size > 0 ? { clauses } : {}),
    policyRules: (id) => {
      const policy = resolved.policies.get(id);
      return policy ? policyRuleIds(policy) : undefined;
    },
  };

  const runbooks: ProjectRunbook[] = [];
  const runbookIds = new Map<string, string>();
  for (const file of ofKind('runbook')) {
    const loaded = loadRunbook(file.text, file.path, catalog, options.load);
    keep(file.path, loaded.diagnostics);
    if (!loaded.runbook) continue;
    const previous = runbookIds.get(loaded.runbook.id);
    if (previous !== undefined) {
      keep(file.path, [duplicateId(file, 'Runbook', loaded.runbook.id, previous)]);
      continue;
    }
    runbookIds.set(loaded.runbook.id, file.path);
    runbooks.push({ runbook: loaded.runbook, file: file.path, source: file.text });
  }

  diagnostics.sort(compareDiagnostics);
  return { runbooks, policies: resolved.policies, policyFiles, standards, diagnostics, sources, kinds };
}

/** A baseline's `emulates` names a loaded standard, and its `emulatesLevel` one of that standard's levels. */
function checkEmulation(sources: readonly PolicySource[], standards: ReadonlyMap<string, ProjectStandard>): Diagnostic<ProjectCode>[] {
  const out: Diagnostic<ProjectCode>[] = [];
  const at = (source: PolicySource, code: ProjectCode, key: string, message: string, hint: string) =>
    out.push({ code, severity: 'error', message, file: source.file, range: source.parsed ? source.parsed.locate([key]) : FILE_START, path: [key], hint });
  for (const source of sources) {
    const { emulates, emulatesLevel } = source.policy;
    // Without any standard loaded there is nothing to check against (a lone policy file).
    if (standards.size === 0) continue;
    const standard = emulates === undefined ? undefined : standards.get(emulates)?.standard;
    if (emulates !== undefined && !standard) {
      const suggestion = closestMatch(emulates, standards.keys());
      at(source, 'project-unknown-standard', 'emulates', `Standard "${emulates}" does not exist.`, suggestion ? `Did you mean "${suggestion}"?` : 'Standards are the files in policy/standards/; use one of their ids.');
    }
    if (emulatesLevel === undefined) continue;
    if (emulates === undefined) at(source, 'project-unknown-level', 'emulatesLevel', 'emulatesLevel is set, but the policy emulates no standard.', 'Add emulates: <standard id>, or remove emulatesLevel.');
    else if (standard && !standard.levels?.includes(emulatesLevel)) {
      const levels = standard.levels ?? [];
      at(source, 'project-unknown-level', 'emulatesLevel', `Standard "${emulates}" has no level "${emulatesLevel}".`, levels.length > 0 ? `Its levels: ${levels.join(', ')}.` : 'It has no levels; remove emulatesLevel.');
    }
  }
  return out;
}

function duplicateId(file: SourceFile, kind: string, id: string, previous: string): Diagnostic<ProjectCode> {
  return {
    code: 'project-duplicate-id',
    severity: 'error',
    message: `${kind} id "${id}" is already used by ${previous}.`,
    file: file.path,
    range: parseYaml(file.text, file.path).locate(['id']),
    path: ['id'],
    hint: 'Give each file its own id.',
  };
}
