import type { ReactNode } from 'react';
import StepCard from '@theme/StepCard';
import type { RunbookPageData } from '@stepwise/docusaurus-plugin';

export interface Props {
  data: RunbookPageData;
}

/** Every step of a runbook, in order. */
export default function RunbookStepList({ data }: Props): ReactNode {
  const { runbook } = data;
  return (
    <ol className="clean-list" aria-label={`Steps of ${runbook.title}`} style={{ paddingLeft: 0 }}>
      {runbook.steps.map((step, index) => (
        <li key={step.id}>
          <StepCard step={step} index={index} runbook={runbook} clauses={data.clauses} ruleClauses={data.ruleClauses} routes={data.routes} permissionLinks={data.permissions.links} {...(data.policy ? { policy: data.policy.id } : {})} />
        </li>
      ))}
    </ol>
  );
}
