import type { ReactNode } from 'react';
import ReactMarkdown, { defaultUrlTransform } from 'react-markdown';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import { isPlainText } from './isPlainText';
import { remarkHtmlAsText } from './remarkHtmlAsText';
import styles from './styles.module.css';

export { isPlainText };

export interface Props {
  children: string;
  /** Inline text (a check, a table cell): no wrapping paragraph. */
  inline?: boolean;
  className?: string;
}

const remarkPlugins = [remarkGfm, remarkHtmlAsText];
const rehypePlugins = [rehypeSanitize];

/**
 * Markdown written in YAML, rendered as data: never through MDX (which is executable code) and
 * never by injecting raw HTML into the page. One line of plain prose (`isPlainText`) renders as
 * the paragraph react-markdown would make of it, without a parse.
 */
export default function SafeMarkdown({ children, inline = false, className }: Props): ReactNode {
  return (
    <div className={['markdown', styles.markdown, inline ? styles.inline : '', className ?? ''].filter(Boolean).join(' ')}>
      {isPlainText(children) ? <p>{children}</p> : renderMarkdown(children)}
    </div>
  );
}

/** Markdown to React elements through react-markdown, sanitized; links to other sites open in a new tab. */
export function renderMarkdown(markdown: string): ReactNode {
  return (
    <ReactMarkdown
      remarkPlugins={remarkPlugins}
      rehypePlugins={rehypePlugins}
      skipHtml={false}
      urlTransform={defaultUrlTransform}
      components={{
        a: ({ href, children: text }) => {
          const external = typeof href === 'string' && /^https?:/.test(href);
          return (
            <a href={href} {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
              {text}
            </a>
          );
        },
      }}
    >
      {markdown}
    </ReactMarkdown>
  );
}
