import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import LoadState from '@/components/LoadState';
import type { CloudError } from '@/services';
import { visitsText as t } from '@/text/visits';

interface LoadedProps {
  loading: boolean;
  error: CloudError | null;
  onRetry: () => void;
  hasData: boolean;
  children?: ReactNode;
}

/**
 * LoadState for pages a cadre opens at a door with no signal: once a page
 * has something to show, a failed reload keeps it on screen with a line
 * saying so, instead of replacing it with the error.
 */
export default function Loaded({ loading, error, onRetry, hasData, children }: LoadedProps) {
  return (
    <LoadState loading={loading} error={hasData ? null : error} onRetry={onRetry} hasData={hasData}>
      {hasData && error && (
        <View className="gt-visits__alert gt-visits__stale" onClick={onRetry}>
          {t.stale}
        </View>
      )}
      {children}
    </LoadState>
  );
}
