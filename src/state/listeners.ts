/**
 * A set of listeners to tell when something kept outside React changes (the
 * tab on screen, 长辈模式, an outbox): `subscribe` has the shape
 * `useSyncExternalStore` wants, `notify` calls each listener once.
 */
export interface Listeners {
  /** Adds `listener`; the function returned removes it. */
  subscribe: (listener: () => void) => () => void;
  /** Calls the listeners subscribed when it starts, except any removed meanwhile. */
  notify: () => void;
}

export function createListeners(): Listeners {
  const listeners = new Set<() => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    notify() {
      // A listener may subscribe another (a component mounting): that one reads the new value
      // when it subscribes, so it is not called now, and the loop cannot run on forever.
      for (const listener of [...listeners]) {
        if (listeners.has(listener)) listener();
      }
    },
  };
}
