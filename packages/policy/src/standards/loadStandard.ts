import { compareDiagnostics, compileSchema, loadDocument, type Diagnostic, type LoadCode, type LoadOptions, type ParsedYaml, type SchemaCode, type SchemaValidator } from '@stepwise/core';
import standardSchema from '../../schema/standard.schema.json';
import { checkCondition, type ConditionProblem } from './checkCondition';
import type { StandardCode } from './codes';
import type { Standard } from './types';

export type StandardDiagnosticCode = LoadCode | SchemaCode | StandardCode;

export interface LoadedStandard {
  /** Present when the file parsed, matched the schema and passed the semantic checks without errors. */
  standard?: Standard;
  diagnostics: Diagnostic<StandardDiagnosticCode>[];
}

let validator: SchemaValidator | undefined;

/** The compiled standard schema, built once on first use. */
function standardValidator(): SchemaValidator {
  validator ??= compileSchema(standardSchema);
  return validator;
}

/**
 * Reads one standard from YAML text: parse, schema, then semantic checks (duplicate clause ids,
 * conditions naming unknown policy fields or mixing forms, unknown levels, clauses that are
 * neither checkable nor explained). Never throws; every problem is a diagnostic at its node.
 */
export function loadStandard(text: string, file = '<input>', options?: Partial<LoadOptions>): LoadedStandard {
  const loaded = loadDocument<Standard>(text, file, standardValidator(), 'standard', options);
  // loadDocument only reports load and schema codes; sorted so output follows the source.
  if (!loaded.value) return { diagnostics: (loaded.diagnostics as Diagnostic<LoadCode | SchemaCode>[]).sort(compareDiagnostics) };
  const diagnostics = checkStandard(loaded.value, loaded.parsed);
  return diagnostics.some((d) => d.severity === 'error') ? { diagnostics } : { standard: loaded.value, diagnostics };
}

function checkStandard(standard: Standard, parsed: ParsedYaml): Diagnostic<StandardCode>[] {
  const out: Diagnostic<StandardCode>[] = [];
  const push = (problem: ConditionProblem, severity: Diagnostic['severity'] = 'error') =>
    out.push({
      code: problem.code,
      severity,
      message: problem.message,
      file: parsed.file,
      range: parsed.locate(problem.path, problem.target),
      path: problem.path,
      ...(problem.hint ? { hint: problem.hint } : {}),
    });
  const seen = new Map<string, number>();
  standard.clauses.forEach((clause, index) => {
    const at = ['clauses', index];
    const first = seen.get(clause.id);
    if (first !== undefined) {
      push({ code: 'standard-duplicate-clause', message: `Clause id "${clause.id}" is already used by clauses[${first}].`, path: [...at, 'id'], target: 'value', hint: 'Clause ids must be unique: policies and runbooks cite them.' });
    } else seen.set(clause.id, index);
    if (clause.level !== undefined && !(standard.levels ?? []).includes(clause.level)) {
      const levels = standard.levels ?? [];
      push({ code: 'standard-unknown-level', message: `Level "${clause.level}" is not one of the standard's levels.`, path: [...at, 'level'], target: 'value', hint: levels.length > 0 ? `Levels: ${levels.join(', ')}.` : 'Declare the levels at the top of the file (levels: [...]).' });
    }
    if (clause.condition === undefined && clause.manual === undefined) {
      push({ code: 'standard-manual-missing', message: `Clause "${clause.id}" has no condition, so an auditor must check it, but it says nothing about what to look at.`, path: [...at, 'id'], target: 'value', hint: 'Add a condition over policy fields, or a manual: note.' });
    }
    for (const key of ['applies', 'condition'] as const) {
      const condition = clause[key];
      if (condition) for (const problem of checkCondition(condition as unknown as Record<string, unknown>, [...at, key])) push(problem);
    }
    const named = new Set<string>();
    (clause.conflictsWith ?? []).forEach((ref, i) => {
      const path = [...at, 'conflictsWith', i, 'clause'];
      if (ref.clause === clause.id) push({ code: 'standard-bad-conflict', message: `Clause "${clause.id}" cannot conflict with itself.`, path, target: 'value' });
      else if (named.has(ref.clause)) push({ code: 'standard-bad-conflict', message: `"${ref.clause}" is named twice in conflictsWith.`, path, target: 'value' });
      named.add(ref.clause);
    });
  });
  return out.sort(compareDiagnostics);
}
