/**
 * 待改派的代办件 (src/packages/proxy/stuck/useStuckCases.ts): the first page
 * on opening, the next one after the cursor the last gave (each case once),
 * a failure kept with the rows already shown, and a row opening the case
 * page where 改派 is.
 */
import type { StuckCaseDto, StuckCasesDto } from '@contract';
import { lateLines } from '@/packages/proxy/stuck/lateLines';
import { useStuckCases } from '@/packages/proxy/stuck/useStuckCases';
import { phone } from './support/fakeTaro';
import { flush, renderHook } from './support/renderHook';

const row = (id: string, reasons: StuckCaseDto['reasons']): StuckCaseDto => ({
  id,
  code: `DB-${id}`,
  itemName: '身份证办理',
  residentName: '王秀英',
  agentName: '郭长林',
  stage: 'receive',
  deadline: '2026-12-01T01:00:00.000Z',
  overdue: reasons.includes('overdue'),
  rated: false,
  updatedAt: '2026-11-30T01:00:00.000Z',
  reasons,
  overdueDays: reasons.includes('overdue') ? 2 : 0,
  reassignedLate: false,
});
const FIRST: StuckCasesDto = {
  items: [row('pc-1', ['overdue']), row('pc-2', ['leftGrid'])],
  total: 3,
  next: { at: '2026-12-01T01:00:00.000Z', id: 'pc-2' },
};
// The second page repeats the last row (a case moved meanwhile): it is shown once.
const SECOND: StuckCasesDto = { items: [row('pc-2', ['leftGrid']), row('pc-3', ['notAgent'])], total: 3, next: null };

async function settle(): Promise<void> {
  for (let i = 0; i < 10; i += 1) await flush();
}

beforeEach(() => {
  phone.reset();
  phone.cloud = (call) => {
    if (call.action !== 'stuckCases') return { ok: false, code: 'INTERNAL', message: '' };
    const after = (call.payload as { after?: unknown }).after;
    return { ok: true, data: after ? SECOND : FIRST };
  };
});

it('loads the first page, then the next after the cursor, each case once, with the total', async () => {
  const shown = renderHook(() => useStuckCases());
  await settle();
  expect(phone.callsOf('stuckCases').map((call) => call.payload)).toEqual([{}]);
  expect(shown.current.list.items.map((item) => item.id)).toEqual(['pc-1', 'pc-2']);
  expect(shown.current.list).toMatchObject({ total: 3, hasMore: true });
  shown.run((state) => state.list.loadMore());
  await settle();
  expect(phone.callsOf('stuckCases')[1].payload).toEqual({ after: FIRST.next });
  expect(shown.current.list.items.map((item) => [item.id, item.reasons])).toEqual([
    ['pc-1', ['overdue']],
    ['pc-2', ['leftGrid']],
    ['pc-3', ['notAgent']],
  ]);
  expect(shown.current.list.hasMore).toBe(false);
  shown.unmount();
});

it('keeps the rows shown when the next page fails, and opens a case on its page', async () => {
  const shown = renderHook(() => useStuckCases());
  await settle();
  phone.online = false;
  shown.run((state) => state.list.loadMore());
  await settle();
  expect(shown.current.list.items).toHaveLength(2);
  expect(shown.current.list.moreError?.message).toMatch(/[\u4e00-\u9fa5]/);
  phone.online = true;
  shown.run((state) => state.open('pc-2'));
  await settle();
  expect(phone.navigations).toEqual(['/packages/proxy/case/index?id=pc-2']);
  shown.unmount();
});

describe('how late a card says a case is (lateLines)', () => {
  it('says the days past its limit, and to whom it was already handed on late, so it is not handed on again blindly', () => {
    expect(lateLines({ overdueDays: 3, reassignedLate: true, agentName: '周义青' })).toEqual([
      '已超期3天',
      expect.stringContaining('已改派给周义青'),
    ]);
    expect(lateLines({ overdueDays: 1, reassignedLate: false, agentName: '周义青' })).toEqual(['已超期1天']);
    expect(lateLines({ overdueDays: 0, reassignedLate: false, agentName: '周义青' })).toEqual([]);
  });
});
