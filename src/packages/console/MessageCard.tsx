import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { MessageSummaryDto } from '@contract';
import { formatDateTime } from '@/utils/time';
import { messagesText } from '@/text/messages';

const t = messagesText;

/** One message in a list; a tap opens the thread (staff open it, which may make them its owner). */
export default function MessageCard({ message, staff = false }: { message: MessageSummaryDto; staff?: boolean }) {
  const go = () => Taro.navigateTo({ url: `/packages/console/message-detail/index?id=${message.id}${staff ? '&staff=1' : ''}` });
  return (
    <View className="gt-cs__card" onClick={go}>
      <View className="gt-cs__title">{message.statusLabel}</View>
      <View className="gt-cs__text">{message.excerpt}</View>
      <View className="gt-cs__line">
        {message.place} · {formatDateTime(message.updatedAt)}
        {message.residentName ? ` · ${message.residentName}` : ''}
      </View>
      {staff && <View className="gt-cs__line">{message.ownerName ? t.owner(message.ownerName) : t.noOwner}</View>}
      {message.overdue && <View className="gt-cs__alert">{t.overdue}</View>}
    </View>
  );
}
