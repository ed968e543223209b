import Taro from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { HouseholdDetailDto, Relation, RequestOf } from '@contract';
import { useRemote } from '@/hooks/useRemote';
import * as visitsApi from '@/services/visits';
import { showNotice } from '@/state/notice';
import { newKey } from '@/state/requestOutbox';
import { visitsText as t } from '@/text/visits';
import { fieldErrors } from '@/utils/fieldErrors';
import { submitWithNotice } from '@/utils/submit';
import { useVisitOptions } from '../useVisitOptions';

/** A member as the form holds it: every field of the contract's member, filled. */
export type MemberDraft = Required<RequestOf<'visits', 'saveHousehold'>['members'][number]>;

const blankMember = (relation: Relation): MemberDraft => ({ name: '', relation, ageBand: 'unknown', phone: '', phoneVerified: false, userId: null });

function fromHousehold(h: HouseholdDetailDto) {
  return {
    group: h.group,
    address: h.address,
    needs: h.needs,
    tags: h.tags,
    members: h.members.map((m) => ({ name: m.name, relation: m.relation, ageBand: m.ageBand, phone: m.phone, phoneVerified: m.phoneVerified, userId: m.userId })),
  };
}

/** Recording or editing a household: the fields, the residents of the grid to link, saving with one key per attempt. */
export function useHouseholdForm(id: string | undefined, gridId: string) {
  const options = useVisitOptions();
  const existing = useRemote(useCallback(() => (id ? visitsApi.household(id) : Promise.resolve(null)), [id]));
  const residents = useRemote(useCallback(() => visitsApi.gridResidents(gridId), [gridId]));
  const [form, setForm] = useState({ group: '', address: '', needs: '', tags: [] as string[], members: [blankMember('head')] });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const opId = useRef(newKey('hh'));
  useEffect(() => {
    if (existing.data) setForm(fromHousehold(existing.data));
  }, [existing.data]);
  const set = (fields: Partial<typeof form>) => setForm((current) => ({ ...current, ...fields }));
  const setMember = (index: number, fields: Partial<MemberDraft>) => set({ members: form.members.map((m, i) => (i === index ? { ...m, ...fields } : m)) });
  const addMember = () => set({ members: [...form.members, blankMember('child')] });
  const removeMember = (index: number) => set({ members: form.members.filter((_, i) => i !== index) });
  const toggleTag = (tag: string) => set({ tags: form.tags.includes(tag) ? form.tags.filter((x) => x !== tag) : [...form.tags, tag] });

  const save = async () => {
    if (!form.members[0]?.name.trim()) return showNotice(t.form.needHead, 'error', 2500);
    const version = existing.data?.version;
    const payload = { opId: opId.current, gridId, ...form, members: form.members.filter((m) => m.name.trim()), ...(id && version !== undefined ? { householdId: id, version } : {}) };
    const result = await submitWithNotice(() => visitsApi.saveHousehold(payload), t.form.saved);
    if (!result.ok) return setErrors(fieldErrors(result.error));
    void Taro.redirectTo({ url: `/packages/visits/household/index?id=${result.value.id}` });
  };
  return { options, existing, residents, form, set, setMember, addMember, removeMember, toggleTag, errors, save };
}
