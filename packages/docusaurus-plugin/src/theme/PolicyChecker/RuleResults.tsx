import type { ReactNode } from 'react';
import { useBaseUrlUtils } from '@docusaurus/useBaseUrl';
import type { PolicyDocument, RuleResult } from '@stepwise/policy';
import type { CheckerData } from '@stepwise/docusaurus-plugin/client';
import { ruleTitle } from './ruleTitle';
import styles from './styles.module.css';

export interface Props {
  results: RuleResult[];
  policy: PolicyDocument;
  clauses: CheckerData['clauses'];
  standardsPath: string;
}

/** One line per rule: passed, failed or advisory, what to do, and the clauses it answers. */
export default function RuleResults({ results, policy, clauses, standardsPath }: Props): ReactNode {
  // Plain links, not <Link>: Docusaurus prefetches a <Link>'s page when it comes into view, and
  // the checker must make no request at all while the person types.
  const { withBaseUrl } = useBaseUrlUtils();
  return (
    <ul className={styles.rules} aria-label="Rules">
      {results.map((result) => {
        const state = result.ok ? 'pass' : result.severity === 'error' ? 'fail' : 'warn';
        return (
          <li key={result.rule} className={`${styles.rule} ${styles[state] ?? ''}`} data-rule={result.rule} data-state={state}>
            <span className={styles.icon} aria-hidden="true">{state === 'pass' ? '✓' : state === 'fail' ? '✕' : '!'}</span>
            <div className={styles.ruleBody}>
              <div className={styles.ruleHead}>
                <strong>{ruleTitle(result.rule, policy)}</strong>
                <span className="sr-only">{state === 'pass' ? ': passes' : state === 'fail' ? ': fails' : ': advisory, not met'}</span>
                <span className={styles.clauses}>
                  {result.clauses.map((id) => {
                    const clause = clauses[id];
                    return clause ? (
                      <a key={id} className={styles.clause} href={withBaseUrl(`/${standardsPath}/${clause.standard}#${id}`)} title={clause.title}>{id}</a>
                    ) : (
                      <span key={id} className={styles.clause}>{id}</span>
                    );
                  })}
                </span>
              </div>
              <div className={styles.message}>{result.message}</div>
              {!result.ok && result.hint && <div className={styles.hint}>{result.hint}</div>}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
