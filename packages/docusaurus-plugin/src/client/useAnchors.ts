import useBrokenLinks from '@docusaurus/useBrokenLinks';

/**
 * Registers element ids rendered on a page with Docusaurus's broken-link checker, so that links
 * such as `/standards/nist-800-63b-4#N4-3.1.1.2-6` are checked at build time like headings are.
 * Returns the id, for use inline: `<section id={anchor(step.id)}>`.
 */
export function useAnchors(): (id: string) => string {
  const brokenLinks = useBrokenLinks();
  return (id) => {
    brokenLinks.collectAnchor(id);
    return id;
  };
}
