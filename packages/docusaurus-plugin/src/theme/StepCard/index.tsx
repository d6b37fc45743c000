import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import ClauseLink from '@theme/ClauseLink';
import CommandBlock from '@theme/CommandBlock';
import SafeMarkdown from '@theme/SafeMarkdown';
import StepRequirements from '@theme/StepRequirements';
import type { Condition, Field, Runbook, Step } from '@stepwise/runbook';
import type { ClauseRef, RoutePaths } from '@stepwise/docusaurus-plugin';
import styles from './styles.module.css';
import { useAnchors } from '@stepwise/docusaurus-plugin/client';

export interface Props {
  step: Step;
  index: number;
  runbook: Runbook;
  clauses: Record<string, ClauseRef>;
  ruleClauses: Record<string, string[]>;
  policy?: string;
  routes: RoutePaths;
  /** Microsoft Learn page of each role, scope, role group and licence named by the step. */
  permissionLinks?: Record<string, string>;
}

/** One step of a runbook: what to do, what to tick, what to record, what to run, and why. */
export default function StepCard({ step, index, runbook, clauses, ruleClauses, policy, routes, permissionLinks }: Props): ReactNode {
  const role = runbook.roles.find((r) => r.id === step.role);
  const stepTitle = (id: string) => runbook.steps.find((s) => s.id === id)?.title ?? id;
  const anchor = useAnchors();
  return (
    <section className={styles.step} id={anchor(step.id)} aria-labelledby={`${step.id}-title`}>
      <div className={styles.number} aria-hidden="true">{index + 1}</div>
      <div className={styles.content}>
        <header className={styles.header}>
          <h3 className={styles.title} id={`${step.id}-title`}>
            <span className="sr-only">Step {index + 1}: </span>
            {step.title}
            <a className="hash-link" href={`#${step.id}`} aria-label={`Direct link to ${step.title}`} title="Direct link to this step">{'\u200B'}</a>
          </h3>
          <div className={styles.tags}>
            <span className={styles.role}>{role?.title ?? step.role}</span>
            {step.branchOnly && <span className={styles.tag}>branch only</span>}
            {step.end && <span className={`${styles.tag} ${step.end === 'completed' ? styles.endOk : styles.endStop}`}>ends run: {step.end}</span>}
            {step.when && <span className={styles.tag}>{describeCondition(step.when, runbook)}</span>}
          </div>
        </header>

        <SafeMarkdown>{step.body}</SafeMarkdown>

        <StepRequirements step={step} {...(role ? { role } : {})} {...(permissionLinks ? { links: permissionLinks } : {})} />

        {step.checks && step.checks.length > 0 && (
          <div className={styles.block}>
            <h4 className={styles.label}>Checks</h4>
            <ul className={styles.checks}>
              {step.checks.map((check) => (
                <li key={check.id} id={anchor(`${step.id}-${check.id}`)}>
                  <span className={styles.box} aria-hidden="true" />
                  <SafeMarkdown inline>{check.text}</SafeMarkdown>
                </li>
              ))}
            </ul>
          </div>
        )}

        {step.evidence && step.evidence.length > 0 && (
          <div className={styles.block}>
            <h4 className={styles.label}>Evidence to record</h4>
            <FieldTable fields={step.evidence} />
          </div>
        )}

        {step.commands?.map((command, i) => (
          <div key={i} className={styles.command}>
            {command.when && <div className={styles.when}>{describeCondition(command.when, runbook)}</div>}
            <CommandBlock command={command} />
          </div>
        ))}

        {step.escalation && (
          <div className="alert alert--warning margin-bottom--md" role="note">
            <strong>Escalate</strong>
            <SafeMarkdown>{step.escalation}</SafeMarkdown>
          </div>
        )}
        {step.note && (
          <div className="alert alert--secondary margin-bottom--md" role="note">
            <strong>Note</strong>
            <SafeMarkdown>{step.note}</SafeMarkdown>
          </div>
        )}

        <dl className={styles.meta}>
          {(step.next || step.onFail) && (
            <>
              <dt>Goes to</dt>
              <dd>
                {step.next && <span>on completion: <a href={`#${step.next}`}>{stepTitle(step.next)}</a></span>}
                {step.next && step.onFail && ' · '}
                {step.onFail && <span>on failure: <a href={`#${step.onFail}`}>{stepTitle(step.onFail)}</a></span>}
              </dd>
            </>
          )}
          {step.rules && step.rules.length > 0 && (
            <>
              <dt>Policy rules</dt>
              <dd>
                {step.rules.map((rule) => (
                  <span key={rule} className={styles.rule}>
                    {policy ? <Link to={`/${routes.policies}/${policy}#rule-${rule}`}>{rule}</Link> : rule}
                    {(ruleClauses[rule] ?? []).length > 0 && <span className={styles.via}> → {(ruleClauses[rule] ?? []).join(', ')}</span>}
                  </span>
                ))}
              </dd>
            </>
          )}
          {step.clauses && step.clauses.length > 0 && (
            <>
              <dt>Answers</dt>
              <dd>{step.clauses.map((id) => <ClauseLink key={id} clause={clauses[id] ?? { id }} standardsPath={routes.standards} />)}</dd>
            </>
          )}
          {step.links && step.links.length > 0 && (
            <>
              <dt>References</dt>
              <dd>
                <ul className={styles.links}>
                  {step.links.map((link) => (
                    <li key={link.url}><a href={link.url} target="_blank" rel="noopener noreferrer">{link.title}</a></li>
                  ))}
                </ul>
              </dd>
            </>
          )}
        </dl>
      </div>
    </section>
  );
}

/** Inputs and evidence fields as a table: label, type, required. */
export function FieldTable({ fields }: { fields: Field[] }): ReactNode {
  const help = fields.some((field) => field.help);
  // Its own scroll box: a wide table never makes the page scroll sideways on a phone.
  return (
    <div className={styles.tableScroll} tabIndex={0} role="region" aria-label="Fields">
    <table className={styles.fields}>
      <thead>
        <tr><th>Field</th><th>Type</th><th>Required</th>{help && <th>Help</th>}</tr>
      </thead>
      <tbody>
        {fields.map((field) => (
          <tr key={field.id}>
            <td><strong>{field.label}</strong> <code>{field.id}</code></td>
            <td>{field.type === 'choice' ? `one of: ${(field.options ?? []).map((o) => o.label).join(', ')}` : field.type}</td>
            <td>{field.required === false ? 'optional' : 'required'}</td>
            {help && <td>{field.help ? <SafeMarkdown inline>{field.help}</SafeMarkdown> : null}</td>}
          </tr>
        ))}
      </tbody>
    </table>
    </div>
  );
}

function describeCondition(condition: Condition, runbook: Runbook): string {
  const parts: string[] = [];
  if (condition.variant) {
    const titles = condition.variant.map((id) => runbook.variants?.find((v) => v.id === id)?.title ?? id);
    parts.push(`only for ${titles.join(' or ')}`);
  }
  for (const [input, values] of Object.entries(condition.inputs ?? {})) {
    const label = runbook.inputs?.find((field) => field.id === input)?.label ?? input;
    parts.push(`when ${label} is ${values.map(String).join(' or ')}`);
  }
  return parts.join('; ');
}
