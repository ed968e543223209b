import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import Button from '@/components/Button';
import type { MessageDetailDto } from '@contract';
import PhotoStrip from '@/components/PhotoStrip';
import { messagesText } from '@/text/messages';
import { formatDateTime } from '@/utils/time';

const t = messagesText;

/** The thread: where it is, who wrote, who owns it (for staff), every post, and the 诉求 it became. */
export default function ThreadCard({ message, staff }: { message: MessageDetailDto; staff: boolean }) {
  return (
    <View className="gt-cs__card">
      <View className="gt-cs__title">{message.statusLabel}</View>
      <View className="gt-cs__line">
        {message.place}
        {message.residentName ? ` · ${message.residentName}` : ''}
      </View>
      {message.residentPhone && <View className="gt-cs__line">{t.phone(message.residentPhone)}</View>}
      {staff && <View className="gt-cs__line">{message.ownerName ? t.owner(message.ownerName) : t.noOwner}</View>}
      {message.overdue && <View className="gt-cs__alert">{t.overdue}</View>}
      {message.published && <View className="gt-cs__line">{t.published}</View>}
      {message.posts.map((p) => (
        <View key={p.id} className={`gt-cs__post${p.fromStaff ? ' gt-cs__post--staff' : ''}`}>
          <View className="gt-cs__line">
            {p.author} · {formatDateTime(p.at)}
          </View>
          <View className="gt-cs__text">{p.text}</View>
          <PhotoStrip photos={p.photos} />
        </View>
      ))}
      {message.requestId && (
        <View className="gt-cs__actions">
          <Button onClick={() => Taro.navigateTo({ url: `/packages/requests/detail/index?id=${message.requestId}` })}>
            {t.openRequest}
          </Button>
        </View>
      )}
    </View>
  );
}
