/**
 * 设置服务日 (src/packages/servicedays/edit/useServiceDayEditor.ts): an
 * edit is saved on the version the form was opened at. Refused because
 * another staff member saved meanwhile (CONFLICT), the page keeps what was
 * typed, says why, and moves onto the version stored now, so a second
 * 保存 is a decision made knowingly. The phone and the cloud are fake
 * (support/fakeTaro.ts).
 */
import type { ServiceDayDto, ServiceDayListDto } from '@contract';
import { useServiceDayEditor } from '@/packages/servicedays/edit/useServiceDayEditor';
import { attachNoticeListener, type Notice } from '@/state/notice';
import { phone, type CloudCall } from './support/fakeTaro';
import { flush, renderHook } from './support/renderHook';

const township = { id: 't-liangquan', name: '凉泉乡', level: 'township' as const };
const day = (version: number, title: string): ServiceDayDto => ({
  id: 'sd-liangquan-wed',
  version,
  place: township,
  title,
  venue: '凉泉乡为民服务大厅',
  recurrence: { kind: 'weekly', weekdays: [3] },
  startTime: '09:00',
  endTime: '12:00',
  slotMinutes: 30,
  windows: [{ id: 'w1', name: '社保', capacity: 3 }],
  horizonWeeks: 4,
  cancelCutoffMinutes: 120,
  maxActivePerPerson: 1,
  cancelledDates: [],
  extraDates: [],
});
const listOf = (d: ServiceDayDto): ServiceDayListDto => ({ places: [township], serviceDays: [d], sessions: [] });
const CONFLICT_WORDS = '这个服务日刚被别人改过；您填的内容还在，请核对后再保存一次';

async function settle(): Promise<void> {
  for (let i = 0; i < 10; i += 1) await flush();
}

it('refused because someone saved first, keeps what was typed and saves again only on the version now stored', async () => {
  phone.reset();
  let stored = day(1, '便民服务日');
  phone.cloud = (call: CloudCall) => {
    if (call.action === 'listServiceDays') return { ok: true, data: listOf(stored) };
    if (call.payload.expectedVersion !== stored.version) return { ok: false, code: 'CONFLICT', message: CONFLICT_WORDS };
    stored = { ...stored, version: stored.version + 1, title: String(call.payload.title) };
    return { ok: true, data: stored };
  };
  const notices: Notice[] = [];
  const detach = attachNoticeListener((n) => void (n && notices.push(n)));
  const page = renderHook(() => useServiceDayEditor('sd-liangquan-wed'));
  await settle();
  // Another staff member saves while this form is open.
  stored = { ...stored, version: 2, title: '社保集中办理日' };
  page.run((state) => state.set({ title: '周三便民服务日' }));
  page.run((state) => void state.save());
  await settle();
  const saves = () => phone.calls.filter((c) => c.action === 'saveServiceDay').map((c) => c.payload);
  expect(saves()).toEqual([expect.objectContaining({ id: 'sd-liangquan-wed', expectedVersion: 1, title: '周三便民服务日' })]);
  expect(notices.at(-1)).toMatchObject({ text: CONFLICT_WORDS, status: 'error' });
  expect(page.current.form?.title).toBe('周三便民服务日');
  expect(phone.navigations).toEqual([]);

  page.run((state) => void state.save());
  await settle();
  expect(saves()[1]).toMatchObject({ expectedVersion: 2, title: '周三便民服务日' });
  expect(stored).toMatchObject({ version: 3, title: '周三便民服务日' });
  expect(phone.navigations).toEqual(['back']);
  detach();
  page.unmount();
});

it('a new service day is sent without a version', async () => {
  phone.reset();
  phone.cloud = (call: CloudCall) =>
    call.action === 'listServiceDays' ? { ok: true, data: listOf(day(4, '便民服务日')) } : { ok: true, data: day(1, '新服务日') };
  const page = renderHook(() => useServiceDayEditor(undefined));
  await settle();
  page.run((state) => state.set({ title: '新服务日', venue: '太华村便民服务站', windows: [{ name: '代办', capacity: '2' }] }));
  page.run((state) => void state.save());
  await settle();
  const [sent] = phone.calls.filter((c) => c.action === 'saveServiceDay').map((c) => c.payload);
  expect(sent).not.toHaveProperty('expectedVersion');
  expect(sent).not.toHaveProperty('id');
  page.unmount();
});
