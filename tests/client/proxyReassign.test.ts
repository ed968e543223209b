/**
 * 改派 on the 代办件 page (src/packages/proxy/case/useReassign.ts with
 * useProxyCase): the button loads who may take the case over, a failure is
 * kept apart from "nobody" with a way to load again; 确认改派 without a
 * person or a reason marks the fields and sends nothing; a full form sends
 * proxy.reassign on the version on screen under one key, and the page
 * shows the case as answered (the new agent).
 */
import type { ProxyCaseDto } from '@contract';
import { useProxyCase } from '@/packages/proxy/case/useProxyCase';
import { useReassign } from '@/packages/proxy/case/useReassign';
import { phone } from './support/fakeTaro';
import { flush, renderHook } from './support/renderHook';

const stuck = {
  id: 'pc-1',
  version: 4,
  stage: 'receive',
  agentName: '汪德华',
  canAct: false,
  canReassign: true,
  timeline: [],
} as unknown as ProxyCaseDto;
const people = [{ id: 'u-zhou', name: '周义青', title: '网格员' }];

async function settle(): Promise<void> {
  for (let i = 0; i < 10; i += 1) await flush();
}

function page() {
  return renderHook(() => {
    const proxyCase = useProxyCase();
    const panel = useReassign({ proxyCase: proxyCase.shown ?? stuck, act: proxyCase.act });
    return { proxyCase, panel };
  });
}

beforeEach(() => {
  phone.reset();
  phone.pageParams = { id: 'pc-1' };
  phone.cloud = (call) => {
    if (call.action === 'caseDetail') return { ok: true, data: stuck };
    if (call.action === 'reassignOptions') return { ok: true, data: { people } };
    if (call.action === 'reassign') return { ok: true, data: { ...stuck, version: 5, agentName: '周义青', canReassign: true } };
    return { ok: false, code: 'INTERNAL', message: '' };
  };
});

it('loads the people only when opened, and keeps a failure apart from nobody', async () => {
  const shown = page();
  await settle();
  expect(phone.callsOf('reassignOptions')).toHaveLength(0);
  phone.online = false;
  shown.run((state) => state.panel.open());
  await settle();
  expect(shown.current.panel.people).toBeNull();
  expect(shown.current.panel.loadError).toMatch(/[\u4e00-\u9fa5]/);
  phone.online = true;
  shown.run((state) => state.panel.load());
  await settle();
  expect(shown.current.panel.loadError).toBeNull();
  expect(shown.current.panel.people).toEqual(people);
  shown.unmount();
});

it('marks a missing person and reason and sends nothing; a full form sends 改派 on the version shown', async () => {
  const shown = page();
  await settle();
  shown.run((state) => state.panel.open());
  await settle();
  shown.run((state) => void state.panel.submit());
  await settle();
  expect(shown.current.panel.form.errors.personId).toMatch(/请选择/);
  expect(shown.current.panel.form.errors.reason).toMatch(/原因/);
  expect(phone.callsOf('reassign')).toHaveLength(0);

  shown.run((state) => state.panel.form.set({ personId: 'u-zhou', reason: '  原代办员已调走 ' }));
  shown.run((state) => void state.panel.submit());
  await settle();
  const [sent] = phone.callsOf('reassign');
  expect(sent.payload).toMatchObject({ caseId: 'pc-1', version: 4, personId: 'u-zhou', reason: '原代办员已调走' });
  expect(sent.payload.opId).toEqual(expect.any(String));
  expect(shown.current.proxyCase.shown?.agentName).toBe('周义青');
  shown.unmount();
});
