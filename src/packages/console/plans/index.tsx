import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { PlanItemDto } from '@contract';
import ListFooter from '@/components/ListFooter';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import SegmentTabs from '@/components/SegmentTabs';
import { commonText } from '@/text/common';
import { dashboardText } from '@/text/dashboard';
import { usePlans, type PlansView } from './usePlans';
import '../common.scss';

const t = dashboardText.plans;

/** One plan: what the request was, the plan, its date (已到期 marked), who planned it. */
function PlanCard({ item }: { item: PlanItemDto }) {
  return (
    <View
      className="gt-cs__card gt-cs-plans__item"
      onClick={() => Taro.navigateTo({ url: `/packages/requests/detail/index?id=${item.id}` })}
    >
      <View className="gt-cs__title">
        {item.categoryName} · {item.place}
      </View>
      <View className="gt-cs__text">{item.excerpt}</View>
      <View className="gt-cs__text">{item.plan.text}</View>
      <View className={item.due ? 'gt-cs__alert' : 'gt-cs__line'}>
        {t.until(item.plan.dateWords)}
        {item.due ? ` · ${t.dueMark}` : ''}
      </View>
      <View className="gt-cs__line">
        {t.plannedBy(item.plannedBy)} · {item.stateLabel}
      </View>
    </View>
  );
}

/** Staff: the plans (纳入规划) of their jurisdiction, soonest date first, those whose date came marked. */
export default function PlansPage() {
  const { view, show, list } = usePlans();
  const views: Array<{ key: PlansView; label: string }> = [
    { key: 'all', label: t.all },
    { key: 'due', label: t.due },
  ];
  return (
    <PageShell className="gt-cs-plans">
      <SegmentTabs options={views} current={view} onChange={show} />
      <LoadState loading={list.loading} error={list.error} onRetry={list.reload} hasData={list.first !== null}>
        {list.first && list.items.length === 0 && <View className="gt-cs__empty">{view === 'due' ? t.emptyDue : t.empty}</View>}
        {list.items.length > 0 && <View className="gt-cs__line">{commonText.pagedList.total(list.total)}</View>}
        {list.items.map((item) => (
          <PlanCard key={item.id} item={item} />
        ))}
        <ListFooter list={list} />
      </LoadState>
    </PageShell>
  );
}
