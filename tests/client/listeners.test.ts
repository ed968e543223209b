/**
 * The listener set behind the tab on screen, 长辈模式 and the outboxes
 * (src/state/listeners.ts).
 */
import { createListeners } from '@/state/listeners';

it('calls each subscribed listener once per change, and no longer after it unsubscribes', () => {
  const { subscribe, notify } = createListeners();
  const calls: string[] = [];
  const stopA = subscribe(() => calls.push('a'));
  subscribe(() => calls.push('b'));
  notify();
  stopA();
  notify();
  expect(calls).toEqual(['a', 'b', 'b']);
});

it('is bound: subscribe passed on by itself (as useSyncExternalStore takes it) still works', () => {
  const listeners = createListeners();
  const subscribe = listeners.subscribe;
  const seen = jest.fn();
  const stop = subscribe(seen);
  listeners.notify();
  stop();
  listeners.notify();
  expect(seen).toHaveBeenCalledTimes(1);
});

it('keeps two sets apart', () => {
  const first = createListeners();
  const second = createListeners();
  const seen = jest.fn();
  first.subscribe(seen);
  second.notify();
  expect(seen).not.toHaveBeenCalled();
});

it('a listener that subscribes another during a change does not call it in that change, and cannot loop', () => {
  const { subscribe, notify } = createListeners();
  let added = 0;
  // A component that, on every change, mounts a new one subscribing with a fresh function.
  const mountAnother = (): void => {
    added += 1;
    subscribe(mountAnother.bind(null));
  };
  subscribe(mountAnother);
  notify();
  expect(added).toBe(1);
  notify();
  expect(added).toBe(3);
});

it('a listener removed by an earlier one during a change is not called', () => {
  const { subscribe, notify } = createListeners();
  const late = jest.fn();
  let stopLate: () => void = () => undefined;
  subscribe(() => stopLate());
  stopLate = subscribe(late);
  notify();
  expect(late).not.toHaveBeenCalled();
});
