import { View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useCallback, useRef, useState } from 'react';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import SegmentTabs from '@/components/SegmentTabs';
import { useRemote } from '@/hooks/useRemote';
import * as messagesApi from '@/services/messages';
import { messagesText } from '@/text/messages';
import MessageCard from '../MessageCard';
import '../common.scss';

const t = messagesText;
type View_ = 'waiting' | 'mine' | 'answered';
const VIEWS: View_[] = ['waiting', 'mine', 'answered'];

/** Staff: the messages of their jurisdiction, waiting ones oldest first. */
export default function StaffMessagesPage() {
  const [view, setView] = useState<View_>('waiting');
  const viewRef = useRef(view);
  viewRef.current = view;
  const load = useCallback(() => messagesApi.staffList(viewRef.current), []);
  const list = useRemote(load);
  useDidShow(list.reload);
  const show = (next: View_) => {
    viewRef.current = next;
    setView(next);
    list.reload();
  };
  const items = list.data;
  return (
    <PageShell className="gt-cs-staff-messages">
      <SegmentTabs options={VIEWS.map((key) => ({ key, label: t.views[key] }))} current={view} onChange={show} />
      <LoadState loading={list.loading} error={list.error} onRetry={list.reload} hasData={items !== null}>
        {items && items.length === 0 && <View className="gt-cs__empty">{t.noMessages}</View>}
        {items && items.map((m) => <MessageCard key={m.id} message={m} staff />)}
      </LoadState>
    </PageShell>
  );
}
