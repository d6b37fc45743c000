import type { ReactNode } from 'react';
import ReactMarkdown, { defaultUrlTransform } from 'react-markdown';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import { hasUnsafeCharacters } from '@stepwise/core';
import { isPlainText } from './isPlainText';
import { rehypeShowInvisibles } from './rehypeShowInvisibles';
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
// Markers are added after sanitizing, so their class and title survive.
const rehypePlugins = [rehypeSanitize, rehypeShowInvisibles(styles.invisible ?? 'stepwise-invisible')];

// A URL with a scheme (https:, mailto:) or protocol-relative (`//evil.example`: a network-path
// reference, RFC 3986 section 4.2) leaves the site. The URL transform percent-encodes a
// backslash, so `/\evil.example` stays a path on this site.
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/**
 * Markdown written in YAML, rendered as data: never through MDX (which is executable code) and
 * never by injecting raw HTML into the page. One line of plain prose (`isPlainText`) renders as
 * the paragraph react-markdown would make of it, without a parse. Bidirectional controls and
 * invisible characters are shown as visible markers (`rehypeShowInvisibles`).
 */
export default function SafeMarkdown({ children, inline = false, className }: Props): ReactNode {
  return (
    <div className={['markdown', styles.markdown, inline ? styles.inline : '', className ?? ''].filter(Boolean).join(' ')}>
      {isPlainText(children) && !hasUnsafeCharacters(children) ? <p>{children}</p> : renderMarkdown(children)}
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
          const external = typeof href === 'string' && EXTERNAL.test(href);
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
