import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ProfileDto } from '@contract';
import { entriesText } from '@/text/entries';
// The same link list look as 党员服务 on the 我的 page.
import '../PartyEntry/index.scss';

const PAGES = '/packages/proxy';
const t = entriesText.proxy;

/** 代理代办 on the 我的 page: an agent's cases and figures, a resident's own cases. */
export default function ProxyEntry({ profile }: { profile: ProfileDto }) {
  const roles = profile.roles;
  const agent = roles.includes('gridMember') || roles.includes('staff');
  const entries: Array<{ key: string; label: string; url: string }> = [];
  if (agent) entries.push({ key: 'cases', label: t.agent, url: `${PAGES}/cases/index` });
  if (agent) entries.push({ key: 'figures', label: t.figures, url: `${PAGES}/figures/index` });
  entries.push({ key: 'mine', label: t.mine, url: `${PAGES}/my/index` });
  return (
    <View className="gt-party-entry gt-daiban-entry">
      <View className="gt-party-entry__heading">{t.title}</View>
      {entries.map((entry) => (
        <View
          key={entry.key}
          className={`gt-party-entry__link gt-daiban-entry__${entry.key}`}
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
