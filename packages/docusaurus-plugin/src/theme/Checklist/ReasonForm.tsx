import { useId, useState, type FormEvent, type ReactNode } from 'react';
import styles from './styles.module.css';

export interface Props {
  /** What the reason is for: "Skip", "Fail", "Reopen", "Add note". */
  verb: string;
  label: string;
  onSubmit: (text: string) => Promise<string | undefined>;
  onCancel: () => void;
  danger?: boolean;
}

/** A short text asked before an action (skip, fail and reopen need a reason; a note is one). */
export default function ReasonForm({ verb, label, onSubmit, onCancel, danger = false }: Props): ReactNode {
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = await onSubmit(text);
    if (problem) setError(problem);
  };
  return (
    <form
      className={styles.reasonForm}
      onSubmit={(e) => void submit(e)}
      noValidate
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        className={styles.input}
        rows={2}
        value={text}
        onChange={(e) => setText(e.target.value)}
        autoFocus
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error && <div id={`${id}-error`} className={styles.fieldError} role="alert">{error}</div>}
      <div className={styles.buttons}>
        <button type="submit" className={`button button--sm ${danger ? 'button--danger' : 'button--primary'}`}>{verb}</button>
        <button type="button" className="button button--sm button--secondary" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
