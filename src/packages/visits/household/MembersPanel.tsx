import { View } from '@tarojs/components';
import type { HouseholdDetailDto } from '@contract';
import { visitsText as t } from '@/text/visits';
import PersonRow from '../components/PersonRow';

/** Who lives there, with a call button for each number the viewer may call. */
export default function MembersPanel({ household }: { household: HouseholdDetailDto }) {
  return (
    <View className="gt-visits__card gt-members">
      <View className="gt-visits__title">{t.household.members}</View>
      {household.members.map((m, index) => {
        const notes = [
          t.relations[m.relation],
          t.ageBands[m.ageBand],
          m.phone && !m.phoneVerified ? t.household.phoneUnverified : '',
          m.linked ? t.household.linked : '',
        ];
        return (
          <PersonRow
            key={`${m.name}-${index}`}
            name={m.name}
            detail={notes.filter(Boolean).join(' · ')}
            phone={m.phone}
            callable={!m.phoneMasked}
          />
        );
      })}
      <View className="gt-visits__line gt-members__needs">
        {t.household.needs}：{household.needs || t.household.noNeeds}
      </View>
    </View>
  );
}
