import { Text, View } from '@tarojs/components';
import { discardRequest, retryRequest, type PendingRequest } from '@/state/requestOutbox';
import { requestListText } from '@/text/requestList';
import { confirm } from '@/utils/confirm';

const t = requestListText;

/** 等待发送: filings still on the phone (sent when the network returns), and those refused, to send again or delete. */
export default function PendingFilings({ pending }: { pending: PendingRequest[] }) {
  if (pending.length === 0) return null;
  const discard = async (clientKey: string) => {
    if (await confirm(t.confirmDiscard)) discardRequest(clientKey);
  };
  return (
    <View className="gt-request-list__pending">
      <View className="gt-request-list__pending-title">{t.pendingTitle}</View>
      <View className="gt-request-list__pending-hint">{t.pendingHint}</View>
      {pending.map((item) => (
        <View key={item.clientKey} className="gt-request-list__pending-item">
          <View className="gt-request-list__pending-text">
            {item.categoryName}：{item.payload.text}
          </View>
          {item.error && (
            <View className="gt-request-list__pending-error">
              {t.failed}
              {item.error}
            </View>
          )}
          <View className="gt-request-list__pending-actions">
            <Text className="gt-request-list__link" onClick={() => void retryRequest(item.clientKey)}>
              {t.retry}
            </Text>
            <Text className="gt-request-list__link gt-request-list__link--danger" onClick={() => void discard(item.clientKey)}>
              {t.discard}
            </Text>
          </View>
        </View>
      ))}
    </View>
  );
}
