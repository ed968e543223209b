import { View } from '@tarojs/components';
import type { AdminPersonDto, FoundPersonDto, GridDutyDto, PlaceDto } from '@contract';
import { useCallback, useState } from 'react';
import { AtButton } from 'taro-ui';
import ButtonRow from '@/components/ButtonRow';
import LoadState from '@/components/LoadState';
import { useRemote } from '@/hooks/useRemote';
import { api } from '@/services';
import type { DutyInput } from '@/services/admin';
import { adminText } from '@/text/admin';
import { confirm } from '@/utils/confirm';
import { submitWithNotice } from '@/utils/submit';
import DutyEditor from './DutyEditor';
import PersonCard from './PersonCard';
import PersonFinder from './PersonFinder';

const t = adminText;

/**
 * 人员 of the place being browsed: its staff (end their role), and for a
 * grid its members with their duties there (change or end them); anyone
 * else of the jurisdiction is found by phone and made staff here or given
 * a duty in this grid.
 */
export default function PlacePeople({ place }: { place: PlaceDto }) {
  const people = useRemote(useCallback(() => api.admin.placePeople(place.id), [place.id]));
  const [found, setFound] = useState<FoundPersonDto[]>([]);
  const [editing, setEditing] = useState<string | null>(null);
  const isGrid = place.level === 'grid';
  const data = people.data;
  const categoryNames = (ids: string[]) => ids.map((id) => data?.categories.find((category) => category.id === id)?.name ?? id).join('、');

  const change = async (work: () => Promise<void>, success: string) => {
    const result = await submitWithNotice(work, success);
    if (result.ok) {
      setEditing(null);
      setFound([]);
      people.reload();
    }
  };
  const endStaff = async (person: AdminPersonDto) => {
    if (await confirm(t.endStaffConfirm(person.name), t.endStaff)) await change(() => api.admin.setStaffScope(person.id, null), t.staffEnded(person.name));
  };
  const endDuty = async (person: AdminPersonDto) => {
    if (await confirm(t.endDutyConfirm(person.name), t.endDuty)) await setDuty(person, null);
  };
  const makeStaff = (person: AdminPersonDto) => change(() => api.admin.setStaffScope(person.id, place.id), t.staffMade(person.name, place.name));
  const setDuty = (person: AdminPersonDto, duty: DutyInput | null) =>
    change(() => api.admin.setGridDuty(person.id, place.id, duty), duty ? t.dutySaved(person.name) : t.dutyEnded(person.name));

  const dutyEditor = (person: AdminPersonDto, duties: GridDutyDto[]) => (
    <DutyEditor duties={duties} categories={data?.categories ?? []} onCancel={() => setEditing(null)} onSave={(duty) => setDuty(person, duty)} />
  );
  const foundActions = (person: FoundPersonDto) => {
    if (editing === `found:${person.id}`) return dutyEditor(person, data?.members.find((member) => member.id === person.id)?.duties ?? []);
    return (
      <ButtonRow>
        {person.staffScope?.id !== place.id && (
          <AtButton className="gt-system__make-staff" onClick={() => void makeStaff(person)}>
            {t.makeStaff(place.name)}
          </AtButton>
        )}
        {isGrid && (
          <AtButton className="gt-system__give-duty" type="primary" onClick={() => setEditing(`found:${person.id}`)}>
            {t.giveDuty}
          </AtButton>
        )}
      </ButtonRow>
    );
  };

  return (
    <View className="gt-system__people">
      <View className="gt-admin__card">
        <View className="gt-admin__title">{t.peopleOf(place.name)}</View>
        <View className="gt-admin__hint">{t.peopleHint}</View>
      </View>
      <LoadState loading={people.loading} error={people.error} onRetry={people.reload} hasData={data !== null}>
        {data && (
          <View>
            <View className="gt-admin__card gt-system__staff">
              <View className="gt-admin__title">{t.staffTitle}</View>
              <View className="gt-admin__hint">{t.staffHint}</View>
              {data.staff.length === 0 && <View className="gt-admin__line">{t.noStaff}</View>}
              {data.staff.map((person) => (
                <PersonCard key={person.id} name={person.name} phone={person.phone}>
                  <ButtonRow>
                    <AtButton className="gt-system__end-staff" onClick={() => void endStaff(person)}>
                      {t.endStaff}
                    </AtButton>
                  </ButtonRow>
                </PersonCard>
              ))}
            </View>
            {isGrid && (
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
                      t.dutyCovers(categoryNames(duty.categoryIds)),
                    ])}
                  >
                    {editing === `member:${member.id}` ? (
                      dutyEditor(member, member.duties)
                    ) : (
                      <ButtonRow>
                        <AtButton className="gt-system__edit-duty" onClick={() => setEditing(`member:${member.id}`)}>
                          {t.editDuty}
                        </AtButton>
                        <AtButton className="gt-system__end-duty" onClick={() => void endDuty(member)}>
                          {t.endDuty}
                        </AtButton>
                      </ButtonRow>
                    )}
                  </PersonCard>
                ))}
              </View>
            )}
            <PersonFinder found={found} onFound={setFound} actions={foundActions} />
          </View>
        )}
      </LoadState>
    </View>
  );
}
