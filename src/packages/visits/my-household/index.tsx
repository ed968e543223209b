import { View } from '@tarojs/components';
import PageShell from '@/components/PageShell';
import Loaded from '../components/Loaded';
import { useRemote } from '@/hooks/useRemote';
import * as visitsApi from '@/services/visits';
import { caretakersText } from '@/text/caretakers';
import { visitsText as t } from '@/text/visits';
import PersonRow from '../components/PersonRow';
import '../visits.scss';

/** 我家的民情档案: a resident sees their household as the cadres recorded it, and who to call. */
export default function MyHouseholdPage() {
  const own = useRemote(visitsApi.myHousehold);
  return (
    <PageShell className="gt-my-household">
      <Loaded loading={own.loading} error={own.error} onRetry={own.reload} hasData={own.data !== null}>
        <View className="gt-visits__card gt-visits__line">{t.myHousehold.intro}</View>
        {own.data?.items.length === 0 && <View className="gt-visits__empty">{t.myHousehold.empty}</View>}
        {own.data?.items.map((household) => (
          <View key={household.id}>
            <View className="gt-visits__card">
              <View className="gt-visits__title gt-my-household__label">{household.label}</View>
              <View className="gt-visits__line">{household.place}</View>
              <View className="gt-visits__line">
                {t.household.lastVisit}：{household.lastVisitDay ?? t.household.never}
              </View>
              {household.members.map((m, index) => (
                <PersonRow key={`${m.name}-${index}`} name={m.name} detail={t.relations[m.relation]} phone={m.phone} callable={false} />
              ))}
            </View>
            <View className="gt-visits__heading">{t.myHousehold.cadres}</View>
            <View className="gt-visits__card">
              {household.cadres.length === 0 && <View className="gt-visits__line">{caretakersText.none}</View>}
              {household.cadres.map((c) => (
                <PersonRow key={c.id} name={c.name} detail={c.since ? t.assign.since(c.since) : ''} phone={c.phone} callable />
              ))}
            </View>
          </View>
        ))}
      </Loaded>
    </PageShell>
  );
}
