import { useRef, useState, type ReactNode } from 'react';
import CommandBlock from '@theme/CommandBlock';
import SafeMarkdown from '@theme/SafeMarkdown';
import { conditionHolds, type FieldValue, type Run, type RunAction, type RunError, type Step, type StepState } from '@stepwise/runbook';
import { checkerContext } from '@stepwise/docusaurus-plugin/client';
import { runIdentity } from '@stepwise/docusaurus-plugin/client';
import PasswordGenerator from '@theme/PasswordGenerator';
import PolicyChecker from '@theme/PolicyChecker';
import FieldInput from './FieldInput';
import StepCommands from './StepCommands';
import { parseFields } from './parseFields';
import { formatTime } from './formatTime';
import ReasonForm from './ReasonForm';
import styles from './styles.module.css';

export interface Props {
  run: Run;
  step: Step;
  index: number;
  state: StepState;
  apply: (action: RunAction) => Promise<RunError | undefined>;
  /** Element id of the step's heading (focused when the step becomes current). */
  headingId: string;
  /** Shown in an escalation step: the export that hands the run over to the next level. */
  handOver?: ReactNode;
}

const STATUS_LABEL: Record<StepState['status'], string> = {
  current: 'Now',
  pending: 'To do',
  done: 'Done',
  skipped: 'Skipped',
  failed: 'Failed',
  bypassed: 'Not reached',
  'not-applicable': 'Not applicable',
};

type Asking = 'skip' | 'fail' | 'reopen' | 'note' | undefined;

/** One applicable step of a run: everything to do now when current, a summary once resolved. */
export default function StepItem({ run, step, index, state, apply, headingId, handOver }: Props): ReactNode {
  const { runbook } = run;
  const current = state.status === 'current';
  const resolved = state.status === 'done' || state.status === 'skipped' || state.status === 'failed';
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string>();
  const [asking, setAsking] = useState<Asking>();
  const role = runbook.roles.find((r) => r.id === step.role);
  const commands = (step.commands ?? []).filter((c) => conditionHolds(c.when, run.state.variant, run.state.inputs));
  const policy = runbook.policy;
  // The account the run is about, so the checker judges as the policy does for it (issue 14 item 11).
  const context = checkerContext(runIdentity(runbook, run.state.inputs));
  // The control that opened a reason form gets focus back when the form closes (it is rendered
  // again then, so it is found by what it opens).
  const item = useRef<HTMLLIElement>(null);
  const opened = useRef<Asking>(undefined);
  const ask = (what: Asking) => () => {
    opened.current = what;
    setAsking(what);
  };
  const cancel = () => {
    setAsking(undefined);
    requestAnimationFrame(() => item.current?.querySelector<HTMLElement>(`[data-opens="${opened.current}"]`)?.focus());
  };

  const act = async (action: RunAction): Promise<string | undefined> => {
    const error = await apply(action);
    if (!error) {
      // A note leaves the step where it was: focus goes back to "Add a note". Other actions
      // move the current step, and the workspace focuses the new one.
      if (action.type === 'note') cancel();
      else setAsking(undefined);
      setMessage(undefined);
      setErrors({});
      return undefined;
    }
    // A refusal about one evidence field is shown at that field; others above the actions.
    if (error.field && action.type === 'complete' && (step.evidence ?? []).some((f) => f.id === error.field)) {
      setErrors({ [error.field]: error.message });
      setMessage(undefined);
    } else setMessage(error.message);
    return error.message;
  };

  const complete = async () => {
    const parsed = parseFields(step.evidence ?? [], texts);
    setErrors(parsed.errors);
    if (Object.keys(parsed.errors).length > 0) {
      setMessage('Some evidence is not valid; see the messages under the fields.');
      return;
    }
    await act({ type: 'complete', stepId: step.id, evidence: parsed.values as Record<string, FieldValue> });
  };

  const body = (
    <>
      <SafeMarkdown>{step.body}</SafeMarkdown>
      {step.escalation && (
        <div className="alert alert--warning margin-bottom--md" role="note">
          <strong>Escalate</strong>
          <SafeMarkdown>{step.escalation}</SafeMarkdown>
          {handOver && (
            <p className={styles.handOver}>
              Hand the run over: export it and attach the file to the ticket; the next level continues it with “Continue a run”. {handOver}
            </p>
          )}
        </div>
      )}
      <StepCommands step={step} commands={commands} run={run} />
    </>
  );

  return (
    <li ref={item} className={`${styles.step} ${styles[`status-${state.status}`] ?? ''}`} data-step={step.id} data-status={state.status} aria-current={current ? 'step' : undefined}>
      <div className={styles.stepMarker} aria-hidden="true">{state.status === 'done' ? '✓' : state.status === 'skipped' ? '↷' : state.status === 'failed' ? '✕' : index + 1}</div>
      <div className={styles.stepMain}>
        <div className={styles.stepHead}>
          <h4 id={headingId} className={styles.stepTitle} tabIndex={-1}>
            <span className="sr-only">Step {index + 1}: </span>
            {step.title}
          </h4>
          <span className={styles.roleTag}>{role?.title ?? step.role}</span>
          <span className={`${styles.statusTag} ${styles[`tag-${state.status}`] ?? ''}`}>{STATUS_LABEL[state.status]}</span>
        </div>

        {resolved && (
          <div className={styles.resolved}>
            <div className={styles.muted}>
              {STATUS_LABEL[state.status]} by <strong>{state.by}</strong> at <time dateTime={state.at}>{formatTime(state.at)}</time>
              {state.reason && <> — “{state.reason}”</>}
            </div>
            {state.evidence && Object.keys(state.evidence).length > 0 && (
              <dl className={styles.evidenceList}>
                {Object.entries(state.evidence).map(([key, value]) => (
                  <div key={key}>
                    <dt>{step.evidence?.find((f) => f.id === key)?.label ?? key}</dt>
                    <dd>{displayValue(step, key, value)}</dd>
                  </div>
                ))}
              </dl>
            )}
          </div>
        )}

        {current && (
          <div className={styles.currentBody}>
            {body}
            {step.checks && step.checks.length > 0 && (
              <fieldset className={styles.fieldset}>
                <legend>Confirm</legend>
                {step.checks.map((check) => {
                  const ticked = state.ticked.includes(check.id);
                  return (
                    <label key={check.id} className={styles.check}>
                      <input type="checkbox" checked={ticked} onChange={() => void act({ type: 'tick', stepId: step.id, checkId: check.id, ticked: !ticked })} />
                      <SafeMarkdown inline>{check.text}</SafeMarkdown>
                    </label>
                  );
                })}
              </fieldset>
            )}
            {policy && step.rules && step.rules.length > 0 && (
              <div className={styles.embedded}>
                <PolicyChecker policy={policy} comparable={false} title="Check the new password against the runbook's policy" context={context} />
                <PasswordGenerator policy={policy} context={context} />
              </div>
            )}
            {step.evidence && step.evidence.length > 0 && (
              <fieldset className={styles.fieldset}>
                <legend>Evidence</legend>
                <div className={styles.grid}>
                  {step.evidence.map((field) => (
                    <FieldInput key={field.id} field={field} idPrefix={`${headingId}-evidence`} value={texts[field.id] ?? ''} error={errors[field.id]} onChange={(text) => setTexts((t) => ({ ...t, [field.id]: text }))} />
                  ))}
                </div>
              </fieldset>
            )}
          </div>
        )}

        {!current && !resolved && state.status !== 'bypassed' && (
          <details className={styles.preview}>
            <summary>Read ahead</summary>
            {body}
          </details>
        )}

        {state.notes.length > 0 && (
          <ul className={styles.notes} aria-label="Notes">
            {state.notes.map((note) => <li key={note.seq}><strong>{note.actor}</strong> <time dateTime={note.at}>{formatTime(note.at)}</time>: {note.note}</li>)}
          </ul>
        )}

        {message && !asking && <div className={styles.error} role="alert">{message}</div>}

        {asking === 'skip' && <ReasonForm verb="Skip step" label="Why is this step skipped? (required)" onSubmit={(reason) => act({ type: 'skip', stepId: step.id, reason })} onCancel={cancel} />}
        {asking === 'fail' && <ReasonForm verb="Mark failed" danger label="What failed? (required; the run follows the failure branch)" onSubmit={(reason) => act({ type: 'fail', stepId: step.id, reason })} onCancel={cancel} />}
        {asking === 'reopen' && <ReasonForm verb="Reopen step" label="Why is this step reopened? (required)" onSubmit={(reason) => act({ type: 'reopen', stepId: step.id, reason })} onCancel={cancel} />}
        {asking === 'note' && <ReasonForm verb="Add note" label="Note on this step" onSubmit={(note) => act({ type: 'note', stepId: step.id, note })} onCancel={cancel} />}

        {!asking && (current || resolved) && (
          <div className={styles.actions}>
            {current && <button type="button" className="button button--primary" onClick={() => void complete()}>Complete step</button>}
            {current && <button type="button" className="button button--secondary" data-opens="skip" onClick={ask('skip')}>Skip…</button>}
            {current && step.onFail && <button type="button" className={`button button--outline ${styles.failButton}`} data-opens="fail" onClick={ask('fail')}>Failed…</button>}
            {resolved && <button type="button" className="button button--sm button--secondary" data-opens="reopen" onClick={ask('reopen')}>Reopen…</button>}
            <button type="button" className={`button ${current ? '' : 'button--sm'} button--link`} data-opens="note" onClick={ask('note')}>Add a note</button>
          </div>
        )}
      </div>
    </li>
  );
}

function displayValue(step: Step, key: string, value: FieldValue): string {
  const field = step.evidence?.find((f) => f.id === key);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (field?.type === 'choice') return field.options?.find((o) => o.value === value)?.label ?? String(value);
  return String(value);
}
