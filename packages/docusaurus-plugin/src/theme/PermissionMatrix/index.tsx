import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import type { PermissionMatrix as Matrix, Role } from '@stepwise/runbook';
import styles from './styles.module.css';

export interface Props {
  matrix: Matrix;
  roles: Role[];
  /** Microsoft Learn page of each role name, from the content loader. */
  links?: Record<string, string>;
  /** Prefix of the step links (the runbook page's path, or empty on the runbook page itself). */
  stepHref?: (stepId: string) => string;
  caption?: string;
}

/**
 * Steps (rows) against the Entra roles any step names (columns): a mark where the role is enough
 * for the step, and which runbook role does it. From `permissionMatrix` in @stepwise/runbook, so the
 * page and the engine read the same data (issue 12).
 */
export default function PermissionMatrix({ matrix, roles, links = {}, stepHref = (id) => `#${id}`, caption }: Props): ReactNode {
  const rows = matrix.rows.filter((row) => Object.values(row.requires).some((names) => (names ?? []).length > 0));
  if (rows.length === 0) return null;
  const roleTitle = (id: string) => roles.find((r) => r.id === id)?.title ?? id;
  return (
    <div className={styles.scroll} tabIndex={0} role="region" aria-label={caption ?? 'Who can do each step'}>
      <table className={styles.matrix} data-testid="permission-matrix">
        {caption && <caption className={styles.caption}>{caption}</caption>}
        <thead>
          <tr>
            <th scope="col">Step</th>
            <th scope="col">Done by</th>
            {matrix.entraRoles.map((name) => {
              const url = links[name];
              return <th key={name} scope="col" className={styles.role}>{url ? <a href={url} target="_blank" rel="noopener noreferrer">{name}</a> : name}</th>;
            })}
            <th scope="col">Also needs</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const extra = [...(row.requires.graphScopes ?? []), ...(row.requires.exchangeRoleGroups ?? []).map((g) => `Exchange: ${g}`), ...(row.requires.licences ?? [])];
            return (
              <tr key={row.stepId}>
                <th scope="row"><Link to={stepHref(row.stepId)}>{row.title}</Link></th>
                <td>{roleTitle(row.role)}</td>
                {matrix.entraRoles.map((name) => {
                  const enough = (row.requires.entraRoles ?? []).includes(name);
                  return <td key={name} className={styles.mark} aria-label={enough ? `${name} is enough` : `${name} is not listed`}>{enough ? '✓' : ''}</td>;
                })}
                <td className={styles.extra}>{extra.join(', ')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
