import { useCallback, useState } from 'react';
import type { AdminPersonDto, DepartmentDto, FoundPersonDto, PlaceDto } from '@contract';
import { useFieldErrors } from '@/hooks/useFieldErrors';
import { useRemote } from '@/hooks/useRemote';
import { madeBefore, useStepKey } from '@/hooks/useStepKey';
import * as adminApi from '@/services/admin';
import { showNotice } from '@/state/notice';
import { adminText } from '@/text/admin';
import { stepText } from '@/text/steps';
import { isCloudError, isConflict } from '@/services/errors';
import { confirm } from '@/utils/confirm';
import { submitWithNotice } from '@/utils/submit';

const t = adminText;

/** A save, then the list again: after it went through, or when another administrator saved first (the toast says so) to show what is stored now. */
async function saveAndReload(work: () => Promise<void>, success: string, reload: () => void): Promise<boolean> {
  const result = await submitWithNotice(work, success);
  if (result.ok || isConflict(result.error)) reload();
  return result.ok;
}

/**
 * 部门 of a county or township: the list with staff, the new-department
 * form (name, categories; sent under the page's step key, the same on a
 * resend after a lost answer, so it is added once), retiring and restoring,
 * and staff found by phone for the department whose finder is open.
 */
export function useDepartments(place: PlaceDto) {
  const list = useRemote(useCallback(() => adminApi.departments(place.id), [place.id]));
  const [name, setNameState] = useState('');
  const [categoryIds, setCategoryIds] = useState<string[]>([]);
  const [finderOf, setFinderOf] = useState<string | null>(null);
  const [found, setFound] = useState<FoundPersonDto[]>([]);
  const errors = useFieldErrors<'name'>();
  const addKey = useStepKey('dep', list.data, list.reload);

  const change = (work: () => Promise<void>, success: string) => saveAndReload(work, success, list.reload);
  const add = async () => {
    const trimmed = name.trim();
    if (errors.show({ name: [...trimmed].length < 2 || [...trimmed].length > 30 ? t.departmentNameWrong : undefined })) return;
    const input = { placeId: place.id, name: trimmed, categoryIds, active: true, clientKey: addKey.current };
    const result = await submitWithNotice(() => adminApi.saveDepartment(input), t.departmentAdded(trimmed));
    addKey.settle(result);
    // The key already added this department (its answer was lost): the form empties onto the list, never adding a second.
    const addedBefore = !result.ok && madeBefore(result.error) !== null;
    if (addedBefore) showNotice(stepText.addedBefore, 'success', 6000);
    if (!result.ok && !addedBefore) return;
    list.reload();
    setNameState('');
    setCategoryIds([]);
  };
  const setActive = (d: DepartmentDto, active: boolean) =>
    change(
      () =>
        adminApi.saveDepartment({
          departmentId: d.id,
          placeId: place.id,
          name: d.name,
          categoryIds: d.categoryIds,
          active,
          version: d.version,
        }),
      t.departmentSaved(d.name),
    );
  const join = (d: DepartmentDto, person: AdminPersonDto, move: boolean) =>
    submitWithNotice(() => adminApi.setDepartmentMember(d.id, person, true, move), t.departmentStaffAdded(person.name, d.name));
  const addStaff = async (d: DepartmentDto, person: AdminPersonDto) => {
    let result = await join(d, person, false);
    // Someone in another department is moved only when the administrator says so.
    const elsewhere = !result.ok && isCloudError(result.error) && result.error.code === 'IN_ANOTHER_DEPARTMENT';
    if (elsewhere && (await confirm(t.moveDepartmentStaff(person.name, d.name), t.moveDepartmentStaffConfirm)))
      result = await join(d, person, true);
    // Done, or the person was changed by another administrator meanwhile: the list as stored now, found again by phone.
    if (result.ok || isConflict(result.error)) {
      list.reload();
      setFinderOf(null);
      setFound([]);
    }
  };
  const endStaff = async (d: DepartmentDto, person: AdminPersonDto) => {
    if (await confirm(t.endDepartmentStaffConfirm(person.name, d.name), t.endDepartmentStaffButton))
      await change(() => adminApi.setDepartmentMember(d.id, person, false), t.departmentStaffEnded(person.name));
  };
  return {
    place,
    list,
    name,
    setName: (value: string) => {
      setNameState(value);
      errors.clear('name');
    },
    nameError: errors.errors.name,
    categoryIds,
    toggleCategory: (id: string) => setCategoryIds(categoryIds.includes(id) ? categoryIds.filter((c) => c !== id) : [...categoryIds, id]),
    add,
    setActive,
    finderOf,
    openFinder: (id: string | null) => {
      setFinderOf(id);
      setFound([]);
    },
    found,
    setFound,
    addStaff,
    endStaff,
  };
}

export type DepartmentsState = ReturnType<typeof useDepartments>;
