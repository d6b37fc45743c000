import { closestMatch, type Diagnostic, type NodePath, type ParsedYaml, type RangeTarget } from '@stepwise/core';
import { RE2JS } from 're2js';
import type { Condition, Field, Runbook } from '../types';
import type { RunbookCatalog } from './catalog';
import type { RunbookCode } from './codes';
import { checkPlaceholders } from './checkPlaceholders';
import { checkRequirements } from './checkRequirements';
import { findSuccessCycles } from './findSuccessCycles';
import { permissionCatalog } from '../permissions/permissionCatalog';

/**
 * Cross-reference checks that JSON Schema cannot express. Every problem is reported at the
 * offending node with its own code; all are collected.
 */
export function checkRunbook(runbook: Runbook, parsed: ParsedYaml, catalog: RunbookCatalog = {}): Diagnostic<RunbookCode>[] {
  const out: Diagnostic<RunbookCode>[] = [];
  const report = (code: RunbookCode, message: string, path: NodePath, target: RangeTarget = 'value', hint?: string, severity: 'error' | 'warning' = 'error') =>
    out.push({ code, severity, message, file: parsed.file, range: parsed.locate(path, target), path, ...(hint ? { hint } : {}) });

  const roles = uniqueIds(runbook.roles, ['roles'], 'role', report);
  const variants = uniqueIds(runbook.variants ?? [], ['variants'], 'variant', report);
  const inputs = new Map((runbook.inputs ?? []).map((input) => [input.id, input]));
  uniqueIds(runbook.inputs ?? [], ['inputs'], 'input', report);
  checkFields(runbook.inputs ?? [], ['inputs'], report);

  const stepIndex = new Map<string, number>();
  runbook.steps.forEach((step, i) => {
    if (stepIndex.has(step.id)) report('runbook-duplicate-step-id', `Step id "${step.id}" is already used by step ${stepIndex.get(step.id)! + 1}.`, ['steps', i, 'id'], 'value', 'Step ids must be unique: branches and audit records refer to them.');
    else stepIndex.set(step.id, i);
  });

  const stepIds = [...stepIndex.keys()];
  const knownRules = runbook.policy ? catalog.policyRules?.(runbook.policy) : undefined;

  if (runbook.policy && catalog.policies && !catalog.policies.has(runbook.policy)) {
    const suggestion = closestMatch(runbook.policy, catalog.policies);
    report('runbook-unknown-policy', `Policy "${runbook.policy}" does not exist.`, ['policy'], 'value', suggestion ? `Did you mean "${suggestion}"?` : 'Policies are the files in policy/; use one of their ids.');
  }

  const branchTargets = new Set<string>();
  runbook.steps.forEach((step, i) => {
    const at = (...rest: (string | number)[]): NodePath => ['steps', i, ...rest];
    if (!roles.has(step.role)) {
      const suggestion = closestMatch(step.role, roles);
      report('runbook-unknown-role', `Role "${step.role}" is not declared in roles.`, at('role'), 'value', suggestion ? `Did you mean "${suggestion}"?` : `Declared roles: ${[...roles].join(', ')}.`);
    }
    for (const branch of ['next', 'onFail'] as const) {
      const target = step[branch];
      if (target === undefined) continue;
      branchTargets.add(target);
      if (!stepIndex.has(target)) {
        const suggestion = closestMatch(target, stepIds);
        report('runbook-dangling-branch', `${branch} goes to step "${target}", which does not exist.`, at(branch), 'value', suggestion ? `Did you mean "${suggestion}"?` : undefined);
      }
    }
    if (step.end && step.next) report('runbook-branch-conflict', `Step "${step.id}" both ends the run (end: ${step.end}) and names a next step.`, at('next'), 'key', 'Remove one of them.');
    if (step.when) checkCondition(step.when, at('when'), variants, inputs, report);
    (step.commands ?? []).forEach((command, c) => command.when && checkCondition(command.when, at('commands', c, 'when'), variants, inputs, report));
    uniqueIds(step.checks ?? [], at('checks'), 'sub-check', report);
    const evidenceIds = new Set<string>();
    (step.evidence ?? []).forEach((field, e) => {
      if (evidenceIds.has(field.id)) report('runbook-duplicate-evidence-id', `Evidence id "${field.id}" is used twice in step "${step.id}".`, at('evidence', e, 'id'));
      evidenceIds.add(field.id);
    });
    checkFields(step.evidence ?? [], at('evidence'), report);
    if (catalog.clauses) {
      (step.clauses ?? []).forEach((clause, c) => {
        if (catalog.clauses!.has(clause)) return;
        const suggestion = closestMatch(clause, catalog.clauses!);
        report('runbook-unknown-clause', `Clause "${clause}" is not in any standard.`, at('clauses', c), 'value', suggestion ? `Did you mean "${suggestion}"?` : 'Clause ids come from policy/standards.');
      });
    }
    if (knownRules) {
      (step.rules ?? []).forEach((rule, r) => {
        if (knownRules.has(rule)) return;
        const suggestion = closestMatch(rule, knownRules);
        report('runbook-unknown-rule', `Policy "${runbook.policy}" has no rule "${rule}".`, at('rules', r), 'value', suggestion ? `Did you mean "${suggestion}"?` : `Its rules: ${[...knownRules].join(', ')}.`);
      });
    }
  });

  runbook.steps.forEach((step, i) => {
    if (step.branchOnly && !branchTargets.has(step.id)) {
      report('runbook-unreachable-step', `Step "${step.id}" is branch-only, but no next or onFail leads to it.`, ['steps', i, 'branchOnly'], 'key', 'Point a branch at it, or remove branchOnly.', 'warning');
    }
  });

  for (const cycle of findSuccessCycles(runbook.steps, stepIndex)) {
    const names = cycle.steps.map((s) => `"${s}"`).join(' -> ');
    report('runbook-branch-cycle', `Completing steps ${names} leads back to "${cycle.steps[0]}" forever: the run could never end.`, ['steps', cycle.closingIndex, 'next'], 'value', 'Point next forward, or end the loop with a step that has end:, or make the retry an onFail branch.');
  }
  checkRequirements(runbook, catalog.permissions ?? permissionCatalog, report);
  checkPlaceholders(runbook, report);
  return out;
}

type Report = (code: RunbookCode, message: string, path: NodePath, target?: RangeTarget, hint?: string) => void;

function uniqueIds(items: readonly { id: string }[], base: NodePath, kind: string, report: Report): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) report('runbook-duplicate-id', `The ${kind} id "${item.id}" is used twice.`, [...base, i, 'id']);
    seen.add(item.id);
  });
  return seen;
}

function checkFields(fields: readonly Field[], base: NodePath, report: Report): void {
  fields.forEach((field, i) => {
    if (field.pattern === undefined) return;
    try {
      RE2JS.compile(field.pattern);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      report('runbook-invalid-pattern', `Pattern of "${field.id}" is not a valid RE2 expression: ${reason}.`, [...base, i, 'pattern'], 'value', 'Patterns use RE2 syntax (no backreferences or lookaround), so matching takes linear time.');
    }
  });
}

function checkCondition(when: Condition, base: NodePath, variants: ReadonlySet<string>, inputs: ReadonlyMap<string, Field>, report: Report): void {
  (when.variant ?? []).forEach((variant, i) => {
    if (variants.has(variant)) return;
    const suggestion = closestMatch(variant, variants);
    report('runbook-unknown-variant', `Variant "${variant}" is not declared in variants.`, [...base, 'variant', i], 'value', suggestion ? `Did you mean "${suggestion}"?` : variants.size ? `Declared variants: ${[...variants].join(', ')}.` : 'Declare it under variants.');
  });
  for (const [inputId, values] of Object.entries(when.inputs ?? {})) {
    const input = inputs.get(inputId);
    if (!input) {
      const suggestion = closestMatch(inputId, inputs.keys());
      report('runbook-unknown-input', `Input "${inputId}" is not declared in inputs.`, [...base, 'inputs', inputId], 'key', suggestion ? `Did you mean "${suggestion}"?` : undefined);
      continue;
    }
    if (input.type !== 'choice' && input.type !== 'boolean') continue;
    const allowed: (string | boolean)[] = input.type === 'boolean' ? [true, false] : (input.options ?? []).map((o) => o.value);
    values.forEach((value, v) => {
      if (allowed.includes(value as string | boolean)) return;
      const suggestion = typeof value === 'string' ? closestMatch(value, allowed.map(String)) : undefined;
      report('runbook-unknown-input-value', `Input "${inputId}" can never be ${JSON.stringify(value)}; it is one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}.`, [...base, 'inputs', inputId, v], 'value', suggestion ? `Did you mean "${suggestion}"?` : undefined);
    });
  }
}
