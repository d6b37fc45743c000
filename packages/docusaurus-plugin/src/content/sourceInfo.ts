import type { Revision, SourceInfo } from './types';

/** Where a page comes from: path, edit link and git revision. */
export function sourceInfo(path: string, revisions: ReadonlyMap<string, Revision>, editUrl: string): SourceInfo {
  const info: SourceInfo = { path };
  // A preset shipped inside @stepwise/policy is not a file of the site: nothing to edit there.
  if (editUrl && !path.startsWith('node_modules/')) info.editUrl = `${editUrl.replace(/\/+$/, '')}/${path}`;
  const revision = revisions.get(path);
  if (revision) info.revision = revision;
  return info;
}
