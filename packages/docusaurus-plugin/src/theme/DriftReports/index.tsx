import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import type { DriftView } from '@stepwise/docusaurus-plugin';
import styles from './styles.module.css';
import { useAnchors } from '../../client/useAnchors';

export interface Props {
  reports: DriftView[] | undefined;
  policiesPath: string;
}

/**
 * The audit page's "declared and enforced": per policy and system, whether the committed drift
 * report found the declared policy enforced, and when (issue 16).
 */
export default function DriftReports({ reports, policiesPath }: Props): ReactNode {
  const list = reports ?? [];
  const anchor = useAnchors();
  return (
    <section className="margin-bottom--xl" aria-labelledby="drift">
      <h2 id={anchor('drift')}>Declared and enforced</h2>
      <p className={styles.muted}>
        Reports of <code>stepwise drift &lt;policy&gt; --from &lt;system&gt; &lt;settings file&gt; --format json</code>, committed under the enforcement folder: is the declared policy the one the system enforces?
      </p>
      {list.length === 0 ? (
        <p className={styles.muted}>No drift reports are committed yet.</p>
      ) : (
        <div className={styles.scroll} tabIndex={0} role="region" aria-label="Drift reports">
          <table className={styles.table}>
            <thead>
              <tr><th scope="col">Policy</th><th scope="col">System</th><th scope="col">Checked</th><th scope="col">Verdict</th><th scope="col">Differences</th></tr>
            </thead>
            <tbody>
              {list.map((r) => (
                <tr key={r.file}>
                  <th scope="row"><Link to={`/${policiesPath}/${r.policyId}#enforcement`}>{r.policyId}</Link></th>
                  <td><code>{r.target}</code><div className={styles.muted}>{r.source}</div></td>
                  <td><time dateTime={r.date}>{r.date.slice(0, 10)}</time></td>
                  <td>
                    <span className={`${styles.badge} ${r.inSync ? styles.ok : styles.drift}`}>{r.inSync ? 'enforced as declared' : 'drift'}</span>
                    <div className={styles.muted}>{r.summary.match} match, {r.summary.drift} drift, {r.summary.missing} missing</div>
                  </td>
                  <td>
                    {r.differences.length === 0 ? <span className={styles.muted}>none</span> : (
                      <ul className={styles.differences}>
                        {r.differences.map((d) => <li key={d.setting}><code>{d.setting}</code>: declared {d.declared ?? '-'}, enforced {d.enforced ?? '-'}</li>)}
                      </ul>
                    )}
                    <div className={styles.muted}>{r.file}</div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
