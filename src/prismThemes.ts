import type { PrismTheme } from 'prism-react-renderer';

/**
 * Code highlighting with every token at WCAG 2.1 AA contrast (1.4.3, 4.5:1) on its block's
 * background (issue 14 item 8: prism-react-renderer's `github` comments are 2.71:1, its
 * keywords 2.68:1; `dracula` comments 3.0:1). The colours are GitHub Primer's light and dark
 * syntax palettes (primer/primitives), which are chosen for AA on these backgrounds.
 */
export const lightCodeTheme: PrismTheme = {
  plain: { color: '#24292f', backgroundColor: '#f6f8fa' },
  styles: [
    { types: ['comment', 'prolog', 'doctype', 'cdata'], style: { color: '#57606a', fontStyle: 'italic' } },
    { types: ['namespace'], style: { color: '#57606a' } },
    { types: ['string', 'attr-value', 'char', 'regex'], style: { color: '#0a3069' } },
    { types: ['punctuation', 'operator'], style: { color: '#24292f' } },
    { types: ['entity', 'url', 'symbol', 'number', 'boolean', 'constant', 'property', 'inserted', 'builtin'], style: { color: '#0550ae' } },
    { types: ['variable', 'parameter'], style: { color: '#953800' } },
    { types: ['atrule', 'keyword', 'attr-name', 'selector', 'tag', 'important'], style: { color: '#cf222e' } },
    { types: ['function', 'function-variable', 'class-name'], style: { color: '#6639ba' } },
    { types: ['deleted'], style: { color: '#82071e' } },
  ],
};

export const darkCodeTheme: PrismTheme = {
  plain: { color: '#c9d1d9', backgroundColor: '#161b22' },
  styles: [
    { types: ['comment', 'prolog', 'doctype', 'cdata'], style: { color: '#8b949e', fontStyle: 'italic' } },
    { types: ['namespace'], style: { color: '#8b949e' } },
    { types: ['string', 'attr-value', 'char', 'regex'], style: { color: '#a5d6ff' } },
    { types: ['punctuation', 'operator'], style: { color: '#c9d1d9' } },
    { types: ['entity', 'url', 'symbol', 'number', 'boolean', 'constant', 'property', 'inserted', 'builtin'], style: { color: '#79c0ff' } },
    { types: ['variable', 'parameter'], style: { color: '#ffa657' } },
    { types: ['atrule', 'keyword', 'attr-name', 'selector', 'tag', 'important'], style: { color: '#ff7b72' } },
    { types: ['function', 'function-variable', 'class-name'], style: { color: '#d2a8ff' } },
    { types: ['deleted'], style: { color: '#ffa198' } },
  ],
};
