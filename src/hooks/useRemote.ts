import { useCallback, useEffect, useRef, useState } from 'react';
import { CloudError, isCloudError } from '@/services';
import { commonText } from '@/text/common';

export interface RemoteState<T> {
  /** True while a load is running (also during a reload with data on screen). */
  loading: boolean;
  data: T | null;
  error: CloudError | null;
  /** Runs the loader again; safe to call from a retry button or onShow. */
  reload: () => void;
}

/**
 * Loads data for a page and keeps loading/error/data together.
 * Stale answers (an older call finishing after a newer one) are ignored.
 */
export function useRemote<T>(loader: () => Promise<T>, options: { auto?: boolean } = {}): RemoteState<T> {
  const { auto = true } = options;
  const [loading, setLoading] = useState(auto);
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<CloudError | null>(null);
  const loaderRef = useRef(loader);
  loaderRef.current = loader;
  const seq = useRef(0);
  const mounted = useRef(true);

  const reload = useCallback(() => {
    const id = (seq.current += 1);
    setLoading(true);
    setError(null);
    loaderRef.current().then(
      (value) => {
        if (!mounted.current || id !== seq.current) return;
        setData(value);
        setLoading(false);
      },
      (err: unknown) => {
        if (!mounted.current || id !== seq.current) return;
        setError(isCloudError(err) ? err : new CloudError('INTERNAL', commonText.unknownError));
        setLoading(false);
      },
    );
  }, []);

  useEffect(() => {
    mounted.current = true;
    if (auto) reload();
    return () => {
      mounted.current = false;
    };
  }, [auto, reload]);

  return { loading, data, error, reload };
}
