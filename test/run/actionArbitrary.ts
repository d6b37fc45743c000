import fc from 'fast-check';
import type { Field, FieldValue, Run, RunAction } from '@stepwise/runbook';

/** A value that passes for a field of each type (the property tests also send bad ones). */
export function goodValue(field: Field): FieldValue {
  switch (field.type) {
    case 'boolean':
      return true;
    case 'number':
      return 2;
    case 'choice':
      return field.options?.[0]?.value ?? 'x';
    case 'url':
      return 'https://desk.example.org/ticket/1';
    case 'timestamp':
      return '2025-01-31T10:00:00Z';
    case 'email':
      return 'ana@example.org';
    default:
      return 'Done as described.';
  }
}

/** An action, resolved against the run at the moment it is applied (so most are meaningful). */
export type ActionPlan =
  | { kind: 'complete-current'; withEvidence: boolean; withChecks: boolean }
  | { kind: 'skip-current'; reason: string }
  | { kind: 'fail-current'; reason: string }
  | { kind: 'tick-current'; check: number; ticked: boolean }
  | { kind: 'reopen-last'; reason: string }
  | { kind: 'note'; step: number | null; note: string }
  | { kind: 'any'; type: 'complete' | 'skip' | 'fail' | 'reopen' | 'tick'; step: number; text: string; value: FieldValue };

export const actionPlan: fc.Arbitrary<ActionPlan> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('complete-current' as const), withEvidence: fc.boolean(), withChecks: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('skip-current' as const), reason: fc.oneof(fc.constant(''), fc.string({ minLength: 1, maxLength: 20 })) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('fail-current' as const), reason: fc.string({ maxLength: 20 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('tick-current' as const), check: fc.nat(5), ticked: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reopen-last' as const), reason: fc.string({ maxLength: 20 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('note' as const), step: fc.option(fc.nat(30)), note: fc.string({ maxLength: 30 }) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('any' as const),
      type: fc.constantFrom('complete' as const, 'skip' as const, 'fail' as const, 'reopen' as const, 'tick' as const),
      step: fc.nat(30),
      text: fc.string({ maxLength: 20 }),
      value: fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.boolean()),
    }),
  },
);

export function resolvePlan(run: Run, plan: ActionPlan): RunAction {
  const steps = run.runbook.steps;
  const current = steps.find((s) => s.id === run.state.current) ?? steps[0]!;
  const pick = (n: number) => steps[n % steps.length]!;
  switch (plan.kind) {
    case 'complete-current': {
      const evidence: Record<string, FieldValue> = {};
      if (plan.withEvidence) for (const f of current.evidence ?? []) if (!f.secret) evidence[f.id] = goodValue(f);
      return { type: 'complete', stepId: current.id, evidence, checks: plan.withChecks ? (current.checks ?? []).map((c) => c.id) : [] };
    }
    case 'skip-current':
      return { type: 'skip', stepId: current.id, reason: plan.reason };
    case 'fail-current':
      return { type: 'fail', stepId: current.id, reason: plan.reason || 'It did not work.' };
    case 'tick-current':
      return { type: 'tick', stepId: current.id, checkId: current.checks?.[plan.check % Math.max(1, current.checks.length)]?.id ?? 'none', ticked: plan.ticked };
    case 'reopen-last':
      return { type: 'reopen', stepId: run.state.trail.at(-1) ?? current.id, reason: plan.reason };
    case 'note':
      return plan.step === null ? { type: 'note', note: plan.note } : { type: 'note', stepId: pick(plan.step).id, note: plan.note };
    case 'any': {
      const step = pick(plan.step);
      if (plan.type === 'tick') return { type: 'tick', stepId: step.id, checkId: plan.text };
      if (plan.type === 'complete') return { type: 'complete', stepId: step.id, evidence: Object.fromEntries((step.evidence ?? []).map((f) => [f.id, plan.value])) };
      return { type: plan.type, stepId: step.id, reason: plan.text };
    }
  }
}
