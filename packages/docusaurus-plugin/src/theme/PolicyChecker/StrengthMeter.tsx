import type { ReactNode } from 'react';
import type { StrengthResult } from '@stepwise/policy';
import styles from './styles.module.css';

const LABELS = ['Very weak', 'Weak', 'Fair', 'Strong', 'Very strong'] as const;

/** zxcvbn's 0-4 score as a five-segment meter, with the estimated guesses in words. */
export default function StrengthMeter({ strength }: { strength: StrengthResult | undefined }): ReactNode {
  const score = strength?.score;
  return (
    <div className={styles.meter}>
      <div
        className={styles.meterTrack}
        role="meter"
        aria-label="Estimated strength"
        aria-valuemin={0}
        aria-valuemax={4}
        aria-valuenow={score ?? 0}
        aria-valuetext={score === undefined ? 'not estimated yet' : `${LABELS[score]}, ${score} of 4`}
      >
        {[0, 1, 2, 3, 4].map((i) => (
          <span key={i} className={`${styles.segment} ${score !== undefined && i <= score ? styles[`score${score}`] : ''}`} />
        ))}
      </div>
      <div className={styles.meterLabel}>
        {score === undefined ? 'Strength: not estimated yet' : <>Strength: <strong>{LABELS[score]}</strong> · about 10<sup>{Math.round(strength!.guessesLog10)}</sup> guesses</>}
      </div>
    </div>
  );
}
