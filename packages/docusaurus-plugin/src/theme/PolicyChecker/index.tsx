import { useDeferredValue, useId, useMemo, useState, type ReactNode } from 'react';
import type { PasswordContext, PasswordEvaluation } from '@stepwise/policy';
import { checkerData, checkerPolicy } from '@stepwise/docusaurus-plugin/client';
import { useEvaluator } from '@stepwise/docusaurus-plugin/client';
import CompareTable from './CompareTable';
import RuleResults from './RuleResults';
import StrengthMeter from './StrengthMeter';
import { usePolicyEvaluation } from './usePolicyEvaluation';
import styles from './styles.module.css';

export interface Props {
  /** Policy id. */
  policy: string;
  /** Offer a selector of every shipped policy (the `/checker` page). */
  selectable?: boolean;
  /** Offer the compare view (every shipped policy side by side). Default true. */
  comparable?: boolean;
  /** Heading level text; default "Check a password against this policy". */
  title?: string;
  /** Context known in advance (a run's account), editable by the person. */
  context?: PasswordContext;
}

const CONTEXT_FIELDS: { key: 'userName' | 'displayName' | 'email' | 'organization'; label: string; autoComplete: string }[] = [
  { key: 'userName', label: 'User name', autoComplete: 'off' },
  { key: 'displayName', label: 'Display name', autoComplete: 'off' },
  { key: 'email', label: 'E-mail address', autoComplete: 'off' },
  { key: 'organization', label: 'Organisation', autoComplete: 'off' },
];

/**
 * The live checker (security reference items 7-8): the password lives only in this
 * component's state. It is never put in the URL, storage, the console, an aria-live message or
 * any record, and nothing is sent while typing: the dictionaries are the site's own chunks,
 * loaded on first focus.
 */
function LockIcon(): ReactNode {
  return (
    <svg className={styles.lock} viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path fill="currentColor" d="M8 1a3.5 3.5 0 0 0-3.5 3.5V7H4a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h8a1 1 0 0 0 1-1V8a1 1 0 0 0-1-1h-.5V4.5A3.5 3.5 0 0 0 8 1Zm2 6H6V4.5a2 2 0 1 1 4 0V7Z" />
    </svg>
  );
}

function Feedback({ warning, suggestions }: { warning: string | undefined; suggestions: string[] }): ReactNode {
  if (!warning && suggestions.length === 0) return null;
  return (
    <div className={styles.feedback}>
      {warning && <p className={styles.warning}>{warning}</p>}
      {suggestions.length > 0 && <ul>{suggestions.map((s) => <li key={s}>{s}</li>)}</ul>}
    </div>
  );
}

/** The estimator's suggestions not already shown as a failing rule's hint (compared loosely). */
function freshSuggestions(evaluation: PasswordEvaluation): string[] {
  const key = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  const seen = new Set(evaluation.rules.filter((r) => !r.ok && r.hint).map((r) => key(r.hint!)));
  const fresh: string[] = [];
  for (const suggestion of evaluation.feedback.suggestions) {
    const k = key(suggestion);
    if (seen.has(k)) continue;
    seen.add(k);
    fresh.push(suggestion);
  }
  return fresh.slice(0, 3);
}

export default function PolicyChecker({ policy: initialPolicy, selectable = false, comparable = true, title, context: givenContext }: Props): ReactNode {
  const id = useId();
  const [policyId, setPolicyId] = useState(initialPolicy);
  const [password, setPassword] = useState('');
  const [visible, setVisible] = useState(false);
  const [comparing, setComparing] = useState(false);
  const [context, setContext] = useState<PasswordContext>(givenContext ?? {});
  const { state: resources, load } = useEvaluator();
  const evaluator = resources.status === 'ready' ? resources.evaluator : undefined;
  const policy = checkerPolicy(policyId);
  const evaluation = usePolicyEvaluation(password, policy?.document, context, evaluator);
  // The compare view evaluates every policy: let it lag behind typing rather than block it.
  const deferredPassword = useDeferredValue(password);
  const compareContext = useMemo(() => context, [context]);

  if (!policy) return <div className="alert alert--danger">Unknown policy “{initialPolicy}”.</div>;

  const failing = evaluation ? evaluation.rules.filter((r) => !r.ok && r.severity === 'error') : [];
  // Staged data (issue 14 item 9): a rule failing is final at once; a pass waits for every rule.
  const state = password.length === 0 ? 'empty' : !evaluation ? 'pending' : failing.length > 0 ? 'fail' : evaluation.pending.length > 0 ? 'pending' : 'pass';
  const summary =
    state === 'empty' ? 'Type a password to check it.'
    : state === 'pending' ? (evaluation ? 'Checking against the word lists…' : 'Loading the checker and its word lists…')
    : state === 'fail' ? `Does not meet ${policy.title}: ${failing.length} ${failing.length === 1 ? 'rule fails' : 'rules fail'}.`
    : `Meets ${policy.title}.`;

  return (
    <section className={styles.checker} aria-labelledby={`${id}-title`}>
      <div className={styles.header}>
        <h2 id={`${id}-title`} className={styles.title}>{title ?? 'Check a password against this policy'}</h2>
        <p className={styles.privacy}>
          <LockIcon /> The password never leaves your browser: it is checked on this page, never sent, never saved.
        </p>
      </div>

      {selectable && (
        <div className={styles.field}>
          <label htmlFor={`${id}-policy`}>Policy</label>
          <select id={`${id}-policy`} value={policyId} onChange={(e) => setPolicyId(e.target.value)} className={styles.select}>
            {checkerData.policies.map((p) => <option key={p.id} value={p.id}>{p.title}</option>)}
          </select>
        </div>
      )}

      <div className={styles.field}>
        <label htmlFor={`${id}-password`}>Password</label>
        <div className={styles.inputRow}>
          <input
            id={`${id}-password`}
            className={styles.input}
            type={visible ? 'text' : 'password'}
            autoComplete="new-password"
            spellCheck={false}
            autoCapitalize="off"
            autoCorrect="off"
            // Uncontrolled (issue 14 item 10): React writes a controlled input's value into its
            // `value` attribute, where any script, extension or saved page can read it.
            onFocus={load}
            onChange={(e) => setPassword(e.target.value)}
            aria-describedby={`${id}-verdict`}
            data-testid="checker-password"
          />
          <button type="button" className={styles.toggle} onClick={() => setVisible((v) => !v)} aria-pressed={visible} aria-controls={`${id}-password`}>
            {visible ? 'Hide' : 'Show'}
          </button>
        </div>
      </div>

      <details className={styles.context}>
        <summary>Account details (optional): the context rules reject passwords built from them</summary>
        <div className={styles.contextGrid}>
          {CONTEXT_FIELDS.map((field) => (
            <div key={field.key} className={styles.field}>
              <label htmlFor={`${id}-${field.key}`}>{field.label}</label>
              <input
                id={`${id}-${field.key}`}
                className={styles.input}
                type={field.key === 'email' ? 'email' : 'text'}
                autoComplete={field.autoComplete}
                spellCheck={false}
                value={context[field.key] ?? ''}
                onChange={(e) => setContext((c) => ({ ...c, [field.key]: e.target.value }))}
              />
            </div>
          ))}
        </div>
      </details>

      <div id={`${id}-verdict`} className={`${styles.verdict} ${styles[state] ?? ''}`} role="status" aria-live="polite" data-verdict={state} data-stage={evaluator?.stage} data-testid="checker-verdict">
        <span className={styles.verdictIcon} aria-hidden="true">{state === 'pass' ? '✓' : state === 'fail' ? '✕' : state === 'pending' ? '…' : '•'}</span>
        <span>{summary}</span>
        {evaluation && <span className={styles.length}>{evaluation.length} characters</span>}
      </div>
      {resources.status === 'failed' && <div className="alert alert--warning">{resources.message}</div>}

      {evaluation && (
        <>
          <StrengthMeter strength={evaluation.strength} />
          {/* The preliminary estimator can rate higher than the final one, never lower (loadEvaluator.ts). */}
          {evaluator?.stage === 'preliminary' && evaluation.strength && <p data-testid="checker-preliminary">Preliminary strength: the full word lists are still loading and may lower it.</p>}
          <Feedback warning={evaluation.feedback.warning} suggestions={freshSuggestions(evaluation)} />
          <RuleResults results={evaluation.rules} policy={policy.document} clauses={checkerData.clauses} standardsPath={checkerData.routes.standards} />
          {evaluation.pending.length > 0 && (
            <p className={styles.waiting} data-testid="checker-waiting">
              Still checking: {evaluation.pending.join(' and ')} (its word lists are loading on this page; nothing is sent).
            </p>
          )}
        </>
      )}

      {comparable && checkerData.policies.length > 1 && (
        <div className={styles.compareBlock}>
          <button type="button" className="button button--secondary button--sm" aria-expanded={comparing} aria-controls={`${id}-compare`} onClick={() => setComparing((c) => !c)}>
            {comparing ? 'Hide the comparison' : 'Compare with every policy'}
          </button>
          <div id={`${id}-compare`} hidden={!comparing}>
            {comparing && <CompareTable password={deferredPassword} policies={checkerData.policies} context={compareContext} evaluator={evaluator?.stage === "final" ? evaluator : undefined} selected={policyId} onSelect={setPolicyId} />}
          </div>
        </div>
      )}
    </section>
  );
}
