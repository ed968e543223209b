import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { VisitSummaryDto } from '@contract';
import { visitsText as t } from '@/text/visits';
import { formatDateTime } from '@/utils/time';

/** One diary entry in a list: when, who, which households, what was seen; opens it. */
export default function VisitCard({ visit }: { visit: VisitSummaryDto }) {
  const open = () => Taro.navigateTo({ url: `/packages/visits/visit/index?id=${visit.id}` });
  const extras = [
    visit.problemCount > 0 ? t.diary.problems(visit.problemCount) : '',
    visit.photoCount > 0 ? t.diary.photos(visit.photoCount) : '',
    t.visit.callbackStates[visit.callbackState],
  ].filter(Boolean);
  return (
    <View className="gt-visits__card gt-visits__card--tap gt-visit-card" data-id={visit.id} onClick={open}>
      <View className="gt-visits__line">
        {formatDateTime(visit.at)} · {t.kinds[visit.kind]} · {visit.cadreName}
      </View>
      <View className="gt-visits__title">{visit.households.map((h) => h.label).join('、')}</View>
      <View className="gt-visits__text gt-visit-card__excerpt">{visit.excerpt}</View>
      {extras.length > 0 && <View className="gt-visits__line">{extras.join(' · ')}</View>}
    </View>
  );
}
