import type { Field, Runbook, Step } from '../types';
import { checkEventShape } from './checkEventShape';
import { deriveRunState, runPath } from './deriveRunState';
import type { CompleteData, FieldValue, NoteData, ReasonData, StartData, TickData, UnhashedEvent } from './runEvent';
import { runError, type RunError } from './runError';
import type { RunState, StepState } from './runState';
import { conditionHolds } from './conditionHolds';
import { validateFieldValue } from './validateFieldValue';

export type ApplyResult = { ok: true; state: RunState } | { ok: false; error: RunError };

const RESOLVED = new Set(['done', 'skipped', 'failed']);

/**
 * The one transition function of a run: (state, event) -> next state, or the reason the event
 * is not a valid action at this point. Live actions and replay both go through it, so a
 * recorded run replays to exactly the state its actor saw (docs: semantics of runs).
 * Pure: `state` is never modified.
 */
export function applyEvent(runbook: Runbook, state: RunState | null, event: UnhashedEvent): ApplyResult {
  return applyEventInPlace(runbook, state === null ? null : structuredClone(state), event);
}

/**
 * The same transition, on a state the caller owns: `state` is updated and returned on success
 * and left exactly as it was on a refusal (every check runs before the first change). `replay`
 * uses it so that a record of n events costs O(n), not a clone of the growing state per event
 * (issue 15: 10,000 notes took 170 s).
 */
export function applyEventInPlace(runbook: Runbook, state: RunState | null, event: UnhashedEvent): ApplyResult {
  const shape = checkEventShape(event);
  if (shape) return fail(shape);
  const expectedSeq = (state?.eventCount ?? 0) + 1;
  if (event.seq !== expectedSeq) return fail(runError('invalid-event', `Event number ${event.seq} where ${expectedSeq} was expected.`));
  if (event.action === 'start') return state ? fail(runError('already-started', 'The run has already started.')) : start(runbook, event, event.data as StartData);
  if (!state) return fail(runError('not-started', 'The first event of a run must be its start.'));
  if (event.at < state.lastAt) return fail(runError('time-order', `The time ${event.at} is before the previous event's time ${state.lastAt}.`));

  const error = transition(runbook, state, event);
  if (error) return fail(error);
  state.eventCount = event.seq;
  state.lastAt = event.at;
  // A note changes no status, path or blocker: the derived parts stay as they are.
  return { ok: true, state: event.action === 'note' ? state : deriveRunState(runbook, state) };
}

function fail(error: RunError): ApplyResult {
  return { ok: false, error };
}

function start(runbook: Runbook, event: UnhashedEvent, data: StartData): ApplyResult {
  if (data.runbook.id !== runbook.id || data.runbook.version !== runbook.version) {
    return fail(runError('invalid-event', `The run is of runbook ${data.runbook.id} ${data.runbook.version}, not ${runbook.id} ${runbook.version}.`));
  }
  const variants = runbook.variants ?? [];
  if (variants.length > 0 && data.variant === null) return fail(runError('variant-required', `Choose a variant: ${variants.map((v) => v.id).join(', ')}.`));
  if (data.variant !== null && !variants.some((v) => v.id === data.variant)) {
    return fail(runError('unknown-variant', variants.length ? `Unknown variant "${data.variant}"; choose one of: ${variants.map((v) => v.id).join(', ')}.` : 'This runbook has no variants.'));
  }
  const inputProblem = checkValues(runbook.inputs ?? [], data.inputs, 'input');
  if (inputProblem) return fail(inputProblem);

  const state: RunState = {
    runbook: { ...data.runbook },
    variant: data.variant,
    inputs: { ...data.inputs },
    startedBy: event.actor,
    startedAt: event.at,
    steps: runbook.steps.map((s) => ({ id: s.id, status: 'pending', ticked: [], visits: 0, notes: [] })),
    current: null,
    outcome: null,
    complete: false,
    progress: { done: 0, total: 0 },
    blockers: [],
    trail: [],
    notes: [],
    eventCount: event.seq,
    lastAt: event.at,
  };
  const first = following(runbook, state, -1);
  if (first === undefined) state.outcome = 'completed';
  else enter(state, first);
  return { ok: true, state: deriveRunState(runbook, state) };
}

/** Mutates `state` only after every check has passed; returns the refusal, if any (state untouched). */
function transition(runbook: Runbook, state: RunState, event: UnhashedEvent): RunError | undefined {
  if (event.action === 'note') {
    const { note } = event.data as NoteData;
    if (note.trim() === '') return runError('note-empty', 'A note needs some text.');
    const entry = { seq: event.seq, at: event.at, actor: event.actor, note };
    if (event.stepId === null) {
      state.notes.push(entry);
      return undefined;
    }
    const index = runbook.steps.findIndex((s) => s.id === event.stepId);
    if (index < 0) return runError('unknown-step', `There is no step "${event.stepId}".`, { stepId: event.stepId });
    state.steps[index]!.notes.push(entry);
    return undefined;
  }

  const stepId = event.stepId!;
  const index = runbook.steps.findIndex((s) => s.id === stepId);
  const step = runbook.steps[index];
  if (!step) return runError('unknown-step', `There is no step "${stepId}".`, { stepId });
  if (!applies(state, step)) return runError('not-applicable', `Step "${step.title}" does not apply to this run.`, { stepId });
  const st = state.steps[index]!;

  if (event.action === 'reopen') {
    const { reason } = event.data as ReasonData;
    if (!RESOLVED.has(st.status)) return runError('not-reopenable', `Step "${step.title}" is ${st.status}; only a done, skipped or failed step can be reopened.`, { stepId });
    if (reason.trim() === '') return runError('reason-required', 'Say why the step is reopened.', { stepId });
    state.trail = state.trail.filter((id) => id !== stepId);
    state.outcome = null;
    enter(state, index);
    st.reason = reason;
    return undefined;
  }

  if (state.outcome !== null) return runError('run-ended', `The run has ended (${state.outcome}); reopen a step to change it.`, { stepId });
  if (state.current !== stepId) {
    const current = runbook.steps.find((s) => s.id === state.current);
    return runError('not-current', `Step "${step.title}" is not the current step${current ? `; the current step is "${current.title}"` : ''}.`, { stepId });
  }

  switch (event.action) {
    case 'tick': {
      const { checkId, ticked } = event.data as TickData;
      if (!(step.checks ?? []).some((c) => c.id === checkId)) return runError('unknown-check', `Step "${step.title}" has no sub-check "${checkId}".`, { stepId, field: checkId });
      const set = new Set(st.ticked);
      if (ticked) set.add(checkId);
      else set.delete(checkId);
      st.ticked = [...set].sort();
      return undefined;
    }
    case 'complete': {
      const { evidence, checks } = event.data as CompleteData;
      const problem = checkValues(step.evidence ?? [], evidence, 'evidence', stepId);
      if (problem) return problem;
      const known = new Set((step.checks ?? []).map((c) => c.id));
      const unknown = checks.find((c) => !known.has(c));
      if (unknown !== undefined) return runError('unknown-check', `Step "${step.title}" has no sub-check "${unknown}".`, { stepId, field: unknown });
      const confirmed = new Set([...st.ticked, ...checks]);
      const missing = (step.checks ?? []).filter((c) => !confirmed.has(c.id));
      if (missing.length > 0) return runError('checks-incomplete', `Tick every sub-check first: ${missing.map((c) => c.text).join('; ')}.`, { stepId, field: missing[0]!.id });
      resolve(state, st, event, 'done');
      st.ticked = [...confirmed].sort();
      st.evidence = { ...evidence };
      advance(runbook, state, index);
      return undefined;
    }
    case 'skip': {
      const { reason } = event.data as ReasonData;
      if (reason.trim() === '') return runError('reason-required', 'Say why the step is skipped.', { stepId });
      resolve(state, st, event, 'skipped');
      st.reason = reason;
      advance(runbook, state, index);
      return undefined;
    }
    case 'fail': {
      const { reason } = event.data as ReasonData;
      if (step.onFail === undefined) return runError('no-on-fail', `Step "${step.title}" has no failure branch (onFail); skip it with a reason or escalate in a note.`, { stepId });
      if (reason.trim() === '') return runError('reason-required', 'Say why the step failed.', { stepId });
      resolve(state, st, event, 'failed');
      st.reason = reason;
      const target = runbook.steps.findIndex((s) => s.id === step.onFail);
      const landing = target < 0 ? undefined : applies(state, runbook.steps[target]!) ? target : following(runbook, state, target);
      if (landing === undefined) state.outcome = 'completed';
      else enter(state, landing);
      return undefined;
    }
    default:
      return runError('invalid-event', `Unexpected action ${event.action}.`);
  }
}

/** Inputs at the start and evidence at a step follow the same rules: declared, valid, never secret. */
function checkValues(fields: readonly Field[], values: Record<string, FieldValue>, kind: 'input' | 'evidence', stepId?: string): RunError | undefined {
  const byId = new Map(fields.map((f) => [f.id, f]));
  const where = stepId === undefined ? {} : { stepId };
  for (const [id, value] of Object.entries(values)) {
    const field = byId.get(id);
    if (!field) return runError(kind === 'input' ? 'input-unknown' : 'evidence-unknown', `There is no ${kind} "${id}"${byId.size ? `; expected: ${[...byId.keys()].join(', ')}` : ''}.`, { ...where, field: id });
    if (field.secret) return runError('secret-field', `"${field.label}" is a secret; secrets are never recorded. Keep it out of the run.`, { ...where, field: id });
    const problem = validateFieldValue(field, value);
    if (problem) return runError(kind === 'input' ? 'input-invalid' : 'evidence-invalid', problem, { ...where, field: id });
  }
  for (const field of fields) {
    if (field.secret || field.required === false || Object.hasOwn(values, field.id)) continue;
    return runError(kind === 'input' ? 'input-missing' : 'evidence-missing', `"${field.label}" is required.`, { ...where, field: field.id });
  }
  return undefined;
}

function resolve(state: RunState, st: StepState, event: UnhashedEvent, status: 'done' | 'skipped' | 'failed'): void {
  st.status = status;
  st.by = event.actor;
  st.at = event.at;
  st.seq = event.seq;
  state.trail = [...state.trail.filter((id) => id !== st.id), st.id];
}

/** After a step is done or skipped: its end, its `next`, or the following step in sequence. */
function advance(runbook: Runbook, state: RunState, index: number): void {
  const step = runbook.steps[index]!;
  if (step.end) {
    state.current = null;
    state.outcome = step.end;
    return;
  }
  const path = runPath(runbook, state, index, 2);
  const target = path[1];
  if (target === undefined) {
    state.current = null;
    state.outcome = 'completed';
  } else enter(state, target);
}

/** Makes a step current; a step reached again starts afresh (its earlier attempt stays in the events). */
function enter(state: RunState, index: number): void {
  const st = state.steps[index]!;
  if (RESOLVED.has(st.status)) {
    st.status = 'pending';
    st.ticked = [];
    delete st.evidence;
    delete st.by;
    delete st.at;
    delete st.seq;
    delete st.reason;
  }
  st.visits += 1;
  state.current = st.id;
}

function applies(state: RunState, step: Step): boolean {
  return conditionHolds(step.when, state.variant, state.inputs);
}

/** The first applicable step after `index` that is not branch-only. */
function following(runbook: Runbook, state: RunState, index: number): number | undefined {
  for (let j = index + 1; j < runbook.steps.length; j++) {
    const s = runbook.steps[j]!;
    if (!s.branchOnly && applies(state, s)) return j;
  }
  return undefined;
}
