import { View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import Button from '@/components/Button';
import { visitOutbox } from '@/state/visitOutbox';
import { visitsText as t } from '@/text/visits';
import { formatDateTime } from '@/utils/time';

/** Diary entries still on the phone: waiting for the network, or refused with the server's words. */
export default function PendingVisits({ onSent }: { onSent: () => void }) {
  const [items, setItems] = useState(visitOutbox.items());
  useEffect(() => visitOutbox.subscribe(() => setItems(visitOutbox.items())), []);
  const count = items.length;
  useEffect(() => {
    if (count === 0) onSent();
  }, [count, onSent]);
  if (count === 0) return null;
  return (
    <View className="gt-visits__card gt-pending-visits">
      <View className="gt-visits__title">{t.home.waiting}</View>
      <View className="gt-visits__line">{t.home.waitingHint}</View>
      {items.map((item) => (
        <View key={item.key} className="gt-visits__sub gt-pending-visits__item">
          <View className="gt-visits__text gt-pending-visits__label">{item.label}</View>
          <View className="gt-visits__line">{formatDateTime(new Date(item.createdAt).toISOString())}</View>
          {item.status === 'failed' && (
            <View>
              <View className="gt-visits__alert">
                {t.home.failed}
                {item.error}
              </View>
              <Button size="small" onClick={() => void visitOutbox.retry(item.key)}>
                {t.home.retry}
              </Button>
              <Button size="small" onClick={() => visitOutbox.discard(item.key)}>
                {t.home.discard}
              </Button>
            </View>
          )}
        </View>
      ))}
    </View>
  );
}
