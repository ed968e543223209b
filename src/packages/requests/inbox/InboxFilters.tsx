import { Picker, View } from '@tarojs/components';
import type { InboxFilters as Filters, RequestState } from '@contract';
import Button from '@/components/Button';
import ChoiceChips from '@/components/ChoiceChips';
import { requestsText } from '@/text/requests';
import type { FilterOptions } from './useFilterOptions';
import type { InboxView } from './useInbox';

const t = requestsText.inbox;

const OPEN_STATES: RequestState[] = ['submitted', 'assigned', 'accepted', 'escalated', 'reopened', 'suspended', 'resolved'];
const DONE_STATES: RequestState[] = ['closed', 'rejected'];

interface InboxFiltersProps {
  view: InboxView;
  filters: Filters;
  options: FilterOptions | null;
  failed: boolean;
  onChange: (change: Partial<Filters>) => void;
  onClear: () => void;
}

/** One choice at a time: tapping the chosen one again takes it away. */
const toggled = <V extends string>(current: V | undefined, value: V): V | undefined => (current === value ? undefined : value);

/** 筛选 opened: state, category and grid (big chips, the grid from a list), applied by the server. */
export default function InboxFilters({ view, filters, options, failed, onChange, onClear }: InboxFiltersProps) {
  const states = (view === 'done' ? DONE_STATES : OPEN_STATES).map((state) => ({ value: state, label: t.states[state] }));
  const grids = options?.grids ?? [];
  const gridIndex = grids.findIndex((grid) => grid.value === filters.gridId);
  return (
    <View className="gt-inbox__filters">
      <View className="gt-inbox__filter-title">{t.stateTitle}</View>
      <ChoiceChips
        options={states}
        selected={filters.state ? [filters.state] : []}
        onToggle={(value) => onChange({ state: toggled(filters.state, value as RequestState) })}
      />
      {failed && <View className="gt-inbox__filter-failed">{t.optionsFailed}</View>}
      {options && (
        <>
          <View className="gt-inbox__filter-title">{t.categoryTitle}</View>
          <ChoiceChips
            options={options.categories}
            selected={filters.categoryId ? [filters.categoryId] : []}
            onToggle={(value) => onChange({ categoryId: toggled(filters.categoryId, value) })}
          />
          <View className="gt-inbox__filter-title">{t.gridTitle}</View>
          <Picker
            mode="selector"
            range={[t.allGrids, ...grids.map((grid) => grid.label)]}
            value={gridIndex + 1}
            onChange={(e) => onChange({ gridId: grids[Number(e.detail.value) - 1]?.value })}
          >
            <View className="gt-inbox__grid-choice">{gridIndex >= 0 ? grids[gridIndex].label : t.allGrids}</View>
          </Picker>
        </>
      )}
      <Button className="gt-inbox__clear" onClick={onClear}>
        {t.clearFilters}
      </Button>
    </View>
  );
}
