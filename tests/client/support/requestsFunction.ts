import type { PendingFiling } from '@/state/requestOutbox';
import { phone, type CloudCall } from './fakeTaro';

/** The requests function as the server plays it: one request per key, a repeat answered with the same one. */
export function requestsFunction(refuse: (call: CloudCall) => string | null = () => null) {
  const filed = new Map<string, { id: string; text: unknown; photos: unknown }>();
  phone.cloud = (call) => {
    if (call.name !== 'requests' || (call.action !== 'submit' && call.action !== 'fileOnBehalf')) {
      return { ok: false, code: 'NOT_FOUND', message: '没有这个操作' };
    }
    const reason = refuse(call);
    if (reason) return { ok: false, code: 'INVALID_INPUT', message: reason };
    const key = String(call.payload.clientKey);
    const known = filed.get(key);
    if (known) return { ok: true, data: { request: known, replayed: true } };
    const request = { id: `r-${filed.size + 1}`, text: call.payload.text, photos: call.payload.photos };
    filed.set(key, request);
    return { ok: true, data: { request, replayed: false } };
  };
  return filed;
}

export function filing(clientKey: string, text: string): PendingFiling {
  return {
    kind: 'submit',
    payload: { clientKey, gridId: 'g-hubin-1', categoryId: 'environment', text, publicName: false },
  };
}
