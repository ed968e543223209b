import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useCallback, useEffect } from 'react';
import type { OverviewDto, ProfileDto } from '@contract';
import { useReloadOnShow } from '@/hooks/useReloadOnShow';
import { useRemote } from '@/hooks/useRemote';
import * as partyOverviewApi from '@/services/partyOverview';
import { onProfileChanged } from '@/state/events';
import { entriesText } from '@/text/entries';
import './index.scss';

interface Entry {
  key: string;
  label: string;
  url: string;
  note?: string;
}

const PAGES = '/packages/party';

function entriesFor(profile: ProfileDto, overview: OverviewDto): Entry[] {
  const t = entriesText.party.links;
  const entries: Entry[] = [];
  if (!overview.isMember) {
    const state = overview.registration ? entriesText.party.registrationState[overview.registration.status] : undefined;
    entries.push({ key: 'register', label: t.register, url: `${PAGES}/register/index`, note: state });
  }
  if (overview.isMember) {
    entries.push({ key: 'posts', label: t.posts, url: `${PAGES}/posts/index` });
    entries.push({ key: 'record', label: t.record, url: `${PAGES}/record/index` });
  }
  if (overview.canVerify) {
    entries.push({
      key: 'verify',
      label: t.verify,
      url: `${PAGES}/verify/index`,
      note: overview.pendingVerifications ? entriesText.party.waiting(overview.pendingVerifications) : undefined,
    });
  }
  if (overview.isStaff) {
    entries.push({
      key: 'approvals',
      label: t.approvals,
      url: `${PAGES}/approvals/index`,
      note: overview.pendingRegistrations ? entriesText.party.waiting(overview.pendingRegistrations) : undefined,
    });
    entries.push({ key: 'staffPosts', label: t.staffPosts, url: `${PAGES}/staff-posts/index` });
    entries.push({ key: 'totals', label: t.totals, url: `${PAGES}/totals/index` });
  }
  entries.push({ key: 'stars', label: t.stars, url: `${PAGES}/stars/index` });
  if (profile.homeGrid) {
    entries.push({ key: 'board', label: t.board, url: `${PAGES}/board/index?gridId=${encodeURIComponent(profile.homeGrid.grid.id)}` });
  }
  return entries;
}

/**
 * 党员服务 on the 我的 page: what the person can do about party-member
 * work, by their roles and standing, with what waits for them.
 */
export default function PartyEntry({ profile }: { profile: ProfileDto }) {
  const load = useCallback(() => partyOverviewApi.getOverview(), []);
  const overview = useRemote(load);
  const { reload } = overview;
  useEffect(() => onProfileChanged(reload), [reload]);
  useReloadOnShow(reload);

  if (!overview.data) return null;
  return (
    <View className="gt-party-entry">
      <View className="gt-party-entry__heading">{entriesText.party.title}</View>
      {entriesFor(profile, overview.data).map((entry) => (
        <View
          key={entry.key}
          className={`gt-party-entry__link gt-party-entry__link--${entry.key}`}
          hoverClass="gt-party-entry__link--active"
          onClick={() => Taro.navigateTo({ url: entry.url })}
        >
          <Text className="gt-party-entry__label">{entry.label}</Text>
          {entry.note && <Text className="gt-party-entry__note">{entry.note}</Text>}
          <Text className="gt-party-entry__arrow">›</Text>
        </View>
      ))}
    </View>
  );
}
