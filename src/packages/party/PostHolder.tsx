import { Text, View } from '@tarojs/components';
import type { HolderDto } from '@contract';
import { partyText } from '@/text/party';
import { cx } from '@/utils/cx';

/** A member holding a post: name, masked phone, and the commitment they made public. */
export default function PostHolder({ holder, className }: { holder: HolderDto; className?: string }) {
  return (
    <View className={cx('gt-party__item', className)}>
      <Text className="gt-party__text">
        {holder.name} {holder.maskedPhone}
      </Text>
      <View className="gt-party__meta">
        {partyText.record.commitment}
        {holder.commitment}
      </View>
    </View>
  );
}
