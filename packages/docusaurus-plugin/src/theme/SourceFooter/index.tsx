import type { ReactNode } from 'react';
import type { SourceInfo } from '@stepwise/docusaurus-plugin';
import styles from './styles.module.css';

export interface Props {
  source: SourceInfo;
}

/** Source file, last revision in git, and the edit link. */
export default function SourceFooter({ source }: Props): ReactNode {
  const { revision } = source;
  return (
    <footer className={styles.footer}>
      <span>
        Source <code>{source.path}</code>
        {revision && (
          <>
            {' '}· last updated <time dateTime={revision.date}>{revision.date.slice(0, 10)}</time> in{' '}
            <code title={revision.subject}>{revision.commit.slice(0, 10)}</code>
          </>
        )}
        {!revision && ' · not yet committed'}
      </span>
      {source.editUrl && (
        <a href={source.editUrl} target="_blank" rel="noopener noreferrer" className={styles.edit}>
          Edit this file
        </a>
      )}
    </footer>
  );
}
