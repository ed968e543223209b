import { View } from '@tarojs/components';
import type { VisitTagDto } from '@contract';

/** A household's tags by name (ids the county's list no longer has are shown as they are). */
export default function TagNames({ ids, tags }: { ids: readonly string[]; tags: readonly VisitTagDto[] }) {
  if (ids.length === 0) return null;
  return (
    <View className="gt-visits__tags">
      {ids.map((id) => (
        <View key={id} className="gt-visits__tag">
          {tags.find((t) => t.id === id)?.name ?? id}
        </View>
      ))}
    </View>
  );
}
