import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import Button from '@/components/Button';
import type { CloudError } from '@/services';
import { commonText } from '@/text/common';
import './index.scss';

interface LoadStateProps {
  loading: boolean;
  error: CloudError | null;
  onRetry: () => void;
  /** Shown once data is there (also while a reload runs in the background). */
  children?: ReactNode;
  hasData: boolean;
  /** Extra actions under the error, e.g. a link to another page. */
  errorExtra?: ReactNode;
}

/** Loading and error states of a page, with a big retry button. */
export default function LoadState({ loading, error, onRetry, children, hasData, errorExtra }: LoadStateProps) {
  if (error) {
    return (
      <View className="gt-load-state gt-load-state--error">
        <View className="gt-load-state__message">{error.message}</View>
        <View className="gt-load-state__action">
          <Button type="primary" onClick={onRetry}>
            {commonText.retry}
          </Button>
        </View>
        {errorExtra}
      </View>
    );
  }
  if (loading && !hasData) {
    return (
      <View className="gt-load-state gt-load-state--loading">
        {/* A ring of its own, not taro-ui's AtActivityIndicator: every first screen shows this, and the main package stays small. */}
        <View className="gt-load-state__spinner" />
        <View className="gt-load-state__loading">{commonText.loading}</View>
      </View>
    );
  }
  return <>{children}</>;
}
