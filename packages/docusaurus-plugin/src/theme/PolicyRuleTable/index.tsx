import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import ClauseLink from '@theme/ClauseLink';
import SafeMarkdown from '@theme/SafeMarkdown';
import type { ClauseRef, RoutePaths, RuleView } from '@stepwise/docusaurus-plugin';
import styles from './styles.module.css';
import { useAnchors } from '@stepwise/docusaurus-plugin/client';

export interface Props {
  rules: RuleView[];
  /** The policy the table belongs to: rules set by an ancestor link there. */
  policy: string;
  clauses: Record<string, ClauseRef>;
  routes: RoutePaths;
}

/** A policy's rules in plain words, each with its clauses and the level of the chain that set it. */
export default function PolicyRuleTable({ rules, policy, clauses, routes }: Props): ReactNode {
  const anchor = useAnchors();
  if (rules.length === 0) return <p className={styles.empty}>None set.</p>;
  return (
    <div className={styles.wrap} tabIndex={0} role="region" aria-label="Rules">
      <table className={styles.table}>
        <thead>
          <tr>
            <th>Rule</th>
            <th>In plain words</th>
            <th>Answers</th>
            <th>Set by</th>
          </tr>
        </thead>
        <tbody>
          {rules.map((rule) => (
            <tr key={rule.id} id={anchor(`rule-${rule.id}`)} className={rule.enabled ? undefined : styles.disabled}>
              <td className={styles.ruleCell}>
                <strong>{rule.title}</strong>
                <code className={styles.id}>{rule.id}</code>
                {!rule.enabled && <span className="badge badge--secondary">off</span>}
                {rule.enabled && rule.severity === 'warning' && <span className="badge badge--warning">warning</span>}
              </td>
              <td>
                {rule.description}
                {rule.rationale && <SafeMarkdown className={styles.rationale}>{rule.rationale}</SafeMarkdown>}
              </td>
              <td>{rule.clauses.map((id) => <ClauseLink key={id} clause={clauses[id] ?? { id }} standardsPath={routes.standards} />)}</td>
              <td>{rule.origin === policy ? <span className={styles.self}>this policy</span> : <Link to={`/${routes.policies}/${rule.origin}`}>{rule.origin}</Link>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
