import Taro from '@tarojs/taro';
import { useState } from 'react';
import { useFieldErrors } from '@/hooks/useFieldErrors';
import { isCloudError } from '@/services';
import { hideNotice, showNotice } from '@/state/notice';
import { visitOutbox } from '@/state/visitOutbox';
import { visitsText as t } from '@/text/visits';
import { commonText } from '@/text/common';
import { useVisitOptions } from '../useVisitOptions';
import { problemField, visitProblems, type VisitField } from './visitCheck';
import { clearVisitDraft, loadVisitDraft, newProblem, saveVisitDraft, type ProblemDraft, type VisitDraft } from './visitDraft';

/**
 * The diary form at the door: the draft kept on the phone at every change;
 * 保存 puts the entry (dated now) in the outbox, which sends it at once or
 * when the network returns, once.
 */
export function useVisitForm(householdId: string, label: string) {
  const options = useVisitOptions();
  const [draft, setDraft] = useState<VisitDraft>(() => loadVisitDraft(householdId));
  const [busy, setBusy] = useState(false);
  const errors = useFieldErrors<VisitField>();
  const set = (fields: Partial<VisitDraft>) => {
    for (const key of Object.keys(fields)) if (key === 'seen' || key === 'said' || key === 'help' || key === 'address') errors.clear(key);
    setDraft((current) => {
      const next = { ...current, ...fields };
      saveVisitDraft(householdId, next);
      return next;
    });
  };
  const setProblem = (index: number, fields: Partial<ProblemDraft>) => {
    const problem = draft.problems[index];
    if (problem) errors.clear(problemField(problem));
    set({ problems: draft.problems.map((p, i) => (i === index ? { ...p, ...fields } : p)) });
  };
  const addProblem = () => set({ problems: [...draft.problems, newProblem()] });
  const removeProblem = (index: number) => set({ problems: draft.problems.filter((_, i) => i !== index) });

  const submit = async () => {
    if (busy) return;
    if (errors.show(visitProblems(draft))) return;
    setBusy(true);
    showNotice(commonText.saving, 'loading', 0);
    const payload = {
      clientKey: draft.clientKey,
      householdIds: [householdId],
      at: new Date().toISOString(),
      kind: draft.kind,
      seen: draft.seen.trim(),
      said: draft.said.trim(),
      help: draft.help.trim(),
      problems: draft.problems.map((p) => ({ key: p.key, householdId, categoryId: p.categoryId, text: p.text.trim() })),
      ...(draft.address.trim() ? { location: { address: draft.address.trim() } } : {}),
    };
    try {
      const result = await visitOutbox.submit(draft.clientKey, payload, draft.photos, `${label} · ${t.kinds[draft.kind]}`);
      clearVisitDraft(householdId);
      hideNotice();
      if (result) {
        showNotice(t.visitForm.saved, 'success', 2000);
        void Taro.redirectTo({ url: `/packages/visits/visit/index?id=${result.visit.id}` });
      } else {
        showNotice(t.visitForm.savedOffline, '', 4000);
        Taro.navigateBack().catch(() => undefined);
      }
    } catch (error) {
      hideNotice();
      showNotice(isCloudError(error) ? error.message : commonText.unknownError, 'error', 4000);
    } finally {
      setBusy(false);
    }
  };
  return { options, draft, errors: errors.errors, set, setProblem, addProblem, removeProblem, submit, busy };
}
