import { useState } from 'react';
import type { CaseAssigneeDto } from '@contract';
import * as proxyApi from '@/services/proxy';
import { proxyText } from '@/text/proxy';
import { requiredText, textLimits } from '@/utils/textLimit';
import type { StepPanelProps } from './stepPanel';
import { useStepForm } from './useStepForm';

const t = proxyText.reassign;

/**
 * 改派 on the case page: who may take the case over (loaded when the panel
 * is opened, a failure kept apart from "nobody"), the person chosen and the
 * reason, checked at their fields, sent as a step on the version on screen.
 */
export function useReassign({ proxyCase, act }: Pick<StepPanelProps, 'proxyCase' | 'act'>) {
  const [opened, setOpened] = useState(false);
  const [people, setPeople] = useState<CaseAssigneeDto[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const form = useStepForm({ personId: '', reason: '' }, (v) => ({
    personId: v.personId ? undefined : t.choosePerson,
    reason: requiredText(v.reason.trim(), t.reasonRequired, textLimits.reason, 2),
  }));

  const load = () => {
    setLoadError(null);
    proxyApi.reassignOptions(proxyCase.id).then(setPeople, (error: unknown) => {
      setPeople(null);
      setLoadError(error instanceof Error && error.message ? error.message : t.loadFailed);
    });
  };
  const open = () => {
    setOpened(true);
    load();
  };
  const submit = () => form.submit((v) => act('reassign', { personId: v.personId, reason: v.reason.trim() }));
  return { opened, open, people, loadError, load, form, submit };
}
