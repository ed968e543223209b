import type { PendingFiling } from '@/state/requestOutbox';
import { phone, type CloudCall } from './fakeTaro';

/** The requests function as the server plays it: one request per key, a repeat answered with the same one. */
/** A refusal as the server words it: a message, or the whole envelope (a code, field hints). */
export type Refusal = string | { code: string; message: string; fields?: Array<{ path: string; message: string }> };

export function requestsFunction(refuse: (call: CloudCall) => Refusal | null = () => null) {
  const filed = new Map<string, { id: string; text: unknown; photos: unknown }>();
  phone.cloud = (call) => {
    if (call.name !== 'requests' || (call.action !== 'submit' && call.action !== 'fileOnBehalf')) {
      return { ok: false, code: 'NOT_FOUND', message: '没有这个操作' };
    }
    const reason = refuse(call);
    if (typeof reason === 'string') return { ok: false, code: 'INVALID_INPUT', message: reason };
    if (reason) return { ok: false, ...reason };
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
