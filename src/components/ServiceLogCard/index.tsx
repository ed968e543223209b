import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ReactNode } from 'react';
import type { ServiceLogDto } from '@contract';
import { partyText } from '@/text/party';
import '@/packages/party/party.scss';

/** One service log: when, how long, what was done, for whom, photos, and its verification. */
export default function ServiceLogCard({ log, children }: { log: ServiceLogDto; children?: ReactNode }) {
  return (
    <View className="gt-party__card gt-log-card" data-log-id={log.id}>
      <View className="gt-party__head">
        <Text className="gt-party__title">
          {log.date} · {partyText.log.hoursOption(log.hours)}
        </Text>
        <Text className={`gt-party__status gt-party__status--${log.status} gt-log-card__status`}>{partyText.logStatus[log.status]}</Text>
      </View>
      <View className="gt-party__meta">
        {log.postTitle} · {log.grid.name}
      </View>
      <View className="gt-party__text gt-log-card__content">{log.content}</View>
      {log.household && (
        <View className="gt-party__meta">
          {partyText.verify.household}
          {log.household}
        </View>
      )}
      {log.photos.length > 0 && (
        <View className="gt-party__photos">
          {log.photos
            .filter((photo) => photo.url)
            .map((photo) => (
              <Image
                key={photo.fileID}
                className="gt-party__photo"
                src={photo.url}
                mode="aspectFill"
                onClick={() => void Taro.previewImage({ urls: log.photos.map((p) => p.url).filter(Boolean), current: photo.url })}
              />
            ))}
        </View>
      )}
      {log.status === 'rejected' && log.rejectReason && (
        <View className="gt-party__meta gt-party__status--rejected">{log.rejectReason}</View>
      )}
      {children}
    </View>
  );
}
