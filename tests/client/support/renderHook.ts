import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';

/** What a hook returned at its latest render, and ways to drive it. */
export interface RenderedHook<T, P> {
  readonly current: T;
  /** How many times the component rendered. */
  readonly renders: number;
  /** Calls something the hook returned (a reload, a tap handler) as an event would: inside act(). */
  run(action: (current: T) => void): void;
  /** Renders again with new props, as a parent would. */
  rerender(props: P): void;
  unmount(): void;
}

/** Renders `hook` inside a component in jsdom, as a page would call it. */
export function renderHook<T, P = undefined>(hook: (props: P) => T, initialProps?: P): RenderedHook<T, P> {
  let current: T | undefined;
  let renders = 0;
  function Probe({ props }: { props: P }) {
    current = hook(props);
    renders += 1;
    return null;
  }
  const root: Root = createRoot(document.createElement('div'));
  const render = (props: P) => act(() => root.render(createElement(Probe, { props })));
  render(initialProps as P);
  return {
    get current() {
      return current as T;
    },
    get renders() {
      return renders;
    },
    run: (action) => act(() => action(current as T)),
    rerender: render,
    unmount: () => act(() => root.unmount()),
  };
}

/** Lets promises settle and React apply the state they set. */
export async function flush(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}
