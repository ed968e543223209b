import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
// The link list look of 党员服务 on the 我的 page.
import '../PartyEntry/index.scss';

export interface EntryLink {
  key: string;
  label: string;
  url: string;
}

/**
 * A titled list of links on 我的 (留言, 民情走访, 代理代办 …). `block` names
 * the area's own BEM block, so each link is `<block>__<key>` beside the
 * shared look.
 */
export default function EntryLinks({ block, title, entries }: { block: string; title: string; entries: EntryLink[] }) {
  return (
    <View className={`gt-party-entry ${block}`}>
      <View className="gt-party-entry__heading">{title}</View>
      {entries.map((entry) => (
        <View
          key={entry.key}
          className={`gt-party-entry__link ${block}__${entry.key}`}
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
