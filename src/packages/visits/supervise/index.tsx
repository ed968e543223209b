import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import Button from '@/components/Button';
import PageShell from '@/components/PageShell';
import SegmentTabs from '@/components/SegmentTabs';
import { visitsText as t } from '@/text/visits';
import DiaryList from '../components/DiaryList';
import { useVisitOptions } from '../useVisitOptions';
import NeedsPanel from './NeedsPanel';
import ProgressPanel from './ProgressPanel';
import '../visits.scss';

const TABS = ['needs', 'progress', 'diary', 'callbacks'] as const;
type Tab = (typeof TABS)[number];

/** 走访督导 for staff, one place at a time (drill down from their own): who needs a visit, visit days, diaries (调阅), callbacks. */
export default function SupervisePage() {
  const options = useVisitOptions();
  // From 我的 the page opens at the staff member's own place.
  const start = useRouter().params.placeId ?? '';
  const [trail, setTrail] = useState<string[]>([]);
  const [tab, setTab] = useState<Tab>('needs');
  const placeId = trail[trail.length - 1] ?? (start || options.data?.scope?.id || '');
  return (
    <PageShell className="gt-supervise">
      <View className="gt-visits__tabs">
        <SegmentTabs options={TABS.map((key) => ({ key, label: t.supervise.tabs[key] }))} current={tab} onChange={setTab} />
      </View>
      {trail.length > 0 && (
        <View className="gt-visits__actions">
          <Button size="small" onClick={() => setTrail(trail.slice(0, -1))}>
            {t.supervise.back}
          </Button>
        </View>
      )}
      {!placeId && <View className="gt-visits__empty">{options.error?.message ?? ''}</View>}
      {placeId && tab === 'needs' && <NeedsPanel key={placeId} placeId={placeId} tags={options.data?.tags ?? []} />}
      {placeId && tab === 'progress' && <ProgressPanel key={placeId} placeId={placeId} onOpen={(id) => setTrail([...trail, id])} />}
      {placeId && tab === 'diary' && <DiaryList key={placeId} query={{ view: 'place', placeId }} />}
      {tab === 'callbacks' && <DiaryList query={{ view: 'callbacks' }} />}
    </PageShell>
  );
}
