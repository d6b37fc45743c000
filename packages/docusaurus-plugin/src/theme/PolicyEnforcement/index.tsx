import type { ReactNode } from 'react';
import SafeMarkdown from '@theme/SafeMarkdown';
import type { EnforcementView } from '@stepwise/docusaurus-plugin';
import styles from './styles.module.css';
import { useAnchors } from '../../client/useAnchors';

export interface Props {
  data: EnforcementView | undefined;
}

const LABEL = { exact: 'exact', approximate: 'approximate', 'not-enforceable': 'not enforceable' } as const;

function Fidelity({ fidelity, detail }: { fidelity: keyof typeof LABEL; detail?: string }): ReactNode {
  return (
    <span className={`${styles.badge} ${styles[fidelity === 'not-enforceable' ? 'none' : fidelity]}`} title={detail}>
      {LABEL[fidelity]}
    </span>
  );
}

/**
 * "Where this policy can be enforced, and how faithfully": the systems the policy names, setting
 * by setting (issue 12), and the fidelity of every export target (issue 16), from the engine's
 * export functions at build time.
 */
export default function PolicyEnforcement({ data }: Props): ReactNode {
  const anchor = useAnchors();
  if (!data) return null;
  return (
    <section className="margin-vert--lg" aria-labelledby="enforcement">
      <h2 id={anchor('enforcement')}>Where this policy can be enforced, and how faithfully</h2>
      <p className={styles.muted}>
        <strong>exact</strong>: the system refuses what the policy refuses; <strong>approximate</strong>: close, the note says what changes; <strong>not enforceable</strong>: the system has no such setting, so Stepwise carries it as guidance only. Files: <code>stepwise export &lt;policy&gt; --target &lt;system&gt;</code>.
      </p>
      {data.systems && (
        <>
          <h3 id="enforcement-systems">Enforced by</h3>
          {data.systems.notes && <SafeMarkdown>{data.systems.notes}</SafeMarkdown>}
          <div className={styles.scroll} tabIndex={0} role="region" aria-label="Enforced by, setting by setting">
            <table className={styles.table}>
              <thead>
                <tr>
                  <th scope="col">Setting</th>
                  {data.systems.titles.map((t) => <th key={t} scope="col">{t}</th>)}
                </tr>
              </thead>
              <tbody>
                {data.systems.rows.map((row) => (
                  <tr key={row.setting}>
                    <th scope="row">
                      <code>{row.setting}</code>
                      {row.guidanceOnly && <div className={styles.muted}>Stepwise only, as guidance</div>}
                    </th>
                    {row.cells.map((cell, i) => (
                      <td key={i}>
                        <Fidelity fidelity={cell.fidelity} />
                        <div className={styles.detail}>{cell.detail}</div>
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <h3 id="enforcement-targets">Every export target</h3>
      {data.targets.map((t) => (
        <details key={t.target} id={anchor(`enforcement-${t.target}`)} className={styles.details}>
          <summary>
            <strong>{t.title}</strong> <code>{t.target}</code>{' '}
            <span className={styles.muted}>
              {t.counts.exact} exact, {t.counts.approximate} approximate, {t.counts.notEnforceable} not enforceable
            </span>
          </summary>
          <table className={styles.table}>
            <thead>
              <tr><th scope="col">Setting</th><th scope="col">Fidelity</th><th scope="col">What the system does</th></tr>
            </thead>
            <tbody>
              {t.entries.map((e) => (
                <tr key={e.setting}>
                  <td><code>{e.setting}</code></td>
                  <td><Fidelity fidelity={e.fidelity} /></td>
                  <td>{e.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {t.notes.length > 0 && <ul className={styles.notes}>{t.notes.map((n, i) => <li key={i}>{n}</li>)}</ul>}
        </details>
      ))}
    </section>
  );
}
