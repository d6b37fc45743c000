import type { ReactNode } from 'react';
import { stepRequirements, type RequirementKind, type Role, type Step } from '@stepwise/runbook';
import styles from './styles.module.css';

export interface Props {
  step: Step;
  /** The runbook role that performs the step (its title is shown as "who"). */
  role?: Role;
  /** Microsoft Learn page of each catalogued name, from the content loader. */
  links?: Record<string, string>;
}

const LABELS: { kind: RequirementKind | 'adDelegation'; label: string; any: boolean }[] = [
  { kind: 'entraRoles', label: 'Entra role (any one)', any: true },
  { kind: 'graphScopes', label: 'Graph scopes (all)', any: false },
  { kind: 'exchangeRoleGroups', label: 'Exchange role group (any one)', any: true },
  { kind: 'adDelegation', label: 'AD delegation', any: false },
  { kind: 'licences', label: 'Licences', any: false },
];

/**
 * Who can do a step: the runbook role, and the Entra roles, Graph scopes, Exchange role groups,
 * AD delegation and licences the step and its commands declare (issue 12). Names from the catalogue
 * link to their Microsoft Learn source.
 */
export default function StepRequirements({ step, role, links = {} }: Props): ReactNode {
  const requires = stepRequirements(step);
  const rows = LABELS.filter(({ kind }) => (requires[kind] ?? []).length > 0);
  if (rows.length === 0) return null;
  return (
    <div className={styles.box} data-testid="step-requirements">
      <div className={styles.title}>Who can do it{role ? <>: <strong>{role.title}</strong></> : null}</div>
      <dl className={styles.list}>
        {rows.map(({ kind, label }) => (
          <div key={kind} className={styles.row}>
            <dt>{label}</dt>
            <dd>
              {(requires[kind] ?? []).map((name) => {
                const url = kind === 'adDelegation' ? undefined : links[name];
                return (
                  <span key={name} className={styles.name}>
                    {url ? <a href={url} target="_blank" rel="noopener noreferrer">{name}</a> : name}
                  </span>
                );
              })}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
