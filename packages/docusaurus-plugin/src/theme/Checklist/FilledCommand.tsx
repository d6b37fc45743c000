import type { ReactNode } from 'react';
import CommandBlock from '@theme/CommandBlock';
import { fillCommand, type Command, type Run } from '@stepwise/runbook';
import styles from './styles.module.css';

export interface Props {
  command: Command;
  run: Run;
}

/**
 * A command of the current step with the run's values filled in (issue 12): `fillCommand` escapes
 * each value for the PowerShell quoting it stands in, and leaves a placeholder it cannot fill
 * safely for the engineer to type, saying why. The code block keeps the theme's copy button.
 */
export default function FilledCommand({ command, run }: Props): ReactNode {
  const filled = fillCommand(command, run.runbook.placeholders ?? [], run.state.inputs);
  return (
    <div data-testid="filled-command">
      <CommandBlock command={{ ...command, code: filled.code }} />
      {filled.problems.length > 0 && (
        <ul className={styles.fillNotes} aria-label="Left for you to type">
          {filled.problems.map((p) => <li key={`${p.placeholder}-${p.reason}`}><code>{`<${p.placeholder}>`}</code>: {p.message}</li>)}
        </ul>
      )}
    </div>
  );
}
