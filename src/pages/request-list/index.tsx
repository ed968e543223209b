import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { AtButton } from 'taro-ui';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import RequestCard from '@/components/RequestCard';
import SegmentTabs from '@/components/SegmentTabs';
import { useRemote } from '@/hooks/useRemote';
import { api } from '@/services';
import { onProfileChanged } from '@/state/events';
import { discardRequest, pendingRequests, retryRequest, subscribeOutbox } from '@/state/requestOutbox';
import { requestsText } from '@/text/requests';
import { confirm } from '@/utils/confirm';
import './index.scss';

const NEW_URL = '/pages/request-new/index';

/** 我的诉求 (tab): what waits on the phone to be sent, then open or finished requests with their state. */
export default function RequestListPage() {
  const [status, setStatus] = useState<'open' | 'done'>('open');
  const statusRef = useRef(status);
  statusRef.current = status;
  const load = useCallback(() => api.requests.mine(statusRef.current), []);
  const list = useRemote(load);
  const { reload } = list;
  const pending = useSyncExternalStore(subscribeOutbox, pendingRequests, pendingRequests);
  const pendingCount = useRef(pending.length);

  useDidShow(reload);
  useEffect(() => onProfileChanged(reload), [reload]);
  // Something waiting was sent: show it in the list.
  useEffect(() => {
    if (pending.length < pendingCount.current) reload();
    pendingCount.current = pending.length;
  }, [pending.length, reload]);

  const show = (next: 'open' | 'done') => {
    statusRef.current = next;
    setStatus(next);
    reload();
  };

  const discard = async (clientKey: string) => {
    if (await confirm(requestsText.list.confirmDiscard)) discardRequest(clientKey);
  };

  return (
    <PageShell className="gt-request-list">
      <View className="gt-request-list__new">
        <AtButton type="primary" onClick={() => Taro.navigateTo({ url: NEW_URL })}>
          {requestsText.list.fileNew}
        </AtButton>
      </View>

      {pending.length > 0 && (
        <View className="gt-request-list__pending">
          <View className="gt-request-list__pending-title">{requestsText.list.pendingTitle}</View>
          <View className="gt-request-list__pending-hint">{requestsText.list.pendingHint}</View>
          {pending.map((item) => (
            <View key={item.clientKey} className="gt-request-list__pending-item">
              <View className="gt-request-list__pending-text">
                {item.categoryName}：{item.payload.text}
              </View>
              {item.error && (
                <View className="gt-request-list__pending-error">
                  {requestsText.list.failed}
                  {item.error}
                </View>
              )}
              <View className="gt-request-list__pending-actions">
                <Text className="gt-request-list__link" onClick={() => void retryRequest(item.clientKey)}>
                  {requestsText.list.retry}
                </Text>
                <Text className="gt-request-list__link gt-request-list__link--danger" onClick={() => void discard(item.clientKey)}>
                  {requestsText.list.discard}
                </Text>
              </View>
            </View>
          ))}
        </View>
      )}

      <SegmentTabs
        options={[
          { key: 'open', label: requestsText.list.open },
          { key: 'done', label: requestsText.list.done },
        ]}
        current={status}
        onChange={show}
      />

      <LoadState loading={list.loading} error={list.error} onRetry={reload} hasData={list.data !== null}>
        {list.data && list.data.items.length === 0 && <View className="gt-request-list__empty">{requestsText.list.empty}</View>}
        {list.data?.items.map((item) => (
          <RequestCard key={item.id} item={item} onClick={() => Taro.navigateTo({ url: `/pages/request-detail/index?id=${item.id}` })} />
        ))}
      </LoadState>
    </PageShell>
  );
}
