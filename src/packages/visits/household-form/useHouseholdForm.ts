import Taro from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { HouseholdDetailDto, Relation, RequestOf } from '@contract';
import { useFieldErrors } from '@/hooks/useFieldErrors';
import { useRemote } from '@/hooks/useRemote';
import * as visitsApi from '@/services/visits';
import { newKey } from '@/state/requestOutbox';
import { visitsText as t } from '@/text/visits';
import { submitWithNotice } from '@/utils/submit';
import { useVisitOptions } from '../useVisitOptions';
import { householdProblems, type HouseholdField } from './householdCheck';

/** A member as the form holds it: every field of the contract's member, filled. */
export type MemberDraft = Required<RequestOf<'visits', 'saveHousehold'>['members'][number]>;

const blankMember = (relation: Relation): MemberDraft => ({
  name: '',
  relation,
  ageBand: 'unknown',
  phone: '',
  phoneVerified: false,
  userId: null,
});

function fromHousehold(h: HouseholdDetailDto) {
  return {
    group: h.group,
    address: h.address,
    needs: h.needs,
    tags: h.tags,
    members: h.members.map((m) => ({
      name: m.name,
      relation: m.relation,
      ageBand: m.ageBand,
      phone: m.phone,
      phoneVerified: m.phoneVerified,
      userId: m.userId,
    })),
  };
}

/** Recording or editing a household: the fields, the residents of the grid to link, saving with one key per attempt. */
export function useHouseholdForm(id: string | undefined, gridId: string) {
  const options = useVisitOptions();
  const existing = useRemote(useCallback(() => (id ? visitsApi.household(id) : Promise.resolve(null)), [id]));
  const residents = useRemote(useCallback(() => visitsApi.gridResidents(gridId), [gridId]));
  const [form, setForm] = useState({ group: '', address: '', needs: '', tags: [] as string[], members: [blankMember('head')] });
  const errors = useFieldErrors<HouseholdField>();
  const opId = useRef(newKey('hh'));
  useEffect(() => {
    if (existing.data) setForm(fromHousehold(existing.data));
  }, [existing.data]);
  const set = (fields: Partial<typeof form>) => {
    for (const key of Object.keys(fields))
      if (key === 'group' || key === 'address' || key === 'needs' || key === 'tags' || key === 'members') errors.clear(key);
    setForm((current) => ({ ...current, ...fields }));
  };
  const setMember = (index: number, fields: Partial<MemberDraft>) => {
    if ('name' in fields) errors.clear(`name.${index}`);
    if ('phone' in fields) errors.clear(`phone.${index}`);
    set({ members: form.members.map((m, i) => (i === index ? { ...m, ...fields } : m)) });
  };
  const addMember = () => set({ members: [...form.members, blankMember('child')] });
  const removeMember = (index: number) => {
    // The marks of the members after it would land on the wrong one.
    errors.reset();
    set({ members: form.members.filter((_, i) => i !== index) });
  };
  const toggleTag = (tag: string) => set({ tags: form.tags.includes(tag) ? form.tags.filter((x) => x !== tag) : [...form.tags, tag] });

  const save = async () => {
    if (errors.show(householdProblems(form))) return;
    const version = existing.data?.version;
    const payload = {
      opId: opId.current,
      gridId,
      ...form,
      members: form.members.filter((m) => m.name.trim()),
      ...(id && version !== undefined ? { householdId: id, version } : {}),
    };
    const result = await submitWithNotice(() => visitsApi.saveHousehold(payload), t.form.saved);
    if (!result.ok) return void errors.showHints(result.error);
    void Taro.redirectTo({ url: `/packages/visits/household/index?id=${result.value.id}` });
  };
  return { options, existing, residents, form, set, setMember, addMember, removeMember, toggleTag, errors: errors.errors, save };
}
