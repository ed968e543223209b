import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { InboxDto } from '@contract';
import { AtButton } from 'taro-ui';
import ContactCard from '@/components/ContactCard';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import PhoneBinding from '@/components/PhoneBinding';
import { VisitsHomeCard } from '@/components/VisitsEntry';
import { useRemote } from '@/hooks/useRemote';
import { api } from '@/services';
import { syncElderModeFromProfile } from '@/state/elderMode';
import { onProfileChanged } from '@/state/events';
import { zh } from '@/text/zh';
import './index.scss';

const PICKER_URL = '/pages/grid-picker/index';
const NEW_REQUEST_URL = '/pages/request-new/index';
const INBOX_URL = '/pages/inbox/index';

/** 便民服务日: book a slot at the township or village hall; staff run the day from here too. */
function ServiceDayEntry({ staff }: { staff: boolean }) {
  const go = (page: string) => Taro.navigateTo({ url: `/packages/servicedays/${page}/index` });
  return (
    <View className="gt-home__services">
      <View className="gt-home__services-main" hoverClass="gt-home__services-main--active" onClick={() => go('browse')}>
        <Text className="gt-home__services-title">{zh.serviceDays.homeEntry}</Text>
        <Text className="gt-home__services-hint">{zh.serviceDays.homeEntryHint}</Text>
      </View>
      <View className="gt-home__services-links">
        <View className="gt-home__services-link gt-home__my-bookings" onClick={() => go('my')}>
          {zh.serviceDays.myBookingsEntry}
        </View>
        {staff && (
          <View className="gt-home__services-link gt-home__manage" onClick={() => go('manage')}>
            {zh.serviceDays.manageEntry}
          </View>
        )}
      </View>
    </View>
  );
}

/** 首页: the person's grid and its 便民联系卡, or a prompt to choose a grid. */
export default function HomePage() {
  const home = useRemote(api.home.loadHome);
  const { reload } = home;

  useEffect(() => onProfileChanged(reload), [reload]);
  useEffect(() => {
    if (home.data) syncElderModeFromProfile(home.data.profile);
  }, [home.data]);

  const goPicker = () => {
    const current = home.data?.profile.homeGrid?.grid.id;
    Taro.navigateTo({ url: current ? `${PICKER_URL}?current=${encodeURIComponent(current)}` : PICKER_URL });
  };

  const homeGrid = home.data?.profile.homeGrid;
  const roles = home.data?.profile.roles ?? [];
  const handles = roles.includes('gridMember') || roles.includes('staff');
  const [inbox, setInbox] = useState<InboxDto | null>(null);
  useEffect(() => {
    if (!handles) return setInbox(null);
    let current = true;
    api.requests.inbox('mine').then(
      (data) => current && setInbox(data),
      () => current && setInbox(null),
    );
    return () => {
      current = false;
    };
  }, [handles, home.data]);

  return (
    <PageShell className="gt-home">
      <LoadState
        loading={home.loading}
        error={home.error}
        onRetry={reload}
        hasData={home.data !== null}
        errorExtra={
          process.env.TARO_ENV === 'h5' && home.error?.code === 'UNAUTHENTICATED' ? (
            <AtButton onClick={() => Taro.switchTab({ url: '/pages/profile/index' })}>
              {zh.home.pickDemoIdentity}
            </AtButton>
          ) : null
        }
      >
        {homeGrid ? (
          <View>
            <View className="gt-home__grid">
              <View className="gt-home__grid-text">
                <Text className="gt-home__grid-label">{zh.home.yourGrid}</Text>
                <Text className="gt-home__grid-name">
                  {homeGrid.village.name} {homeGrid.grid.name}
                </Text>
              </View>
              <View className="gt-home__change" hoverClass="gt-home__change--active" onClick={goPicker}>
                {zh.home.change}
              </View>
            </View>
            {handles && (
              <View className="gt-home__handler" hoverClass="gt-home__handler--active" onClick={() => Taro.navigateTo({ url: INBOX_URL })}>
                <View className="gt-home__handler-title">{zh.home.handlerInbox}</View>
                {inbox && <View className="gt-home__handler-counts">{zh.home.handlerCounts(inbox.items.length, inbox.counts.overdue)}</View>}
              </View>
            )}
            {handles && <VisitsHomeCard />}
            {roles.includes('resident') && (
              <View className="gt-home__file">
                <AtButton type="primary" onClick={() => Taro.navigateTo({ url: NEW_REQUEST_URL })}>
                  {zh.home.fileRequest}
                </AtButton>
                <View className="gt-home__file-hint">{zh.home.fileRequestHint}</View>
              </View>
            )}
            <ServiceDayEntry staff={home.data?.profile.roles.includes('staff') ?? false} />
            {home.data?.card && <ContactCard card={home.data.card} />}
            <View
              className="gt-home__board"
              hoverClass="gt-home__board--active"
              onClick={() =>
                Taro.navigateTo({ url: `/packages/party/board/index?gridId=${encodeURIComponent(homeGrid.grid.id)}` })
              }
            >
              <View className="gt-home__board-text">
                <Text className="gt-home__board-title">{zh.home.partyBoard}</Text>
                <Text className="gt-home__board-hint">{zh.home.partyBoardHint}</Text>
              </View>
              <Text className="gt-home__board-arrow">›</Text>
            </View>
          </View>
        ) : (
          <View className="gt-home__welcome">
            <View className="gt-home__welcome-title">{zh.home.noGridTitle}</View>
            <View className="gt-home__welcome-text">{zh.home.noGridText}</View>
            <AtButton type="primary" onClick={goPicker}>
              {zh.home.chooseGrid}
            </AtButton>
            {!home.data?.profile.registered && <PhoneBinding visitor />}
          </View>
        )}
      </LoadState>
    </PageShell>
  );
}
