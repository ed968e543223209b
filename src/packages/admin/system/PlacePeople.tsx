import { View } from '@tarojs/components';
import type { PlaceDto } from '@contract';
import LoadState from '@/components/LoadState';
import { adminText } from '@/text/admin';
import { FoundActions, MemberList, StaffList } from './PeopleLists';
import PersonFinder from './PersonFinder';
import { usePlacePeople } from './usePlacePeople';

const t = adminText;

/**
 * 人员 of the place being browsed: its staff (end their role), and for a
 * grid its members with their duties there (change or end them); anyone
 * else of the jurisdiction is found by phone and made staff here or given
 * a duty in this grid.
 */
export default function PlacePeople({ place }: { place: PlaceDto }) {
  const state = usePlacePeople(place);
  const { people, isGrid } = state;
  const data = people.data;
  return (
    <View className="gt-system__people">
      <View className="gt-admin__card">
        <View className="gt-admin__title">{t.peopleOf(place.name)}</View>
        <View className="gt-admin__hint">{t.peopleHint}</View>
      </View>
      <LoadState loading={people.loading} error={people.error} onRetry={people.reload} hasData={data !== null}>
        {data && (
          <View>
            <StaffList state={state} data={data} />
            {isGrid && <MemberList state={state} data={data} />}
            <PersonFinder
              found={state.found}
              onFound={state.setFound}
              actions={(person) => <FoundActions state={state} data={data} person={person} />}
            />
          </View>
        )}
      </LoadState>
    </View>
  );
}
