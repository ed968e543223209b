/**
 * The call button on a request's page after a step
 * (src/packages/requests/detail/holderPhone.ts): a step's answer carries no
 * holder's number, so the same holder keeps the one on screen and a new
 * holder makes the page read the request again — the button never
 * disappears until a manual reload.
 */
import type { RequestDetailDto } from '@contract';
import { afterStep } from '@/packages/requests/detail/holderPhone';

const holder = (name: string) => ({ name, title: '网格员', level: 'grid' as const, place: '湖滨村一组' });

function request(fields: Partial<RequestDetailDto>): RequestDetailDto {
  return { id: 'r-1', handler: holder('汪德华'), handlerPhone: null, state: 'accepted', ...fields } as RequestDetailDto;
}

it('keeps the number on screen when the same person still holds it', () => {
  const before = request({ handlerPhone: '13800000001' });
  const after = afterStep(before, request({ state: 'suspended' }));
  expect(after).toEqual({
    request: expect.objectContaining({ state: 'suspended', handlerPhone: '13800000001' }) as unknown,
    reload: false,
  });
});

it('reads the request again when someone else holds it now', () => {
  const before = request({ handlerPhone: '13800000001' });
  const escalated = request({ state: 'escalated', handler: { ...holder('周村长'), level: 'village', place: '湖滨村' } });
  expect(afterStep(before, escalated)).toEqual({ request: escalated, reload: true });
});

it('takes the answer as it is when it has a number, or nobody holds it (the duty queue)', () => {
  const withPhone = request({ handlerPhone: '13900000002' });
  expect(afterStep(request({ handlerPhone: '13800000001' }), withPhone)).toEqual({ request: withPhone, reload: false });
  const queued = request({ handler: null, state: 'escalated' });
  expect(afterStep(request({ handlerPhone: '13800000001' }), queued)).toEqual({ request: queued, reload: false });
});

it('drops the number once the request is closed or rejected', () => {
  const closed = request({ state: 'closed' });
  expect(afterStep(request({ handlerPhone: '13800000001' }), closed)).toEqual({ request: closed, reload: false });
});
