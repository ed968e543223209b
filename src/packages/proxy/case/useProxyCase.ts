import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { ProxyCaseDto, RequestOf } from '@contract';
import { useRemote } from '@/hooks/useRemote';
import { useStepKey } from '@/hooks/useStepKey';
import * as proxyApi from '@/services/proxy';
import { proxyText } from '@/text/proxy';
import { submitWithNotice, type Submitted } from '@/utils/submit';

/** A step's own fields: the case, its version and the key are added here. */
export type StepFields<A extends proxyApi.CaseStep> = Omit<RequestOf<'proxy', A>, 'caseId' | 'version' | 'opId'>;

/**
 * 代办件详情's state: the case, and its steps, each sent with the version on
 * screen and the page's step key (useStepKey: kept until it is answered, so
 * a retry takes the step once; renewed on a spent key and on a reload).
 */
export function useProxyCase() {
  const id = useRouter().params.id ?? '';
  const remote = useRemote(() => proxyApi.caseDetail(id));
  const [answered, setAnswered] = useState<ProxyCaseDto | null>(null);
  const [busy, setBusy] = useState(false);
  const key = useStepKey('step', remote.data, remote.reload);
  const shown = answered && remote.data && answered.version >= remote.data.version ? answered : remote.data;

  const act = async <A extends proxyApi.CaseStep>(action: A, fields: StepFields<A>): Promise<Submitted<ProxyCaseDto>> => {
    if (!shown || busy) return { ok: false, error: null };
    setBusy(true);
    const opId = key.current;
    const base = action === 'rate' ? { caseId: shown.id, opId } : { caseId: shown.id, version: shown.version, opId };
    const sent = await submitWithNotice(
      () => proxyApi.step(action, { ...base, ...fields } as RequestOf<'proxy', A>),
      proxyText.steps.saved,
    );
    setBusy(false);
    key.settle(sent);
    if (sent.ok) setAnswered(sent.value);
    return sent;
  };

  return { remote, shown, act, busy };
}
