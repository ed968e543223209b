import { Text, View } from '@tarojs/components';
import type { TimelineEntryDto } from '@contract';
import PhotoStrip from '@/components/PhotoStrip';
import { requestsText } from '@/text/requests';
import { cx } from '@/utils/cx';
import { formatDateTime } from '@/utils/time';
import './index.scss';

/** 办理经过: every step in plain words, newest at the bottom, as the ledger keeps them. */
export default function RequestTimeline({ entries }: { entries: TimelineEntryDto[] }) {
  return (
    <View className="gt-timeline">
      {entries.map((entry, index) => (
        <View key={entry.id} className={cx('gt-timeline__entry', index === entries.length - 1 && 'gt-timeline__entry--last')}>
          <View className="gt-timeline__dot" />
          <View className="gt-timeline__body">
            <View className="gt-timeline__head">
              <Text className="gt-timeline__actor">{entry.actor}</Text>
              <Text className="gt-timeline__time">{formatDateTime(entry.at)}</Text>
              {entry.internal && <Text className="gt-timeline__tag">{requestsText.detail.internal}</Text>}
            </View>
            <View className="gt-timeline__what">{entry.what}</View>
            {entry.note && <View className="gt-timeline__note">{entry.note}</View>}
            <PhotoStrip photos={entry.photos} />
          </View>
        </View>
      ))}
    </View>
  );
}
