import { useCallback, useState } from 'react';
import type { AdminPersonDto, FoundPersonDto, PlaceDto } from '@contract';
import { useRemote } from '@/hooks/useRemote';
import * as adminApi from '@/services/admin';
import type { DutyInput } from '@/services/admin';
import { isConflict } from '@/services/errors';
import { adminText } from '@/text/admin';
import { confirm } from '@/utils/confirm';
import { submitWithNotice } from '@/utils/submit';

const t = adminText;

/**
 * 人员 of one place: its staff and (a grid's) members with their duties,
 * people found by phone, which person's duty is being edited, and the
 * changes (each confirmed where it takes something away), each made on the
 * person's version shown: if the person changed meanwhile (another
 * administrator, a roster import, the person's own grid or phone), it is
 * CONFLICT and the list shows the person as stored now.
 */
export function usePlacePeople(place: PlaceDto) {
  const people = useRemote(useCallback(() => adminApi.placePeople(place.id), [place.id]));
  const [found, setFound] = useState<FoundPersonDto[]>([]);
  /** `member:<id>` or `found:<id>`: whose duty editor is open. */
  const [editing, setEditing] = useState<string | null>(null);
  const data = people.data;

  const change = async (work: () => Promise<void>, success: string) => {
    const result = await submitWithNotice(work, success);
    // Saved, or the person changed first (the toast says so): show them as stored now.
    if (result.ok || isConflict(result.error)) {
      setEditing(null);
      setFound([]);
      people.reload();
    }
  };
  const setDuty = (person: AdminPersonDto, duty: DutyInput | null) =>
    change(() => adminApi.setGridDuty(person, place.id, duty), duty ? t.dutySaved(person.name) : t.dutyEnded(person.name));

  return {
    place,
    people,
    isGrid: place.level === 'grid',
    found,
    setFound,
    editing,
    setEditing,
    categoryNames: (ids: string[]) => ids.map((id) => data?.categories.find((category) => category.id === id)?.name ?? id).join('、'),
    setDuty,
    makeStaff: (person: AdminPersonDto) => change(() => adminApi.setStaffScope(person, place.id), t.staffMade(person.name, place.name)),
    endStaff: async (person: AdminPersonDto) => {
      if (await confirm(t.endStaffConfirm(person.name), t.endStaffButton))
        await change(() => adminApi.setStaffScope(person, null), t.staffEnded(person.name));
    },
    endDuty: async (person: AdminPersonDto) => {
      if (await confirm(t.endDutyConfirm(person.name), t.endDuty)) await setDuty(person, null);
    },
  };
}

export type PlacePeopleState = ReturnType<typeof usePlacePeople>;
