import { useCallback, useEffect, useRef, useState } from 'react';
import type { RegistrationFormDto } from '@contract';
import { useFieldErrors } from '@/hooks/useFieldErrors';
import { useRemote } from '@/hooks/useRemote';
import { useStepKey } from '@/hooks/useStepKey';
import * as gridsApi from '@/services/grids';
import * as postsApi from '@/services/posts';
import { emitProfileChanged, onProfileChanged } from '@/state/events';
import { partyText } from '@/text/party';
import { submitWithNotice } from '@/utils/submit';
import { limitProblems, textLimits } from '@/utils/textLimit';

export interface RegistrationDraft {
  name: string;
  phone: string;
  branchId: string;
  employer: string;
  skillKindIds: string[];
  skills: string;
}

function draftFrom(form: RegistrationFormDto): RegistrationDraft {
  const r = form.registration;
  return {
    name: r?.name ?? form.name ?? '',
    phone: r?.phone ?? form.phone ?? '',
    branchId: r?.branch.id ?? '',
    employer: r?.employer ?? '',
    skillKindIds: r ? r.skillKinds.map((kind) => kind.id) : [],
    skills: r?.skills ?? '',
  };
}

/**
 * 到社区报到's state and calls: the form for the chosen grid (its branches
 * change with it), the draft, the server's per-field hints, submitting
 * under the page's step key (useStepKey: the same on a resend after a lost
 * answer, so the report is made once).
 */
export function useRegistration() {
  const gridRef = useRef<string | undefined>(undefined);
  const load = useCallback(async () => {
    const [form, grids] = await Promise.all([postsApi.getRegistrationForm(gridRef.current), gridsApi.listGrids()]);
    return { form, grids };
  }, []);
  const remote = useRemote(load);
  const [draft, setDraft] = useState<RegistrationDraft | null>(null);
  const fieldErrors = useFieldErrors<string>();
  const errors = fieldErrors.errors;
  const [saving, setSaving] = useState(false);
  const form = remote.data?.form;
  const key = useStepKey('reg', remote.data, remote.reload);
  const verifiedPhone = form?.verifiedPhone ?? null;

  useEffect(() => {
    if (form && !draft) setDraft(draftFrom(form));
  }, [form, draft]);
  // The verified number is offered first (绑定手机号 on this page reloads the
  // form with it); another number is kept as unverified contact information.
  useEffect(() => onProfileChanged(remote.reload), [remote.reload]);
  useEffect(() => {
    if (verifiedPhone && draft && !draft.phone) setDraft({ ...draft, phone: verifiedPhone });
  }, [verifiedPhone, draft]);
  // Branches depend on the grid: a choice the new grid does not offer is cleared.
  useEffect(() => {
    if (form && draft && draft.branchId && !form.branches.some((branch) => branch.id === draft.branchId)) {
      setDraft({ ...draft, branchId: '' });
    }
  }, [form, draft]);

  const gridId = form?.place?.grid.id ?? '';
  const pickGrid = (id: string) => {
    if (id === gridId) return;
    gridRef.current = id;
    remote.reload();
  };
  const change = (patch: Partial<RegistrationDraft>) => {
    setDraft((current) => (current ? { ...current, ...patch } : current));
    for (const key of Object.keys(patch)) fieldErrors.clear(key);
  };

  const submit = async () => {
    if (!draft || saving) return;
    const tooLong = limitProblems({
      name: [draft.name, textLimits.personName],
      employer: [draft.employer, textLimits.employer],
      skills: [draft.skills, textLimits.skills],
    });
    if (fieldErrors.show(tooLong)) return;
    setSaving(true);
    const result = await submitWithNotice(
      () => postsApi.register({ ...draft, gridId, clientKey: key.current }),
      partyText.register.submitted,
    );
    setSaving(false);
    key.settle(result);
    if (!result.ok) fieldErrors.showHints(result.error);
    if (result.ok) {
      emitProfileChanged();
      remote.reload();
    }
  };

  const phoneVerified = verifiedPhone !== null && draft?.phone === verifiedPhone;
  return { remote, form, draft, errors, saving, gridId, phoneVerified, pickGrid, change, submit };
}

export type Registration = ReturnType<typeof useRegistration>;
