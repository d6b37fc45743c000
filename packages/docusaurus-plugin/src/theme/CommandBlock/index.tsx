import type { ReactNode } from 'react';
import CodeBlock from '@theme/CodeBlock';
import type { Command } from '@stepwise/runbook';

export interface Props {
  command: Command;
}

/** Prism language for each command language of the runbook schema. */
const PRISM: Record<Command['language'], string> = { powershell: 'powershell', shell: 'bash', cmd: 'batch', registry: 'ini', text: 'text' };

/** A command as a highlighted code block with the theme's copy button. */
export default function CommandBlock({ command }: Props): ReactNode {
  return (
    <CodeBlock language={PRISM[command.language]} title={command.title ?? command.language}>
      {command.code.replace(/\n$/, '')}
    </CodeBlock>
  );
}
