import { View } from '@tarojs/components';
import type { VisitTagDto } from '@contract';
import Button from '@/components/Button';
import LoadState from '@/components/LoadState';
import { caretakersText } from '@/text/caretakers';
import { visitsText as t } from '@/text/visits';
import { formatDateTime } from '@/utils/time';
import HouseholdCard from '../components/HouseholdCard';
import TagNames from '../components/TagNames';
import { useNeeds } from './useNeeds';

/** 该走访了: overdue tagged households of the place, who looks after each, and 提醒走访 for staff. */
export default function NeedsPanel({ placeId, tags }: { placeId: string; tags: readonly VisitTagDto[] }) {
  const needs = useNeeds(placeId);
  return (
    <LoadState loading={needs.loading} error={needs.error} onRetry={needs.reload} hasData={needs.page !== null}>
      {needs.items.length === 0 && <View className="gt-visits__empty gt-needs__empty">{t.supervise.needsEmpty}</View>}
      {needs.items.map((item) => (
        <View key={item.household.id} className="gt-needs__item" data-id={item.household.id}>
          <HouseholdCard household={item.household} tags={tags} />
          <View className="gt-visits__card gt-needs__care">
            <View className="gt-visits__line">{t.supervise.overdueTags}</View>
            <TagNames ids={item.overdueTags} tags={tags} />
            <View className="gt-visits__line">
              {caretakersText.sources[item.caretakers.source]}：{item.caretakers.names.join('、') || caretakersText.none}
            </View>
            {item.lastRemindedAt && (
              <View className="gt-visits__line">{t.supervise.lastReminded(formatDateTime(item.lastRemindedAt))}</View>
            )}
            {needs.page?.canRemind && (
              <Button size="small" className="gt-needs__remind" onClick={() => void needs.remind(item.household.id)}>
                {t.household.remind}
              </Button>
            )}
          </View>
        </View>
      ))}
      {needs.page?.next && (
        <View className="gt-visits__actions">
          <Button onClick={needs.more}>{t.supervise.more}</Button>
        </View>
      )}
    </LoadState>
  );
}
