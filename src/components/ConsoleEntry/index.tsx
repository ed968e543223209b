import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ProfileDto } from '@contract';
import { entriesText } from '@/text/entries';
// The same link list look as 党员服务 on the 我的 page.
import '../PartyEntry/index.scss';

const PAGES = '/packages/console';

/** 留言 and, for staff, the 工作台 on the 我的 page. */
export default function ConsoleEntry({ profile }: { profile: ProfileDto }) {
  const t = entriesText.console;
  const entries: Array<{ key: string; label: string; url: string }> = [];
  if (profile.roles.includes('staff')) {
    entries.push({ key: 'console', label: t.entryConsole, url: `${PAGES}/home/index` });
    entries.push({ key: 'staffMessages', label: t.staffMessages, url: `${PAGES}/staff-messages/index` });
  }
  if (profile.roles.includes('resident')) entries.push({ key: 'messages', label: t.entryMessages, url: `${PAGES}/messages/index` });
  entries.push({ key: 'board', label: t.entryBoard, url: `${PAGES}/board/index` });
  return (
    <View className="gt-party-entry gt-console-entry">
      <View className="gt-party-entry__heading">{t.entryMessagesHint}</View>
      {entries.map((entry) => (
        <View
          key={entry.key}
          className={`gt-party-entry__link gt-console-entry__${entry.key}`}
          hoverClass="gt-party-entry__link--active"
          onClick={() => Taro.navigateTo({ url: entry.url })}
        >
          <Text className="gt-party-entry__label">{entry.label}</Text>
          <Text className="gt-party-entry__arrow">›</Text>
        </View>
      ))}
    </View>
  );
}
