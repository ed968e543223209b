/**
 * 不予受理 and 更改类别 on a weak network (src/packages/requests/detail/useStepPanel.ts):
 * when the originals a request may duplicate, or the categories, do not
 * load, the panel holds the failure with Chinese words and a way to load
 * again (shown by LoadState with 重试), never an empty list that would say
 * there is no original or no category.
 */
import type { RequestDetailDto } from '@contract';
import { useStepPanel } from '@/packages/requests/detail/useStepPanel';
import { phone } from './support/fakeTaro';
import { flush, renderHook } from './support/renderHook';

const request = { id: 'r-2', gridId: 'g-1', categoryId: 'c-road' } as RequestDetailDto;
const similar = (id: string) => ({
  id,
  code: `WG-${id}`,
  excerpt: '路灯坏了',
  stateLabel: '处理中',
  createdAt: '2026-12-01T00:00:00.000Z',
  followers: 0,
  following: false,
  own: false,
});
const category = (id: string) => ({ id, name: id, icon: 'map-pin', timeLimitDays: 5, questions: [] });

async function settle(): Promise<void> {
  for (let i = 0; i < 10; i += 1) await flush();
}

beforeEach(() => {
  phone.reset();
  phone.cloud = (call) => {
    if (call.action === 'similar') return { ok: true, data: { items: [similar('r-1'), similar('r-2')] } };
    if (call.action === 'formOptions') return { ok: true, data: { categories: [category('c-road'), category('c-water')] } };
    return { ok: false, code: 'INTERNAL', message: '' };
  };
});

type Page = ReturnType<typeof renderHook<ReturnType<typeof useStepPanel>>>;
type Load = 'originalsLoad' | 'categoriesLoad';

/** Opens a panel offline: its list is an error in Chinese, with no data; then online, `retry` loads it. */
async function failsThenLoads(load: Load, start: (page: Page) => void, retry: (page: Page) => void): Promise<Page> {
  const page = renderHook(() => useStepPanel(request));
  phone.online = false;
  start(page);
  await settle();
  expect(page.current[load].error?.message).toMatch(/[\u4e00-\u9fa5]/);
  expect(page.current[load].data).toBeNull();
  phone.online = true;
  retry(page);
  await settle();
  expect(page.current[load].error).toBeNull();
  return page;
}

it('不予受理: a failed load of the originals is an error to retry, not "no original"', async () => {
  const page = await failsThenLoads(
    'originalsLoad',
    (p) => p.run((state) => state.open('reject')),
    (p) => p.run((state) => state.originalsLoad.reload()),
  );
  // The request itself is not offered as its own original.
  expect(page.current.originals.map((item) => item.id)).toEqual(['r-1']);
  page.unmount();
});

it('更改类别: a failed load of the categories is an error to retry; once loaded they are not asked for again', async () => {
  const openIt = (p: Page) => p.run((state) => state.open('recategorize'));
  const page = await failsThenLoads('categoriesLoad', openIt, openIt);
  expect(page.current.categories.map((c) => c.id)).toEqual(['c-road', 'c-water']);
  openIt(page);
  await settle();
  expect(phone.callsOf('formOptions')).toHaveLength(1);
  page.unmount();
});
