// react-dom 18 ships no types and @types/react-dom is not a dependency: the one entry the tests use.
declare module 'react-dom/client' {
  import type { ReactNode } from 'react';

  export interface Root {
    render(children: ReactNode): void;
    unmount(): void;
  }

  export function createRoot(container: Element): Root;
}
