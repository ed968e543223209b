import { View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { AtButton } from 'taro-ui';
import ButtonRow from '@/components/ButtonRow';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import RequestCard from '@/components/RequestCard';
import SegmentTabs from '@/components/SegmentTabs';
import { useRemote } from '@/hooks/useRemote';
import * as requestsApi from '@/services/requests';
import * as subscribeApi from '@/services/subscribe';
import { onProfileChanged } from '@/state/events';
import { requestsText } from '@/text/requests';
import './index.scss';

type View3 = 'mine' | 'area' | 'done';

/**
 * 网格员待办: what the grid member (or staff) holds now, overdue first with
 * a countdown on each; everything in their area; what is finished. 代办
 * and subscribing to reminders are one tap away.
 */
export default function InboxPage() {
  const [view, setView] = useState<View3>('mine');
  const viewRef = useRef(view);
  viewRef.current = view;
  const load = useCallback(() => requestsApi.inbox(viewRef.current), []);
  const inbox = useRemote(load);
  const { reload } = inbox;
  useDidShow(reload);
  useEffect(() => onProfileChanged(reload), [reload]);

  const show = (next: View3) => {
    viewRef.current = next;
    setView(next);
    reload();
  };

  const data = inbox.data;
  return (
    <PageShell className="gt-inbox">
      <ButtonRow>
        <AtButton type="primary" onClick={() => Taro.navigateTo({ url: '/packages/requests/proxy-file/index' })}>
          {requestsText.inbox.proxy}
        </AtButton>
        {data && (
          <AtButton className="gt-inbox__subscribe" onClick={() => void subscribeApi.askToSubscribe(data.subscribeTemplateIds)}>
            {requestsText.inbox.subscribe}
          </AtButton>
        )}
      </ButtonRow>
      <SegmentTabs
        options={[
          { key: 'mine', label: requestsText.inbox.mine },
          { key: 'area', label: requestsText.inbox.area },
          { key: 'done', label: requestsText.inbox.done },
        ]}
        current={view}
        onChange={show}
      />
      <LoadState loading={inbox.loading} error={inbox.error} onRetry={reload} hasData={data !== null}>
        {data && (
          <View>
            <View className="gt-inbox__counts">{requestsText.inbox.counts(data.items.length, data.counts.overdue)}</View>
            {data.items.length === 0 && <View className="gt-inbox__empty">{requestsText.inbox.empty}</View>}
            {data.items.map((item) => (
              <RequestCard
                key={item.id}
                item={item}
                showResident
                onClick={() => Taro.navigateTo({ url: `/packages/requests/detail/index?id=${item.id}` })}
              />
            ))}
          </View>
        )}
      </LoadState>
    </PageShell>
  );
}
