import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import SafeMarkdown from '@stepwise/docusaurus-plugin/theme/SafeMarkdown';
import { describe, expect, it } from 'vitest';

const render = (text: string, inline = false) => renderToStaticMarkup(createElement(SafeMarkdown, { inline, children: text }));

describe('issue 15 item 5: the page shows Trojan Source characters, and // links are external', () => {
  it('a bidi override in one line of prose is shown as a marker, never applied', () => {
    const html = render('Add the user to nimda-niamod\u202e group');
    expect(html).not.toContain('\u202e');
    expect(html).toContain('⟨U+202E⟩');
    expect(html).toMatch(/<span class="[^"]+" title="U\+202E: a bidirectional control/);
  });

  it('in a code block and in inline code too, zero-width characters included', () => {
    const html = render('Run:\n\n```powershell\nAdd-ADGroupMember -Identity "Domain\u200b Admins"\n```\n\nor `net\u2066 user`');
    expect(html).not.toMatch(/[\u200b\u2066]/);
    expect(html).toMatch(/Domain<span [^>]*>⟨U\+200B⟩<\/span> Admins/);
    expect(html).toMatch(/net<span [^>]*>⟨U\+2066⟩<\/span> user/);
  });

  it('text without such characters renders as before', () => {
    expect(render('Plain text.')).toBe(render('Plain text.'));
    expect(render('Plain text.')).not.toContain('⟨');
  });

  it.each(['//evil.example/x', 'https://example.org/', 'mailto:a@example.org'])('a link to %s opens as external (new tab, no referrer)', (href) => {
    const html = render(`[go](${href})`);
    expect(html).toContain('target="_blank"');
    expect(html).toContain('rel="noopener noreferrer"');
  });

  it('a link inside the site stays internal; a backslash form is percent-encoded, so it stays inside too', () => {
    expect(render('[go](/docs/intro)')).not.toContain('target=');
    expect(render('[go](/\\evil.example/x)')).toContain('href="/%5Cevil.example/x"');
  });
});
