import { View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type { HouseholdDetailDto } from '@contract';
import Button from '@/components/Button';
import PageShell from '@/components/PageShell';
import Loaded from '../components/Loaded';
import { useReloadOnShow } from '@/hooks/useReloadOnShow';
import { caretakersText } from '@/text/caretakers';
import { visitsText as t } from '@/text/visits';
import AssignPanel from '../components/AssignPanel';
import LogList from '../components/LogList';
import TagNames from '../components/TagNames';
import VisitCard from '../components/VisitCard';
import MembersPanel from './MembersPanel';
import { useHousehold } from './useHousehold';
import '../visits.scss';

function Header({ household, tags }: { household: HouseholdDetailDto; tags: Parameters<typeof TagNames>[0]['tags'] }) {
  return (
    <View className="gt-visits__card gt-household__head">
      <View className="gt-visits__title gt-household__label">{household.label}</View>
      <View className="gt-visits__line">{household.place}</View>
      <TagNames ids={household.tags} tags={tags} />
      <View className="gt-visits__line">
        {t.household.lastVisit}：{household.lastVisitDay ?? t.household.never}
        {household.dueDay ? ` · ${t.household.due(household.dueDay)}` : ''}
      </View>
      {household.overdueDays !== null && <View className="gt-visits__alert">{t.household.overdue(household.overdueDays)}</View>}
      <View className="gt-visits__line gt-household__caretakers">
        {caretakersText.sources[household.caretakers.source]}：
        {household.caretakers.people.map((p) => p.name).join('、') || caretakersText.none}
      </View>
    </View>
  );
}

/** 住户档案: who lives there, who looks after it, recent visits, its history; 记走访, 修改, 结对, 提醒 as allowed. */
export default function HouseholdPage() {
  const id = useRouter().params.id ?? '';
  const { options, household, remind, reload } = useHousehold(id);
  useReloadOnShow(reload);
  const data = household.data;
  const visit = () =>
    data && Taro.navigateTo({ url: `/packages/visits/visit-new/index?householdId=${data.id}&label=${encodeURIComponent(data.label)}` });
  const edit = () => data && Taro.navigateTo({ url: `/packages/visits/household-form/index?id=${data.id}&gridId=${data.gridId}` });
  return (
    <PageShell className="gt-household">
      <Loaded loading={household.loading} error={household.error} onRetry={reload} hasData={data !== null}>
        {data && (
          <View>
            <Header household={data} tags={options.data?.tags ?? []} />
            <View className="gt-visits__actions">
              {data.allowed.includes('visit') && (
                <Button className="gt-household__visit" type="primary" onClick={visit}>
                  {t.household.visit}
                </Button>
              )}
              {data.allowed.includes('remind') && (
                <Button className="gt-household__remind" onClick={() => void remind()}>
                  {t.household.remind}
                </Button>
              )}
              {data.allowed.includes('edit') && (
                <Button className="gt-household__edit" onClick={edit}>
                  {t.household.edit}
                </Button>
              )}
            </View>
            <MembersPanel household={data} />
            {data.allowed.includes('assign') && (
              <AssignPanel kind="household" targetId={data.id} gridId={data.gridId} cadres={data.cadres} onChanged={reload} />
            )}
            <View className="gt-visits__heading">{t.household.recent}</View>
            {data.recentVisits.map((v) => (
              <VisitCard key={v.id} visit={v} />
            ))}
            <View className="gt-visits__heading">{t.household.log}</View>
            <LogList entries={data.log} />
          </View>
        )}
      </Loaded>
    </PageShell>
  );
}
