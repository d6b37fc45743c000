import type { ReactNode } from 'react';
import StepRequirements from '@theme/StepRequirements';
import type { Command, Run, Step } from '@stepwise/runbook';
import FilledCommand from './FilledCommand';

export interface Props {
  step: Step;
  /** The step's commands that apply to this run (variant and inputs). */
  commands: Command[];
  run: Run;
}

/** Who can do the current step, and its commands filled with the run's values (issue 12). */
export default function StepCommands({ step, commands, run }: Props): ReactNode {
  const role = run.runbook.roles.find((r) => r.id === step.role);
  return (
    <>
      <StepRequirements step={step} {...(role ? { role } : {})} />
      {commands.map((command, i) => <FilledCommand key={i} command={command} run={run} />)}
    </>
  );
}
