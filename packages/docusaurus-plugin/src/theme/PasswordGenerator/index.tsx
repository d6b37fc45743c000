import { useId, useState, type ReactNode } from 'react';
import type { PasswordContext } from '@stepwise/policy';
import { browserRandom } from '@stepwise/docusaurus-plugin/client';
import { checkerPolicy } from '@stepwise/docusaurus-plugin/client';
import { copyText } from '@stepwise/docusaurus-plugin/client';
import { loadEvaluator } from '@stepwise/docusaurus-plugin/client';
import styles from './styles.module.css';

export interface Props {
  /** Policy id: every generated password passes this policy. */
  policy: string;
  /** The account the password is for, so the context rules are honoured. */
  context?: PasswordContext;
}

type Generated = { password: string; entropyBits: number } | { error: string };

/**
 * For administrator resets, where the administrator must not choose the password (OWASP ASVS
 * 5.0 6.4.1, 6.4.6): a passphrase or random password drawn with `crypto.getRandomValues` and
 * kept only if the whole policy accepts it. The result lives in this component's state only:
 * never stored, logged or recorded.
 */
export default function PasswordGenerator({ policy: policyId, context }: Props): ReactNode {
  const id = useId();
  const policy = checkerPolicy(policyId);
  const [kind, setKind] = useState<'passphrase' | 'random'>('passphrase');
  const [busy, setBusy] = useState(false);
  const [generated, setGenerated] = useState<Generated | undefined>();
  const [visible, setVisible] = useState(true);
  const [copied, setCopied] = useState<string | undefined>();
  if (!policy) return <div className="alert alert--danger">Unknown policy “{policyId}”.</div>;

  const generate = async () => {
    setBusy(true);
    setCopied(undefined);
    try {
      const evaluator = await loadEvaluator();
      const result = await evaluator.generate(policy.document, { kind, random: browserRandom, ...(context ? { context } : {}) });
      setGenerated({ password: result.password, entropyBits: result.entropyBits });
    } catch {
      setGenerated({ error: 'No password passing the policy could be generated; try the other kind.' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.generator} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className={styles.title}>Generate a password (administrator resets)</h3>
      <p className={styles.muted}>
        Drawn in this browser with its cryptographic random source and checked against <strong>{policy.title}</strong>. Read it out on the
        verified call only; it is not saved anywhere.
      </p>
      <div className={styles.controls} role="radiogroup" aria-label="Kind of password">
        {(['passphrase', 'random'] as const).map((k) => (
          <label key={k} className={styles.kind}>
            <input type="radio" name={`${id}-kind`} value={k} checked={kind === k} onChange={() => setKind(k)} />
            {k === 'passphrase' ? 'Passphrase (easier to read out)' : 'Random characters'}
          </label>
        ))}
        <button type="button" className="button button--primary button--sm" onClick={() => void generate()} disabled={busy}>
          {busy ? 'Generating…' : generated && 'password' in generated ? 'Generate another' : 'Generate'}
        </button>
      </div>
      {generated && 'error' in generated && <div className="alert alert--warning">{generated.error}</div>}
      {generated && 'password' in generated && (
        <div className={styles.result}>
          <label htmlFor={`${id}-out`} className="sr-only">Generated password</label>
          <input
            id={`${id}-out`}
            className={styles.output}
            type={visible ? 'text' : 'password'}
            readOnly
            value={generated.password}
            autoComplete="off"
            spellCheck={false}
            autoCapitalize="off"
            data-testid="generated-password"
          />
          <button type="button" className={styles.small} onClick={() => setVisible((v) => !v)} aria-pressed={visible}>{visible ? 'Hide' : 'Show'}</button>
          <button type="button" className={styles.small} onClick={() => void copyText(generated.password).then((ok) => setCopied(ok ? 'Copied.' : 'The browser refused to copy; select the text instead.'))}>
            Copy
          </button>
          <span className={styles.muted}>about {Math.round(generated.entropyBits)} bits</span>
          <span role="status" className={styles.muted}>{copied}</span>
        </div>
      )}
    </section>
  );
}
