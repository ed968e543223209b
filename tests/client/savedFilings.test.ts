/**
 * The card a filing form shows after 提交 without a network
 * (src/packages/requests/saved/useSavedFilings.ts): it follows the outbox —
 * waiting, then 已发送 with the request it became, the moment the outbox
 * sends it — and 删除 asks first, then takes the filing out so it is never
 * sent. The outbox, the services and callCloud are the shipped code; the
 * phone is fake (support/fakeTaro.ts).
 */
import { act } from 'react';
import { useSavedFilings } from '@/packages/requests/saved/useSavedFilings';
import { fileRequest } from '@/state/requestFiling';
import { pendingRequests, startOutboxSync, type PendingFiling } from '@/state/requestOutbox';
import { phone } from './support/fakeTaro';
import { flush, renderHook } from './support/renderHook';
import { filing, requestsFunction } from './support/requestsFunction';

/** Lets the outbox's round trips finish and React show them. */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i += 1) await flush();
}

/** Runs what changes the outbox while a page shows it, as an event would (inside act). */
async function asEvent<T>(work: () => Promise<T>): Promise<T> {
  let result: T | undefined;
  await act(async () => {
    result = await work();
  });
  return result as T;
}

function proxyFiling(clientKey: string, text: string): PendingFiling {
  return {
    kind: 'fileOnBehalf',
    payload: {
      clientKey,
      gridId: 'g-hubin-1',
      categoryId: 'environment',
      text,
      publicName: false,
      residentName: '汪桂花',
      household: '汪屋组12号',
      residentPhone: '13800000001',
    },
  };
}

beforeEach(() => {
  phone.reset();
  // The outbox module lives on between tests: each leaves it empty.
  expect(pendingRequests()).toEqual([]);
  startOutboxSync();
});

it('shows a filing saved offline as waiting, then as sent with its request once the outbox sends it', async () => {
  requestsFunction();
  phone.online = false;
  const page = renderHook(() => useSavedFilings('submit'));
  expect(page.current.cards).toEqual([]);
  expect(await asEvent(() => fileRequest(filing('key-card-0001', '路灯坏了三天'), ['wxfile://a.jpg'], '环境卫生'))).toBeNull();
  page.run((saved) => saved.track('key-card-0001'));
  expect(page.current.cards).toEqual([
    { state: 'waiting', filing: expect.objectContaining({ clientKey: 'key-card-0001', categoryName: '环境卫生' }) as unknown },
  ]);

  act(() => phone.reconnect());
  await settle();
  expect(page.current.cards).toEqual([
    { state: 'sent', requestId: 'r-1', filing: expect.objectContaining({ clientKey: 'key-card-0001' }) as unknown },
  ]);
  page.run((saved) => saved.openRequest('r-1'));
  await settle();
  expect(phone.navigations).toEqual(['/packages/requests/detail/index?id=r-1']);
  page.unmount();
});

it('deletes a saved filing only after the person says yes, and then it is never sent', async () => {
  const filed = requestsFunction();
  phone.online = false;
  const page = renderHook(() => useSavedFilings('submit'));
  await asEvent(() => fileRequest(filing('key-card-0002', '写错了'), [], '环境卫生'));
  page.run((saved) => saved.track('key-card-0002'));

  phone.confirms = false;
  await asEvent(() => page.current.remove('key-card-0002'));
  await settle();
  expect(phone.dialogs).toHaveLength(1);
  expect(page.current.cards.map((card) => card.state)).toEqual(['waiting']);

  phone.confirms = true;
  await asEvent(() => page.current.remove('key-card-0002'));
  await settle();
  expect(page.current.cards).toEqual([]);
  expect(pendingRequests()).toEqual([]);

  act(() => phone.reconnect());
  await settle();
  expect(phone.callsOf('submit')).toHaveLength(0);
  expect(filed.size).toBe(0);
  page.unmount();
});

it('shows, on a form opened again, what still waits of its own kind only', async () => {
  requestsFunction();
  phone.online = false;
  await fileRequest(proxyFiling('key-card-0003', '代办的那件'), [], '环境卫生');
  const proxyPage = renderHook(() => useSavedFilings('fileOnBehalf'));
  const residentPage = renderHook(() => useSavedFilings('submit'));
  expect(proxyPage.current.cards.map((card) => [card.state, card.filing.clientKey])).toEqual([['waiting', 'key-card-0003']]);
  expect(residentPage.current.cards).toEqual([]);

  act(() => phone.reconnect());
  await settle();
  expect(proxyPage.current.cards.map((card) => card.state)).toEqual(['sent']);
  proxyPage.unmount();
  residentPage.unmount();
});
