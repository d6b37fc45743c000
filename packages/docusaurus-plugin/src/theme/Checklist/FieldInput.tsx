import type { ReactNode } from 'react';
import type { Field } from '@stepwise/runbook';
import SafeMarkdown from '@theme/SafeMarkdown';
import styles from './styles.module.css';

export interface Props {
  field: Field;
  /** Unique prefix for element ids. */
  idPrefix: string;
  value: string;
  onChange: (text: string) => void;
  error?: string;
}

/**
 * One input or evidence field as text typed by a person. The text is turned into a typed value
 * and validated by the engine (`parseFieldInput`), never here.
 */
export default function FieldInput({ field, idPrefix, value, onChange, error }: Props): ReactNode {
  const id = `${idPrefix}-${field.id}`;
  const required = field.required !== false;
  const described = [field.help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name: field.id,
    className: `${styles.input} ${error ? styles.invalid : ''}`,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': described,
    'aria-required': required,
  } as const;
  let control: ReactNode;
  if (field.type === 'choice' || field.type === 'boolean') {
    const options = field.type === 'boolean' ? [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }] : (field.options ?? []);
    control = (
      <select {...common} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{required ? 'Choose…' : '(not recorded)'}</option>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    );
  } else {
    const type = field.type === 'email' ? 'email' : field.type === 'url' ? 'url' : field.type === 'number' ? 'number' : 'text';
    control = (
      <div className={styles.inputRow}>
        <input
          {...common}
          type={type}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          spellCheck={field.type === 'text'}
          autoComplete="off"
          {...(field.type === 'timestamp' ? { placeholder: '2025-03-01T14:30:00Z' } : {})}
          {...(field.maxLength !== undefined ? { maxLength: field.maxLength } : {})}
        />
        {field.type === 'timestamp' && (
          <button type="button" className={styles.smallButton} onClick={() => onChange(new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'))}>
            Now
          </button>
        )}
      </div>
    );
  }
  return (
    <div className={styles.field}>
      <label htmlFor={id}>
        {field.label} {required ? <span className={styles.required}>required</span> : <span className={styles.optional}>optional</span>}
      </label>
      {control}
      {field.help && <div id={`${id}-help`} className={styles.help}><SafeMarkdown inline>{field.help}</SafeMarkdown></div>}
      {error && <div id={`${id}-error`} className={styles.fieldError} role="alert">{error}</div>}
    </div>
  );
}
