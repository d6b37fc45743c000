import { escapeUnsafeCharacters } from '@stepwise/core';
import type { RunEvent, RunEventAction } from '../run/runEvent';
import type { Runbook } from '../types';

/** The step an audit problem is about, as a person finds it in the checklist. */
export interface ProblemStep {
  id: string;
  /** From the runbook, when it was given. */
  title?: string;
  /** 1-based position in the runbook. */
  number?: number;
}

/** What each kind of event records, in words: what a changed hash means was changed. */
const RECORDS: Record<RunEventAction, string> = {
  start: 'the start of the run (runbook, variant and inputs)',
  complete: 'the completion (evidence and sub-checks)',
  tick: 'a sub-check tick',
  skip: 'the skip and its reason',
  fail: 'the failure and its reason',
  reopen: 'the reopening and its reason',
  note: 'a note',
};

/** The step an event acted on, found in the runbook when there is one. */
export function eventStep(event: unknown, runbook?: Runbook): ProblemStep | undefined {
  const stepId = isObject(event) && typeof event.stepId === 'string' ? event.stepId : undefined;
  if (stepId === undefined) return undefined;
  return stepOf(stepId, runbook);
}

export function stepOf(stepId: string, runbook?: Runbook): ProblemStep {
  const index = runbook ? runbook.steps.findIndex((s) => s.id === stepId) : -1;
  return index < 0 ? { id: stepId } : { id: stepId, title: runbook!.steps[index]!.title, number: index + 1 };
}

/** `step 3 "Reset the password"`, or `step "reset-password"` without the runbook. Escaped. */
export function stepLabel(step: ProblemStep): string {
  return step.number === undefined ? `step "${safe(step.id)}"` : `step ${step.number} "${safe(step.title ?? step.id)}"`;
}

/**
 * One event in words: what it records, on which step, by whom and when:
 * `the completion (evidence and sub-checks) of step 3 "Reset the password", by alice at …`.
 * Every value from the record is escaped (no control, newline or bidi character passes).
 */
export function describeEvent(event: unknown, runbook?: Runbook): string {
  if (!isObject(event)) return 'an event that is not an object';
  const action = typeof event.action === 'string' && Object.hasOwn(RECORDS, event.action) ? RECORDS[event.action as RunEventAction] : 'an event';
  const step = eventStep(event, runbook);
  const where = step ? ` of ${stepLabel(step)}` : event.action === 'note' ? ' on the whole run' : '';
  const who = typeof event.actor === 'string' ? `, by ${safe(event.actor)}` : '';
  const when = typeof event.at === 'string' ? ` at ${safe(event.at)}` : '';
  return `${action}${where}${who}${when}`;
}

/** Text from a record, safe on one line of a terminal or a page. */
export function safe(text: string): string {
  return escapeUnsafeCharacters(text.length > 200 ? `${text.slice(0, 200)}…` : text);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
