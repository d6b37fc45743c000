import { useMemo, type ReactNode } from 'react';
import type { PasswordContext } from '@stepwise/policy';
import type { CheckerPolicy } from '@stepwise/docusaurus-plugin/client';
import type { Evaluator } from '@stepwise/docusaurus-plugin/client';
import { ruleTitle } from './ruleTitle';
import styles from './styles.module.css';

export interface Props {
  password: string;
  policies: CheckerPolicy[];
  context: PasswordContext;
  evaluator: Evaluator | undefined;
  selected: string;
  onSelect: (id: string) => void;
}

/**
 * The same password judged by every shipped policy side by side, so a person sees why NIST
 * accepts what AD rejects. The estimator is shared (one estimate for all policies).
 */
export default function CompareTable({ password, policies, context, evaluator, selected, onSelect }: Props): ReactNode {
  const rows = useMemo(
    () => (password.length === 0 || !evaluator ? [] : policies.map((policy) => ({ policy, evaluation: evaluator.evaluate(password, policy.document, context) }))),
    [password, policies, context, evaluator],
  );
  if (rows.length === 0) return <p className={styles.muted}>{password.length === 0 ? 'Type a password above to compare every policy.' : 'Loading the checker…'}</p>;
  return (
    <div className={styles.tableScroll} tabIndex={0} role="region" aria-label="Every policy compared">
    <table className={styles.compare}>
      <caption className="sr-only">The password judged by every shipped policy</caption>
      <thead>
        <tr><th scope="col">Policy</th><th scope="col">Verdict</th><th scope="col">Rules not met</th></tr>
      </thead>
      <tbody>
        {rows.map(({ policy, evaluation }) => {
          const failed = evaluation.rules.filter((r) => !r.ok);
          // A rule still waiting for its data (staged loading) leaves a pass open, never a failure.
          const verdict = failed.some((r) => r.severity === 'error') ? 'fail' : evaluation.pending.length > 0 ? 'pending' : 'pass';
          return (
            <tr key={policy.id} data-policy={policy.id} data-verdict={verdict} className={policy.id === selected ? styles.selectedRow : undefined}>
              <th scope="row">
                <button type="button" className={styles.linkButton} onClick={() => onSelect(policy.id)} aria-pressed={policy.id === selected}>
                  {policy.title}
                </button>
              </th>
              <td><span className={`${styles.pill} ${styles[verdict] ?? ''}`}>{verdict === 'pass' ? 'Accepted' : verdict === 'fail' ? 'Rejected' : 'Checking…'}</span></td>
              <td>
                {failed.length === 0 ? <span className={styles.muted}>none</span> : failed.map((r) => (
                  <span key={r.rule} className={`${styles.chip} ${r.severity === 'error' ? styles.chipFail : styles.chipWarn}`} title={r.message}>{ruleTitle(r.rule, policy.document)}</span>
                ))}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
    </div>
  );
}
