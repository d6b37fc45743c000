import type { NodePath } from '@stepwise/core';
import type { PasswordEvaluation } from '../evaluate/result';
import type { PasswordContext, PolicyDocument } from '../types';

export type PasswordEvaluator = (password: string, context: PasswordContext) => PasswordEvaluation;

export interface ExampleResult {
  kind: 'accept' | 'reject';
  index: number;
  /** Where the example is written (examples.accept[2]), for file:line:col. */
  path: NodePath;
  ok: boolean;
  /** What the example expects, e.g. "accepted" or "rejected by blocklist". */
  expected: string;
  /** What came out, e.g. "rejected by length, strength" or "accepted". */
  actual: string;
  /** Rules that failed with severity error. */
  failedRules: string[];
  why?: string;
}

/**
 * Runs a policy's own examples (like `opa test`): each `accept` example must pass, and each
 * `reject` example must fail with its named rule among the failures. Results name examples by
 * position, never by password.
 */
export function runPolicyExamples(policy: PolicyDocument, evaluate: PasswordEvaluator): ExampleResult[] {
  const out: ExampleResult[] = [];
  (policy.examples?.accept ?? []).forEach((example, index) => {
    const evaluation = evaluate(example.password, example.context ?? {});
    const failedRules = errorsOf(evaluation);
    out.push({
      kind: 'accept',
      index,
      path: ['examples', 'accept', index],
      ok: evaluation.ok,
      expected: 'accepted',
      actual: evaluation.ok ? 'accepted' : `rejected by ${describeFailures(evaluation)}`,
      failedRules,
      ...(example.why ? { why: example.why } : {}),
    });
  });
  (policy.examples?.reject ?? []).forEach((example, index) => {
    const evaluation = evaluate(example.password, example.context ?? {});
    const failedRules = errorsOf(evaluation);
    const ok = !evaluation.ok && failedRules.includes(example.rule);
    out.push({
      kind: 'reject',
      index,
      path: ['examples', 'reject', index],
      ok,
      expected: `rejected by ${example.rule}`,
      actual: evaluation.ok ? 'accepted' : `rejected by ${describeFailures(evaluation)}`,
      failedRules,
      ...(example.why ? { why: example.why } : {}),
    });
  });
  return out;
}

function errorsOf(evaluation: PasswordEvaluation): string[] {
  return evaluation.rules.filter((r) => !r.ok && r.severity === 'error').map((r) => r.rule);
}

function describeFailures(evaluation: PasswordEvaluation): string {
  return evaluation.rules
    .filter((r) => !r.ok && r.severity === 'error')
    .map((r) => `${r.rule} (${r.message})`)
    .join('; ');
}
