import { View } from '@tarojs/components';
import ListFooter from '@/components/ListFooter';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import { proxyText } from '@/text/proxy';
import StuckCaseCard from './StuckCaseCard';
import { useStuckCases } from './useStuckCases';
import '../proxy.scss';

const t = proxyText.stuck;

/** 待改派的代办件: staff find the cases nobody can carry on now, most urgent first, and open one to 改派 it. */
export default function StuckCasesPage() {
  const { list, open } = useStuckCases();
  return (
    <PageShell className="gt-daiban-stuck">
      <View className="gt-daiban__card gt-daiban__line">{t.intro}</View>
      <LoadState loading={list.loading} error={list.error} onRetry={list.reload} hasData={list.first !== null}>
        <View className="gt-daiban__line gt-daiban__heading gt-daiban-stuck__total">{list.total > 0 ? t.total(list.total) : t.empty}</View>
        {list.items.map((item) => (
          <StuckCaseCard key={item.id} item={item} onOpen={open} />
        ))}
        <ListFooter list={list} end={t.end} />
      </LoadState>
    </PageShell>
  );
}
