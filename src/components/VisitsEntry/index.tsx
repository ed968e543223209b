import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ProfileDto } from '@contract';
import EntryLinks, { type EntryLink } from '@/components/EntryLinks';
import { useWaitingVisitCount } from '@/state/waitingVisits';
import { entriesText } from '@/text/entries';

const PAGES = '/packages/visits';
const t = entriesText.visits;

/** 民情走访 on the 我的 page: the cadre's pages, staff's 走访督导, the county's 走访设置, a resident's own household. */
export default function VisitsEntry({ profile }: { profile: ProfileDto }) {
  const roles = profile.roles;
  const entries: EntryLink[] = [];
  if (roles.includes('gridMember') || roles.includes('staff')) entries.push({ key: 'home', label: t.cadre, url: `${PAGES}/home/index` });
  if (roles.includes('staff')) entries.push({ key: 'supervise', label: t.supervise, url: `${PAGES}/supervise/index` });
  if (roles.includes('admin')) entries.push({ key: 'rules', label: t.rules, url: `${PAGES}/rules/index` });
  if (roles.includes('resident')) entries.push({ key: 'myHousehold', label: t.myHousehold, url: `${PAGES}/my-household/index` });
  if (entries.length === 0) return null;
  return <EntryLinks block="gt-visits-entry" title={t.title} entries={entries} />;
}

/** 民情走访 on 首页 for grid members and staff (the home page's board style), with the visits still waiting to be sent. */
export function VisitsHomeCard() {
  const waiting = useWaitingVisitCount();
  return (
    <View
      className="gt-home__board gt-home__visits"
      hoverClass="gt-home__board--active"
      onClick={() => Taro.navigateTo({ url: `${PAGES}/home/index` })}
    >
      <View className="gt-home__board-text">
        <Text className="gt-home__board-title">{t.title}</Text>
        <Text className="gt-home__board-hint">{t.cadreHint}</Text>
        {waiting > 0 && <Text className="gt-home__board-hint gt-home__visits-waiting">{t.waiting(waiting)}</Text>}
      </View>
      <Text className="gt-home__board-arrow">›</Text>
    </View>
  );
}
