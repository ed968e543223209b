import { View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect } from 'react';
import Button from '@/components/Button';
import ChoiceChips from '@/components/ChoiceChips';
import PageShell from '@/components/PageShell';
import Loaded from '../components/Loaded';
import { useReloadOnShow } from '@/hooks/useReloadOnShow';
import { visitsText as t } from '@/text/visits';
import AssignPanel from '../components/AssignPanel';
import HouseholdCard from '../components/HouseholdCard';
import { useHouseholds } from './useHouseholds';
import '../visits.scss';

/** 民情档案 of a grid or village: tag filter, households most overdue first, 登记新住户; staff also set the grid's 包保 cadres. */
export default function HouseholdsPage() {
  const placeId = useRouter().params.placeId ?? '';
  const h = useHouseholds(placeId);
  useReloadOnShow(h.list.reload);
  const place = h.list.data?.place;
  const tags = h.options.data?.tags ?? [];
  const grid = place?.level === 'grid';
  const beatReload = h.beat.reload;
  useEffect(() => {
    if (grid && h.staff) beatReload();
  }, [grid, h.staff, beatReload]);
  const chips = [
    { value: '', label: t.household.filterAll },
    ...tags.filter((tag) => tag.active).map((tag) => ({ value: tag.id, label: tag.name })),
  ];
  return (
    <PageShell className="gt-households">
      <Loaded loading={h.list.loading} error={h.list.error} onRetry={h.list.reload} hasData={h.list.data !== null}>
        <View className="gt-visits__heading">{place?.name}</View>
        <ChoiceChips
          className="gt-households__tags"
          options={chips}
          selected={[h.tag ?? '']}
          onToggle={(value) => h.setTag(value || null)}
        />
        {grid && (
          <View className="gt-visits__actions">
            <Button
              className="gt-households__add"
              type="primary"
              onClick={() => Taro.navigateTo({ url: `/packages/visits/household-form/index?gridId=${placeId}` })}
            >
              {t.household.add}
            </Button>
          </View>
        )}
        {grid && h.staff && h.beatData && (
          <AssignPanel kind="grid" targetId={placeId} gridId={placeId} cadres={h.beatData.cadres} onChanged={h.setBeatShown} />
        )}
        {h.items.length === 0 && <View className="gt-visits__empty">{t.household.empty}</View>}
        {h.items.map((household) => (
          <HouseholdCard key={household.id} household={household} tags={tags} />
        ))}
      </Loaded>
    </PageShell>
  );
}
