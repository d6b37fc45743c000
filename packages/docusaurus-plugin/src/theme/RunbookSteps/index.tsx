import type { ReactNode } from 'react';
import RunbookStepList from '@theme/RunbookStepList';
import type { RunbookPageData } from '@stepwise/docusaurus-plugin';
// Written by the plugin's contentLoaded (createData). Imported only by MDX pages that use this
// component, so other pages do not carry every runbook.
import runbooks from '@generated/docusaurus-plugin-stepwise/default/runbooks.json';

export interface Props {
  /** Runbook id. */
  id: string;
}

/** `<RunbookSteps id="..."/>` in any MDX page: the steps of one runbook. */
export default function RunbookSteps({ id }: Props): ReactNode {
  const data = (runbooks as Record<string, RunbookPageData>)[id];
  if (!data) return <div className="alert alert--danger">Unknown runbook “{id}”.</div>;
  return <RunbookStepList data={data} />;
}
