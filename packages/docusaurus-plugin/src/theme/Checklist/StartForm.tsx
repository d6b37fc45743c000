import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { startRun, type Run, type Runbook } from '@stepwise/runbook';
import SafeMarkdown from '@theme/SafeMarkdown';
import { monotonicClock } from '@stepwise/docusaurus-plugin/client';
import FieldInput from './FieldInput';
import { parseFields } from './parseFields';
import styles from './styles.module.css';

export interface Props {
  runbook: Runbook;
  source: string;
  onStarted: (run: Run) => void;
  onCancel?: () => void;
}

/** Variant, the runbook's inputs and the actor's name; `startRun` decides what is valid. */
export default function StartForm({ runbook, source, onStarted, onCancel }: Props): ReactNode {
  const id = useId();
  const variants = runbook.variants ?? [];
  const inputs = runbook.inputs ?? [];
  const [variant, setVariant] = useState<string>('');
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [actor, setActor] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  // Opened by a button: focus moves to the form, never back to the page body (issue 14 item 1).
  useEffect(() => heading.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseFields(inputs, texts);
    setErrors(parsed.errors);
    if (Object.keys(parsed.errors).length > 0) {
      setMessage('Some inputs are not valid; see the messages under them.');
      return;
    }
    setBusy(true);
    const result = await startRun({ runbook, runbookSource: source, actor: actor.trim(), clock: monotonicClock(), variant: variant || null, inputs: parsed.values });
    setBusy(false);
    if (result.ok) onStarted(result.run);
    else {
      const at = result.error.field ?? (result.error.code.includes('variant') ? 'variant' : undefined);
      if (at) setErrors({ [at]: result.error.message });
      setMessage(result.error.message);
    }
  };

  return (
    <form className={styles.startForm} onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1} className={styles.cardTitle}>Start a run</h3>
      <p className={styles.muted}>Everything you record is kept in this browser after each action and can be exported for the ticket.</p>
      {variants.length > 0 && (
        <fieldset className={styles.fieldset}>
          <legend>Variant <span className={styles.required}>required</span></legend>
          <div className={styles.variants}>
            {variants.map((v) => (
              <label key={v.id} className={`${styles.variantOption} ${variant === v.id ? styles.variantChosen : ''}`}>
                <input type="radio" name={`${id}-variant`} value={v.id} checked={variant === v.id} onChange={() => setVariant(v.id)} />
                <span>
                  <strong>{v.title}</strong>
                  {v.description && <SafeMarkdown className={styles.variantText}>{v.description}</SafeMarkdown>}
                </span>
              </label>
            ))}
          </div>
          {errors['variant'] && <div className={styles.fieldError}>{errors['variant']}</div>}
        </fieldset>
      )}
      {inputs.length > 0 && (
        <fieldset className={styles.fieldset}>
          <legend>Inputs</legend>
          <div className={styles.grid}>
            {inputs.map((field) => (
              <FieldInput key={field.id} field={field} idPrefix={`${id}-input`} value={texts[field.id] ?? ''} error={errors[field.id]} onChange={(text) => setTexts((t) => ({ ...t, [field.id]: text }))} />
            ))}
          </div>
        </fieldset>
      )}
      <div className={styles.field}>
        <label htmlFor={`${id}-actor`}>Your name <span className={styles.required}>required</span></label>
        <input id={`${id}-actor`} className={styles.input} value={actor} onChange={(e) => setActor(e.target.value)} autoComplete="name" />
      </div>
      {message && <div className={styles.error} role="alert">{message}</div>}
      <div className={styles.buttons}>
        <button type="submit" className="button button--primary" disabled={busy}>Start the run</button>
        {onCancel && <button type="button" className="button button--secondary" onClick={onCancel}>Cancel</button>}
      </div>
    </form>
  );
}
