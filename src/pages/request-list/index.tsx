import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import Button from '@/components/Button';
import ListFooter from '@/components/ListFooter';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import RequestCard from '@/components/RequestCard';
import SegmentTabs from '@/components/SegmentTabs';
import { commonText } from '@/text/common';
import { requestListText } from '@/text/requestList';
import PendingFilings from './PendingFilings';
import { useMyRequests } from './useMyRequests';
import './index.scss';

const NEW_URL = '/packages/requests/new/index';
const t = requestListText;

/** 我的诉求 (tab): what waits on the phone to be sent, then open or finished requests with their state. */
export default function RequestListPage() {
  const { status, show, list, pending } = useMyRequests();
  return (
    <PageShell className="gt-request-list" tabPage="pages/request-list/index">
      <View className="gt-request-list__new">
        <Button type="primary" onClick={() => Taro.navigateTo({ url: NEW_URL })}>
          {t.fileNew}
        </Button>
      </View>
      <PendingFilings pending={pending} />
      <SegmentTabs
        options={[
          { key: 'open', label: t.open },
          { key: 'done', label: t.done },
        ]}
        current={status}
        onChange={show}
      />
      <LoadState loading={list.loading} error={list.error} onRetry={list.reload} hasData={list.first !== null}>
        {list.first && list.items.length === 0 && <View className="gt-request-list__empty">{t.empty}</View>}
        {list.items.length > 0 && <View className="gt-request-list__total">{commonText.pagedList.total(list.total)}</View>}
        {list.items.map((item) => (
          <RequestCard
            key={item.id}
            item={item}
            onClick={() => Taro.navigateTo({ url: `/packages/requests/detail/index?id=${item.id}` })}
          />
        ))}
        <ListFooter list={list} />
      </LoadState>
    </PageShell>
  );
}
