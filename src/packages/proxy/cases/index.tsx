import { View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useCallback, useRef, useState } from 'react';
import Button from '@/components/Button';
import type { AgentCasesDto } from '@contract';
import ListFooter from '@/components/ListFooter';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import SegmentTabs from '@/components/SegmentTabs';
import { usePagedList } from '@/hooks/usePagedList';
import * as proxyApi from '@/services/proxy';
import { proxyText as t } from '@/text/proxy';
import CaseCard from '../components/CaseCard';
import '../proxy.scss';

type View = 'open' | 'done';

/** An agent's 代办件: in hand by deadline, or handed back; 新办代办 opens one. */
export default function AgentCasesPage() {
  const [view, setView] = useState<View>('open');
  const current = useRef<View>('open');
  const load = useCallback((after: AgentCasesDto['next'] | undefined) => proxyApi.agentCases(current.current, after ?? undefined), []);
  const list = usePagedList(load);
  useDidShow(list.reload);
  const show = (next: View) => {
    current.current = next;
    setView(next);
    list.reload();
  };
  return (
    <PageShell className="gt-daiban-cases">
      <View className="gt-daiban__actions">
        <Button type="primary" className="gt-daiban-cases__new" onClick={() => void Taro.navigateTo({ url: '/packages/proxy/new/index' })}>
          {t.newCase}
        </Button>
      </View>
      <SegmentTabs
        options={[
          { key: 'open', label: t.views.open },
          { key: 'done', label: t.views.done },
        ]}
        current={view}
        onChange={show}
      />
      <LoadState loading={list.loading} error={list.error} onRetry={list.reload} hasData={list.first !== null}>
        <View className="gt-daiban__line gt-daiban__heading">{t.total(list.total)}</View>
        {list.items.length === 0 && <View className="gt-daiban__empty">{t.empty}</View>}
        {list.items.map((item) => (
          <CaseCard key={item.id} item={item} forResident={false} />
        ))}
        <ListFooter list={list} />
      </LoadState>
    </PageShell>
  );
}
