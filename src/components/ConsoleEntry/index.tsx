import type { ProfileDto } from '@contract';
import EntryLinks, { type EntryLink } from '@/components/EntryLinks';
import { entriesText } from '@/text/entries';

const PAGES = '/packages/console';

/** 留言 and, for staff, the 工作台 on the 我的 page. */
export default function ConsoleEntry({ profile }: { profile: ProfileDto }) {
  const t = entriesText.console;
  const entries: EntryLink[] = [];
  if (profile.roles.includes('staff')) {
    entries.push({ key: 'console', label: t.entryConsole, url: `${PAGES}/home/index` });
    entries.push({ key: 'staffMessages', label: t.staffMessages, url: `${PAGES}/staff-messages/index` });
  }
  if (profile.roles.includes('resident')) entries.push({ key: 'messages', label: t.entryMessages, url: `${PAGES}/messages/index` });
  entries.push({ key: 'board', label: t.entryBoard, url: `${PAGES}/board/index` });
  return <EntryLinks block="gt-console-entry" title={t.entryMessagesHint} entries={entries} />;
}
