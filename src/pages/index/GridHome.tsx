import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import Button from '@/components/Button';
import type { HomeData } from '@/services';
import ContactCard from '@/components/ContactCard';
import { VisitsHomeCard } from '@/components/VisitsEntry';
import { homeText } from '@/text/home';
import ServiceDayEntry from './ServiceDayEntry';
import type { Home } from './useHome';

const NEW_REQUEST_URL = '/packages/requests/new/index';
const INBOX_URL = '/packages/requests/inbox/index';

type HomeGrid = NonNullable<HomeData['profile']['homeGrid']>;

/** The person's grid, and 更换. */
function GridHeader({ homeGrid, onChange }: { homeGrid: HomeGrid; onChange: () => void }) {
  return (
    <View className="gt-home__grid">
      <View className="gt-home__grid-text">
        <Text className="gt-home__grid-label">{homeText.yourGrid}</Text>
        <Text className="gt-home__grid-name">
          {homeGrid.village.name} {homeGrid.grid.name}
        </Text>
      </View>
      <View className="gt-home__change" hoverClass="gt-home__change--active" onClick={onChange}>
        {homeText.change}
      </View>
    </View>
  );
}

/** 首页 for someone with a grid: their work (handlers), 我要反映问题 (residents), 便民服务日, the contact card, the party board. */
export default function GridHome({ state, data, homeGrid }: { state: Home; data: HomeData; homeGrid: HomeGrid }) {
  const { roles, handles, visits, inbox } = state;
  return (
    <View>
      <GridHeader homeGrid={homeGrid} onChange={state.goPicker} />
      {handles && (
        <View className="gt-home__handler" hoverClass="gt-home__handler--active" onClick={() => Taro.navigateTo({ url: INBOX_URL })}>
          <View className="gt-home__handler-title">{homeText.handlerInbox}</View>
          {inbox && <View className="gt-home__handler-counts">{homeText.handlerCounts(inbox.total, inbox.counts.overdue)}</View>}
        </View>
      )}
      {visits && <VisitsHomeCard />}
      {roles.includes('resident') && (
        <View className="gt-home__file">
          <Button type="primary" onClick={() => Taro.navigateTo({ url: NEW_REQUEST_URL })}>
            {homeText.fileRequest}
          </Button>
          <View className="gt-home__file-hint">{homeText.fileRequestHint}</View>
        </View>
      )}
      <ServiceDayEntry staff={roles.includes('staff')} />
      {data.card && <ContactCard card={data.card} />}
      <View
        className="gt-home__board"
        hoverClass="gt-home__board--active"
        onClick={() => Taro.navigateTo({ url: `/packages/party/board/index?gridId=${encodeURIComponent(homeGrid.grid.id)}` })}
      >
        <View className="gt-home__board-text">
          <Text className="gt-home__board-title">{homeText.partyBoard}</Text>
          <Text className="gt-home__board-hint">{homeText.partyBoardHint}</Text>
        </View>
        <Text className="gt-home__board-arrow">›</Text>
      </View>
    </View>
  );
}
