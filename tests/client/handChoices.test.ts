/**
 * 交办部门 and 改派 on a weak network (src/packages/requests/detail/useHandChoice.ts):
 * when who the request can go to does not load, the page says so and offers
 * to load again; it never shows "这里还没有可以交办的部门" as if nobody were there.
 */
import type { HandOptionsDto, RequestDetailDto } from '@contract';
import { useHandChoice } from '@/packages/requests/detail/useHandChoice';
import { phone } from './support/fakeTaro';
import { flush, renderHook } from './support/renderHook';

const options: HandOptionsDto = {
  people: [],
  departments: [{ id: 'dep-county-minzheng', name: '县民政局', level: 'county', takesCategory: true }],
  defaultWorkdays: 3,
  maxWorkdays: 60,
};

async function settle(): Promise<void> {
  for (let i = 0; i < 10; i += 1) await flush();
}

beforeEach(() => {
  phone.reset();
  phone.cloud = (call) => (call.action === 'handOptions' ? { ok: true, data: options } : { ok: false, code: 'INTERNAL', message: '' });
});

it('keeps a failure to load apart from an empty list, and loads again when asked', async () => {
  const page = renderHook(() => useHandChoice({ id: 'r-1' } as RequestDetailDto, () => undefined));
  phone.online = false;
  page.run((state) => state.loadHandOptions());
  await settle();
  expect(page.current.handOptions).toBeNull();
  expect(page.current.handOptionsError).toMatch(/[\u4e00-\u9fa5]/);

  phone.online = true;
  page.run((state) => state.loadHandOptions());
  await settle();
  expect(page.current.handOptionsError).toBeNull();
  expect(page.current.handOptions?.departments.map((d) => d.name)).toEqual(['县民政局']);
  expect(page.current.workdays).toBe(3);
  page.unmount();
});
