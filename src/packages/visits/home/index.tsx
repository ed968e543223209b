import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import Button from '@/components/Button';
import PageShell from '@/components/PageShell';
import Loaded from '../components/Loaded';
import { useReloadOnShow } from '@/hooks/useReloadOnShow';
import * as subscribeApi from '@/services/subscribe';
import { visitsText as t } from '@/text/visits';
import HouseholdCard from '../components/HouseholdCard';
import PendingVisits from '../components/PendingVisits';
import ProgressCard from '../components/ProgressCard';
import { useVisitsHome } from './useVisitsHome';
import '../visits.scss';

const go = (url: string) => Taro.navigateTo({ url });

function Link({ label, url, className }: { label: string; url: string; className: string }) {
  return (
    <View className={`gt-visits__card gt-visits__link ${className}`} onClick={() => go(url)}>
      <Text>{label}</Text>
      <Text>›</Text>
    </View>
  );
}

/** 民情走访 for a cadre: visit days this year, entries still on the phone, their grids and paired households. */
export default function VisitsHomePage() {
  const { options, progress, pairs, refresh } = useVisitsHome();
  useReloadOnShow(refresh);
  const data = options.data;
  return (
    <PageShell className="gt-visits-home">
      <Loaded loading={options.loading} error={options.error} onRetry={options.reload} hasData={data !== null}>
        {data && !data.cadre && <View className="gt-visits__empty">{t.home.notCadre}</View>}
        {data?.cadre && (
          <View>
            {progress.data?.progress && <ProgressCard progress={progress.data.progress} />}
            <PendingVisits onSent={refresh} />
            {data.reminderTemplateIds.length > 0 && (
              <View className="gt-visits__card gt-visits-home__subscribe">
                <View className="gt-visits__line">{t.home.subscribeHint}</View>
                <Button size="small" onClick={() => void subscribeApi.askToSubscribe(data.reminderTemplateIds)}>
                  {t.home.subscribe}
                </Button>
              </View>
            )}
            <View className="gt-visits__heading">{t.home.myGrids}</View>
            {data.grids.map(({ grid, village, beat }) => (
              <Link
                key={grid.id}
                className="gt-visits-home__grid"
                label={`${village.name} ${grid.name}${beat ? `（${t.home.beat}）` : ''}`}
                url={`/packages/visits/households/index?placeId=${grid.id}`}
              />
            ))}
            {data.scope && (
              <Link
                className="gt-visits-home__supervise"
                label={t.titles.supervise}
                url={`/packages/visits/supervise/index?placeId=${data.scope.id}`}
              />
            )}
            <Link className="gt-visits-home__diary" label={t.home.diary} url="/packages/visits/diary/index?view=mine" />
            <View className="gt-visits__heading">{t.home.myPairs}</View>
            {pairs.data?.items.length === 0 && <View className="gt-visits__empty">{t.home.noPairs}</View>}
            {pairs.data?.items.map((household) => (
              <HouseholdCard key={household.id} household={household} tags={data.tags} />
            ))}
          </View>
        )}
      </Loaded>
    </PageShell>
  );
}
