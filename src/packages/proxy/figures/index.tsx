import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import FigurePeriodPicker, { currentFigurePeriod } from '@/components/FigurePeriodPicker';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import { useRemote } from '@/hooks/useRemote';
import * as proxyApi from '@/services/proxy';
import { proxyText } from '@/text/proxy';
import '../proxy.scss';

const t = proxyText.figures;

/** 代办统计: per agent, cases received and handed back in a month or quarter, on time, and the residents' ratings: what the allowance is set from. */
export default function FiguresPage() {
  const [period, setPeriod] = useState(currentFigurePeriod('month'));
  const figures = useRemote(() => proxyApi.figures(period), { auto: false });
  const { reload } = figures;
  // Loaded for the period on screen, again whenever it changes.
  useEffect(reload, [reload, period.kind, period.year, period.number]);
  return (
    <PageShell className="gt-daiban-figures">
      <View className="gt-daiban__card gt-daiban__line">{t.intro}</View>
      <FigurePeriodPicker period={period} onChange={setPeriod} words={t} />
      <LoadState loading={figures.loading} error={figures.error} onRetry={figures.reload} hasData={figures.data !== null}>
        <View className="gt-daiban__card">
          <View className="gt-daiban__table-row">
            <Text className="gt-daiban__cell gt-daiban__cell--name">{t.agent}</Text>
            <Text className="gt-daiban__cell">{t.received}</Text>
            <Text className="gt-daiban__cell">{t.handled}</Text>
            <Text className="gt-daiban__cell">{t.onTime}</Text>
            <Text className="gt-daiban__cell">{t.ratings}</Text>
            <Text className="gt-daiban__cell">{t.average}</Text>
          </View>
          {figures.data?.rows.length === 0 && <View className="gt-daiban__empty">{t.none}</View>}
          {figures.data?.rows.map((row) => (
            <View key={row.agentId} className="gt-daiban__table-row gt-daiban-figures__row" data-agent={row.agentId}>
              <Text className="gt-daiban__cell gt-daiban__cell--name">{row.agentName}</Text>
              <Text className="gt-daiban__cell gt-daiban-figures__received">{row.received}</Text>
              <Text className="gt-daiban__cell gt-daiban-figures__handled">{row.handled}</Text>
              <Text className="gt-daiban__cell gt-daiban-figures__on-time">{row.onTime}</Text>
              <Text className="gt-daiban__cell gt-daiban-figures__ratings">{row.ratings}</Text>
              <Text className="gt-daiban__cell">{row.averageStars ?? t.noRating}</Text>
            </View>
          ))}
        </View>
      </LoadState>
    </PageShell>
  );
}
