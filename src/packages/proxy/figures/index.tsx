import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { FigurePeriodKind } from '@contract';
import ChoiceChips from '@/components/ChoiceChips';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import SegmentTabs from '@/components/SegmentTabs';
import { useRemote } from '@/hooks/useRemote';
import * as proxyApi from '@/services/proxy';
import { proxyText } from '@/text/proxy';
import { chinaWallClock } from '@/utils/time';
import '../proxy.scss';

const t = proxyText.figures;

/** This month, or this quarter, in China time. */
function currentPeriod(kind: FigurePeriodKind): { year: number; number: number } {
  const wall = chinaWallClock(new Date());
  const month = wall.getUTCMonth() + 1;
  return { year: wall.getUTCFullYear(), number: kind === 'month' ? month : Math.ceil(month / 3) };
}

/** 代办统计: per agent, cases handed back in a month or quarter, on time, and the residents' ratings: what the allowance is set from. */
export default function FiguresPage() {
  const [kind, setKind] = useState<FigurePeriodKind>('month');
  const [period, setPeriod] = useState(currentPeriod('month'));
  const figures = useRemote(() => proxyApi.figures({ kind, ...period }), { auto: false });
  const { reload } = figures;
  // Loaded for the period on screen, again whenever it changes.
  useEffect(reload, [reload, kind, period.year, period.number]);
  const choose = (nextKind: FigurePeriodKind, next: { year: number; number: number }) => {
    setKind(nextKind);
    setPeriod(next);
  };
  const numbers = kind === 'month' ? [...Array(12).keys()].map((i) => i + 1) : [1, 2, 3, 4];
  return (
    <PageShell className="gt-daiban-figures">
      <View className="gt-daiban__card gt-daiban__line">{t.intro}</View>
      <SegmentTabs
        options={[
          { key: 'month', label: t.month },
          { key: 'quarter', label: t.quarter },
        ]}
        current={kind}
        onChange={(k) => choose(k, currentPeriod(k))}
      />
      <ChoiceChips
        className="gt-daiban-figures__numbers"
        options={numbers.map((n) => ({ value: String(n), label: kind === 'month' ? t.monthN(n) : t.quarterN(n) }))}
        selected={[String(period.number)]}
        onToggle={(value) => choose(kind, { year: period.year, number: Number(value) })}
      />
      <LoadState loading={figures.loading} error={figures.error} onRetry={figures.reload} hasData={figures.data !== null}>
        <View className="gt-daiban__card">
          <View className="gt-daiban__table-row">
            <Text className="gt-daiban__cell gt-daiban__cell--name">{t.agent}</Text>
            <Text className="gt-daiban__cell">{t.handled}</Text>
            <Text className="gt-daiban__cell">{t.onTime}</Text>
            <Text className="gt-daiban__cell">{t.ratings}</Text>
            <Text className="gt-daiban__cell">{t.average}</Text>
          </View>
          {figures.data?.rows.length === 0 && <View className="gt-daiban__empty">{t.none}</View>}
          {figures.data?.rows.map((row) => (
            <View key={row.agentId} className="gt-daiban__table-row gt-daiban-figures__row" data-agent={row.agentId}>
              <Text className="gt-daiban__cell gt-daiban__cell--name">{row.agentName}</Text>
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
