import { useCallback, useState } from 'react';
import type { CallbackVerdict, VisitDetailDto } from '@contract';
import { useRemote } from '@/hooks/useRemote';
import { useStepKey } from '@/hooks/useStepKey';
import * as visitsApi from '@/services/visits';
import { visitsText as t } from '@/text/visits';
import { submitWithNotice } from '@/utils/submit';
import { useVisitOptions } from '../useVisitOptions';

/** A diary entry and the steps on it: 转为诉求 (its author), 标记回访 and 回访结果 (supervisors). */
export function useVisit(id: string) {
  const options = useVisitOptions();
  const remote = useRemote(useCallback(() => visitsApi.visitDetail(id), [id]));
  const [shown, setShown] = useState<VisitDetailDto | null>(null);
  const [panel, setPanel] = useState<'none' | 'problem' | 'mark' | 'outcome'>('none');
  const [verdict, setVerdict] = useState<CallbackVerdict>('confirmed');
  // The entry read again replaces the one a step answered with.
  const reload = () => {
    setShown(null);
    remote.reload();
  };
  const opId = useStepKey('op', remote.data, reload);
  const visit = shown ?? remote.data;

  const run = async (work: () => Promise<VisitDetailDto>, success: string) => {
    const result = await submitWithNotice(work, success);
    opId.settle(result);
    if (!result.ok) return;
    setShown(result.value);
    setPanel('none');
  };
  const mark = (reason: string) => run(() => visitsApi.markCallback({ opId: opId.current, visitId: id, reason }), t.visit.markCallback);
  const outcome = (text: string) =>
    run(() => visitsApi.recordCallback({ opId: opId.current, visitId: id, verdict, text }), t.visit.recordCallback);
  const report = (problem: { key: string; householdId: string; categoryId: string; text: string }) =>
    run(() => visitsApi.reportProblem({ visitId: id, problem }), t.visit.addProblem);
  return { options, remote, visit, panel, setPanel, verdict, setVerdict, mark, outcome, report };
}
