import { View } from '@tarojs/components';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import { useReloadOnShow } from '@/hooks/useReloadOnShow';
import { useRemote } from '@/hooks/useRemote';
import * as proxyApi from '@/services/proxy';
import { proxyText as t } from '@/text/proxy';
import CaseCard from '../components/CaseCard';
import '../proxy.scss';

/** 我的代办: what agents are doing for the resident, where each stands and until when; returned ones to rate. */
export default function MyCasesPage() {
  const mine = useRemote(proxyApi.myCases);
  useReloadOnShow(mine.reload);
  return (
    <PageShell className="gt-daiban-my">
      <LoadState loading={mine.loading} error={mine.error} onRetry={mine.reload} hasData={mine.data !== null}>
        {mine.data?.items.length === 0 && <View className="gt-daiban__empty">{t.myEmpty}</View>}
        {mine.data?.items.map((item) => (
          <CaseCard key={item.id} item={item} forResident />
        ))}
      </LoadState>
    </PageShell>
  );
}
