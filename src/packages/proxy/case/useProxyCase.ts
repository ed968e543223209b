import { useRouter } from '@tarojs/taro';
import { useRef, useState } from 'react';
import type { ProxyCaseDto, RequestOf } from '@contract';
import { useRemote } from '@/hooks/useRemote';
import * as proxyApi from '@/services/proxy';
import { newKey } from '@/state/requestOutbox';
import { proxyText } from '@/text/proxy';
import { submitWithNotice, type Submitted } from '@/utils/submit';

/** A step's own fields: the case, its version and the key are added here. */
export type StepFields<A extends proxyApi.CaseStep> = Omit<RequestOf<'proxy', A>, 'caseId' | 'version' | 'opId'>;

/**
 * 代办件详情's state: the case, and its steps, each sent with the version on
 * screen and a key kept until it is answered (a retry takes the step once).
 */
export function useProxyCase() {
  const id = useRouter().params.id ?? '';
  const remote = useRemote(() => proxyApi.caseDetail(id));
  const [answered, setAnswered] = useState<ProxyCaseDto | null>(null);
  const [busy, setBusy] = useState(false);
  const key = useRef(newKey('step'));
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
    if (sent.ok) {
      key.current = newKey('step');
      setAnswered(sent.value);
    }
    return sent;
  };

  return { remote, shown, act, busy };
}
