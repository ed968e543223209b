import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { HouseholdSummaryDto, VisitTagDto } from '@contract';
import { visitsText as t } from '@/text/visits';
import TagNames from './TagNames';

/** One household in a list: who, where, tags, when it was last visited or how overdue; opens its page. */
export default function HouseholdCard({ household, tags }: { household: HouseholdSummaryDto; tags: readonly VisitTagDto[] }) {
  const open = () => Taro.navigateTo({ url: `/packages/visits/household/index?id=${household.id}` });
  return (
    <View className="gt-visits__card gt-visits__card--tap gt-household-card" data-id={household.id} onClick={open}>
      <View className="gt-visits__title gt-household-card__label">{household.label}</View>
      <View className="gt-visits__line">
        {household.place} · {t.household.members_count(household.memberCount)}
        {household.cadreNames.length > 0 ? ` · ${t.household.cadres}：${household.cadreNames.join('、')}` : ''}
      </View>
      <TagNames ids={household.tags} tags={tags} />
      <View className="gt-visits__line">
        {t.household.lastVisit}：{household.lastVisitDay ?? t.household.never}
      </View>
      {household.overdueDays !== null && (
        <View className="gt-visits__alert gt-household-card__overdue">{t.household.overdue(household.overdueDays)}</View>
      )}
    </View>
  );
}
