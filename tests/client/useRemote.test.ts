/**
 * useRemote (src/hooks/useRemote.ts), the hook every page loads through:
 * loading, data and error kept together, a failure worded for the person,
 * an older answer never overwriting a newer one, a reload using the page's
 * latest loader.
 */
import { CloudError } from '@/services/errors';
import { useRemote } from '@/hooks/useRemote';
import { commonText } from '@/text/common';
import { flush, renderHook } from './support/renderHook';

/** A loader whose answers the test gives, one per call, in any order. */
function controlledLoader<T>() {
  const pending: Array<{ resolve: (value: T) => void; reject: (error: unknown) => void }> = [];
  const loader = jest.fn(
    () =>
      new Promise<T>((resolve, reject) => {
        pending.push({ resolve, reject });
      }),
  );
  return { loader, pending };
}

describe('useRemote', () => {
  it('loads when the page opens: loading, then the data', async () => {
    const { loader, pending } = controlledLoader<string>();
    const page = renderHook(() => useRemote(loader));
    expect(loader).toHaveBeenCalledTimes(1);
    expect(page.current).toEqual(expect.objectContaining({ loading: true, data: null, error: null }));
    pending[0].resolve('第一网格');
    await flush();
    expect(page.current).toEqual(expect.objectContaining({ loading: false, data: '第一网格', error: null }));
  });

  it('keeps the server’s error (code and Chinese message) for the page to show, with no data', async () => {
    const { loader, pending } = controlledLoader<string>();
    const page = renderHook(() => useRemote(loader));
    pending[0].reject(new CloudError('FORBIDDEN', '您没有权限查看这件诉求'));
    await flush();
    expect(page.current.loading).toBe(false);
    expect(page.current.data).toBeNull();
    expect(page.current.error).toBeInstanceOf(CloudError);
    expect(page.current.error).toMatchObject({ code: 'FORBIDDEN', message: '您没有权限查看这件诉求' });
  });

  it('words any other failure for the person (never a stack trace or an English message)', async () => {
    const { loader, pending } = controlledLoader<string>();
    const page = renderHook(() => useRemote(loader));
    pending[0].reject(new TypeError("Cannot read properties of undefined (reading 'items')"));
    await flush();
    expect(page.current.error).toMatchObject({ code: 'INTERNAL', message: commonText.unknownError });
  });

  it('reload clears the error and shows the new data, keeping the old on screen meanwhile', async () => {
    const { loader, pending } = controlledLoader<string>();
    const page = renderHook(() => useRemote(loader));
    pending[0].resolve('旧的');
    await flush();
    page.run((remote) => remote.reload());
    await flush();
    expect(page.current).toEqual(expect.objectContaining({ loading: true, data: '旧的', error: null }));
    pending[1].reject(new CloudError('NETWORK', commonText.networkError));
    await flush();
    expect(page.current).toEqual(expect.objectContaining({ loading: false, data: '旧的' }));
    expect(page.current.error?.code).toBe('NETWORK');
    page.run((remote) => remote.reload());
    await flush();
    expect(page.current.error).toBeNull();
    pending[2].resolve('新的');
    await flush();
    expect(page.current).toEqual(expect.objectContaining({ loading: false, data: '新的', error: null }));
  });

  it('ignores an older answer that arrives after a newer one', async () => {
    const { loader, pending } = controlledLoader<string>();
    const page = renderHook(() => useRemote(loader));
    page.run((remote) => remote.reload());
    await flush();
    expect(loader).toHaveBeenCalledTimes(2);
    pending[1].resolve('新的');
    await flush();
    pending[0].resolve('旧的');
    await flush();
    expect(page.current.data).toBe('新的');
    // A late failure of the older call does not hide the newer data either.
    page.run((remote) => remote.reload());
    await flush();
    pending[2].resolve('最新的');
    await flush();
    pending[0].reject(new CloudError('NETWORK', commonText.networkError));
    await flush();
    expect(page.current).toEqual(expect.objectContaining({ data: '最新的', error: null, loading: false }));
  });

  it('reloads with the loader of the latest render (a page whose parameters changed loads the new thing)', async () => {
    const loads: string[] = [];
    const load = (id: string) => () => {
      loads.push(id);
      return Promise.resolve(`诉求 ${id}`);
    };
    const page = renderHook<ReturnType<typeof useRemote<string>>, string>((id) => useRemote(load(id)), 'r-1');
    await flush();
    page.rerender('r-2');
    page.run((remote) => remote.reload());
    await flush();
    expect(loads).toEqual(['r-1', 'r-2']);
    expect(page.current.data).toBe('诉求 r-2');
  });

  it('with auto off, loads nothing until asked', async () => {
    const { loader, pending } = controlledLoader<number>();
    const page = renderHook(() => useRemote(loader, { auto: false }));
    await flush();
    expect(loader).not.toHaveBeenCalled();
    expect(page.current).toEqual(expect.objectContaining({ loading: false, data: null, error: null }));
    page.run((remote) => remote.reload());
    await flush();
    expect(page.current.loading).toBe(true);
    pending[0].resolve(7);
    await flush();
    expect(page.current.data).toBe(7);
  });
});
