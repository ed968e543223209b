import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import Button from '@/components/Button';
import ButtonRow from '@/components/ButtonRow';
import ListFooter from '@/components/ListFooter';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import RequestCard from '@/components/RequestCard';
import SegmentTabs from '@/components/SegmentTabs';
import * as subscribeApi from '@/services/subscribe';
import { requestsText } from '@/text/requests';
import { cx } from '@/utils/cx';
import InboxFilters from './InboxFilters';
import { useFilterOptions } from './useFilterOptions';
import { filterCount, useInbox } from './useInbox';
import './index.scss';

const t = requestsText.inbox;

/**
 * 网格员待办: what the grid member (or staff) holds now, most overdue first
 * with a countdown on each; everything in their area; what is finished —
 * each with how many there are, the next page as they scroll, and filters
 * (state, category, grid, only overdue). 代办 and subscribing to reminders
 * are one tap away.
 */
export default function InboxPage() {
  const { view, show, filters, filter, clear, list } = useInbox();
  const filterOptions = useFilterOptions();
  const [filtersOpen, setFiltersOpen] = useState(false);
  const first = list.first;
  const active = filterCount(filters);
  const toggleFilters = () => {
    if (!filtersOpen) filterOptions.ensure();
    setFiltersOpen(!filtersOpen);
  };
  return (
    <PageShell className="gt-inbox">
      <ButtonRow>
        <Button type="primary" onClick={() => Taro.navigateTo({ url: '/packages/requests/proxy-file/index' })}>
          {t.proxy}
        </Button>
        {first && (
          <Button className="gt-inbox__subscribe" onClick={() => void subscribeApi.askToSubscribe(first.subscribeTemplateIds)}>
            {t.subscribe}
          </Button>
        )}
      </ButtonRow>
      <SegmentTabs
        options={[
          { key: 'mine', label: t.mine },
          { key: 'area', label: t.area },
          { key: 'done', label: t.done },
        ]}
        current={view}
        onChange={show}
      />
      <View className="gt-inbox__tools">
        <View className={cx('gt-inbox__tool', active > 0 && 'gt-inbox__tool--on')} onClick={toggleFilters}>
          {filtersOpen ? t.filterClose : active > 0 ? t.filterOn(active) : t.filter}
        </View>
        {view !== 'done' && first && (first.counts.overdue > 0 || filters.overdue) && (
          <View
            className={cx('gt-inbox__tool', filters.overdue && 'gt-inbox__tool--on')}
            onClick={() => filter({ overdue: !filters.overdue })}
          >
            {t.onlyOverdue(first.counts.overdue)}
          </View>
        )}
      </View>
      {filtersOpen && (
        <InboxFilters
          view={view}
          filters={filters}
          options={filterOptions.options}
          failed={filterOptions.failed}
          onChange={filter}
          onClear={clear}
        />
      )}
      <LoadState loading={list.loading} error={list.error} onRetry={list.reload} hasData={first !== null}>
        {first && (
          <View>
            <View className="gt-inbox__counts">
              {active > 0 ? t.filtered(list.total) : t.counts(list.total, view === 'done' ? 0 : first.counts.overdue)}
            </View>
            {list.items.length === 0 && <View className="gt-inbox__empty">{t.empty}</View>}
            {list.items.map((item) => (
              <RequestCard
                key={item.id}
                item={item}
                showResident
                onClick={() => Taro.navigateTo({ url: `/packages/requests/detail/index?id=${item.id}` })}
              />
            ))}
            <ListFooter list={list} />
          </View>
        )}
      </LoadState>
    </PageShell>
  );
}
