/**
 * The step key of a page's writes (src/hooks/useStepKey.ts) and one page
 * using it (代办件, useProxyCase): a resend of the same step keeps its key
 * (a lost answer takes the step once); a step that went through, a
 * KEY_REUSED or CONFLICT refusal, and a record read again each start a new
 * key, so one KEY_REUSED never blocks every later step. KEY_REUSED is told
 * in Chinese and the record is read again.
 */
import type { ProxyCaseDto } from '@contract';
import { useStepKey } from '@/hooks/useStepKey';
import { useProxyCase } from '@/packages/proxy/case/useProxyCase';
import { CloudError, type CloudErrorCode } from '@/services/errors';
import { attachNoticeListener, type Notice } from '@/state/notice';
import { stepText } from '@/text/steps';
import { phone } from './support/fakeTaro';
import { flush, renderHook } from './support/renderHook';

let notices: string[] = [];
let detach = () => undefined as void;
beforeEach(() => {
  phone.reset();
  notices = [];
  detach = attachNoticeListener((notice: Notice | null) => {
    if (notice) notices.push(notice.text);
  });
});
afterEach(() => detach());

describe('useStepKey', () => {
  function keyOn(record: object) {
    const reload = jest.fn();
    const page = renderHook(({ shown }: { shown: object }) => useStepKey('op', shown, reload), { shown: record });
    return { page, reload };
  }

  it('keeps the key after a failure that is not about the key (the resend is the same step)', () => {
    const { page, reload } = keyOn({ version: 1 });
    const first = page.current.current;
    page.run((key) => key.settle({ ok: false, error: new CloudError('NETWORK', '网络不太好') }));
    page.run((key) => key.settle({ ok: false, error: new TypeError('boom') }));
    expect(page.current.current).toBe(first);
    expect(reload).not.toHaveBeenCalled();
  });

  it('starts a new key after a step went through, without reading the record again', () => {
    const { page, reload } = keyOn({ version: 1 });
    const first = page.current.current;
    page.run((key) => key.settle({ ok: true }));
    expect(page.current.current).not.toBe(first);
    expect(reload).not.toHaveBeenCalled();
  });

  // KEY_REUSED is told here; a lost race (CONFLICT) is worded by the caller.
  it.each<[CloudErrorCode, string[]]>([
    ['KEY_REUSED', [stepText.keyReused]],
    ['CONFLICT', []],
  ])('after %s: a new key, the record read again, and the key’s own notice only for KEY_REUSED', (code, told) => {
    const { page, reload } = keyOn({ version: 1 });
    const first = page.current.current;
    page.run((key) => key.settle({ ok: false, error: new CloudError(code, '没有办理') }));
    expect(page.current.current).not.toBe(first);
    expect(reload).toHaveBeenCalledTimes(1);
    expect(notices).toEqual(told);
  });

  it('starts a new key whenever the record is read again, and only then', () => {
    const record = { version: 1 };
    const { page } = keyOn(record);
    const first = page.current.current;
    page.rerender({ shown: record });
    expect(page.current.current).toBe(first);
    page.rerender({ shown: { version: 2 } });
    expect(page.current.current).not.toBe(first);
  });
});

describe('代办件 steps (useProxyCase)', () => {
  const atVersion = (version: number) =>
    ({
      id: 'pc-1',
      version,
      stage: 'receive',
      agentName: '汪德华',
      canAct: true,
      canReassign: false,
      timeline: [],
    }) as unknown as ProxyCaseDto;

  async function settle(): Promise<void> {
    for (let i = 0; i < 10; i += 1) await flush();
  }

  it('after KEY_REUSED the case is read again and the next step goes under a new key', async () => {
    phone.pageParams = { id: 'pc-1' };
    let reads = 0;
    let refuse = true;
    phone.cloud = (call) => {
      if (call.action === 'caseDetail') return { ok: true, data: atVersion((reads += 1)) };
      if (refuse) return { ok: false, code: 'KEY_REUSED', message: '编号重复' };
      return { ok: true, data: atVersion(9) };
    };
    const page = renderHook(() => useProxyCase());
    await settle();
    page.run((state) => void state.act('receive', {} as never));
    await settle();
    expect(reads).toBe(2);
    expect(notices).toContain(stepText.keyReused);
    refuse = false;
    page.run((state) => void state.act('receive', {} as never));
    await settle();
    const [refused, taken] = phone.callsOf('receive');
    expect(taken.payload.opId).not.toBe(refused.payload.opId);
    expect(taken.payload.version).toBe(2);
    expect(page.current.shown?.version).toBe(9);
    page.unmount();
  });

  it('a resend after a lost answer keeps the key (the server takes the step once)', async () => {
    phone.pageParams = { id: 'pc-1' };
    phone.cloud = (call) => (call.action === 'caseDetail' ? { ok: true, data: atVersion(1) } : { ok: true, data: atVersion(2) });
    const page = renderHook(() => useProxyCase());
    await settle();
    phone.loseAnswers = true;
    page.run((state) => void state.act('receive', {} as never));
    await settle();
    phone.loseAnswers = false;
    page.run((state) => void state.act('receive', {} as never));
    await settle();
    const keys = phone.callsOf('receive').map((call) => call.payload.opId);
    expect(keys.length).toBeGreaterThanOrEqual(2);
    expect(new Set(keys).size).toBe(1);
    expect(page.current.shown?.version).toBe(2);
    page.unmount();
  });
});
