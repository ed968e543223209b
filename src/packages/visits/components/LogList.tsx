import { View } from '@tarojs/components';
import type { RecordLogDto } from '@contract';
import { formatDateTime } from '@/utils/time';

/** A record's history (档案记录), oldest first, as it was appended. */
export default function LogList({ entries }: { entries: readonly RecordLogDto[] }) {
  return (
    <View className="gt-visits__card gt-log-list">
      {entries.map((entry, index) => (
        <View key={`${entry.at}-${index}`} className="gt-visits__line">
          {formatDateTime(entry.at)} {entry.by}：{entry.what}
        </View>
      ))}
    </View>
  );
}
