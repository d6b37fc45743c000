import type { StandardName } from './types';

/** "PCI DSS v4.0.1, requirement 8.3 (strong authentication)" -> "PCI DSS v4.0.1", for table headers. */
export function standardName(standard: { id: string; title: string }): StandardName {
  const cut = standard.title.search(/,| \(/);
  return { id: standard.id, title: standard.title, short: cut > 0 ? standard.title.slice(0, cut) : standard.title };
}
