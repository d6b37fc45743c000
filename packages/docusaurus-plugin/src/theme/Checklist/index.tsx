import type { ReactNode } from 'react';
import type { Runbook } from '@stepwise/runbook';

export interface Props {
  /** Runbook id. */
  runbook: string;
  /** The runbook itself, when the page already has it. */
  data?: Runbook;
}

/**
 * Slot for the interactive checklist (issue 6). Until it lands it renders nothing, so every
 * runbook page already mounts `<Checklist runbook=…/>` in the place it will occupy.
 */
export default function Checklist(_props: Props): ReactNode {
  return null;
}
