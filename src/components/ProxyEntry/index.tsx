import type { ProfileDto } from '@contract';
import EntryLinks, { type EntryLink } from '@/components/EntryLinks';
import { entriesText } from '@/text/entries';

const PAGES = '/packages/proxy';
const t = entriesText.proxy;

/** 代理代办 on the 我的 page: an agent's cases and figures, a resident's own cases. */
export default function ProxyEntry({ profile }: { profile: ProfileDto }) {
  const roles = profile.roles;
  const agent = roles.includes('gridMember') || roles.includes('staff');
  const entries: EntryLink[] = [];
  if (agent) entries.push({ key: 'cases', label: t.agent, url: `${PAGES}/cases/index` });
  if (agent) entries.push({ key: 'figures', label: t.figures, url: `${PAGES}/figures/index` });
  entries.push({ key: 'mine', label: t.mine, url: `${PAGES}/my/index` });
  return <EntryLinks block="gt-daiban-entry" title={t.title} entries={entries} />;
}
