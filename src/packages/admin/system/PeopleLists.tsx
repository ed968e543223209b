import { View } from '@tarojs/components';
import Button from '@/components/Button';
import type { AdminPersonDto, FoundPersonDto, GridDutyDto, PlacePeopleDto } from '@contract';
import ButtonRow from '@/components/ButtonRow';
import { adminText } from '@/text/admin';
import DutyEditor from './DutyEditor';
import PersonCard from './PersonCard';
import type { PlacePeopleState } from './usePlacePeople';

const t = adminText;

interface ListProps {
  state: PlacePeopleState;
  data: PlacePeopleDto;
}

/** The duty editor for one person in this grid (their current duties there, merged into one). */
function DutyEditorFor({ state, data, person, duties }: ListProps & { person: AdminPersonDto; duties: GridDutyDto[] }) {
  return (
    <DutyEditor
      duties={duties}
      categories={data.categories}
      onCancel={() => state.setEditing(null)}
      onSave={(duty) => state.setDuty(person, duty)}
    />
  );
}

/** 工作人员: whose scope is this place, each with 取消工作人员. */
export function StaffList({ state, data }: ListProps) {
  return (
    <View className="gt-admin__card gt-system__staff">
      <View className="gt-admin__title">{t.staffTitle}</View>
      <View className="gt-admin__hint">{t.staffHint}</View>
      {data.staff.length === 0 && <View className="gt-admin__line">{t.noStaff}</View>}
      {data.staff.map((person) => (
        <PersonCard key={person.id} name={person.name} phone={person.phone}>
          <ButtonRow>
            <Button className="gt-system__end-staff" onClick={() => void state.endStaff(person)}>
              {t.endStaff}
            </Button>
          </ButtonRow>
        </PersonCard>
      ))}
    </View>
  );
}

/** 网格员和职责: a grid's members, each duty with the categories it covers, to change or end. */
export function MemberList({ state, data }: ListProps) {
  return (
    <View className="gt-admin__card gt-system__members">
      <View className="gt-admin__title">{t.membersTitle}</View>
      <View className="gt-admin__hint">{t.membersHint}</View>
      {data.members.length === 0 && <View className="gt-admin__line">{t.noMembers}</View>}
      {data.members.map((member) => (
        <PersonCard
          key={member.id}
          className="gt-system__member"
          name={member.name}
          phone={member.phone}
          lines={member.duties.flatMap((duty) => [
            duty.firstResponsible ? `${duty.title} · ${t.firstResponsible}` : duty.title,
            t.dutyCovers(state.categoryNames(duty.categoryIds)),
          ])}
        >
          {state.editing === `member:${member.id}` ? (
            <DutyEditorFor state={state} data={data} person={member} duties={member.duties} />
          ) : (
            <ButtonRow>
              <Button className="gt-system__edit-duty" onClick={() => state.setEditing(`member:${member.id}`)}>
                {t.editDuty}
              </Button>
              <Button className="gt-system__end-duty" onClick={() => void state.endDuty(member)}>
                {t.endDuty}
              </Button>
            </ButtonRow>
          )}
        </PersonCard>
      ))}
    </View>
  );
}

/** What can be done with someone found by phone: make them staff here, or (in a grid) give them a duty. */
export function FoundActions({ state, data, person }: ListProps & { person: FoundPersonDto }) {
  const { place, isGrid } = state;
  if (state.editing === `found:${person.id}`) {
    return (
      <DutyEditorFor
        state={state}
        data={data}
        person={person}
        duties={data.members.find((member) => member.id === person.id)?.duties ?? []}
      />
    );
  }
  return (
    <ButtonRow>
      {person.staffScope?.id !== place.id && (
        <Button className="gt-system__make-staff" onClick={() => void state.makeStaff(person)}>
          {t.makeStaff(place.name)}
        </Button>
      )}
      {isGrid && (
        <Button className="gt-system__give-duty" type="primary" onClick={() => state.setEditing(`found:${person.id}`)}>
          {t.giveDuty}
        </Button>
      )}
    </ButtonRow>
  );
}
