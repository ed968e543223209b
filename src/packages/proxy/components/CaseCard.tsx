import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ProxyCaseSummaryDto } from '@contract';
import { proxyText as t } from '@/text/proxy';
import { formatDate } from '@/utils/time';

/** A case in a list: the item, for whom, where it stands, until when. */
export default function CaseCard({ item, forResident }: { item: ProxyCaseSummaryDto; forResident: boolean }) {
  return (
    <View
      className="gt-daiban__card gt-daiban__card--tap gt-daiban-case-card"
      data-case={item.id}
      onClick={() => Taro.navigateTo({ url: `/packages/proxy/case/index?id=${item.id}` })}
    >
      <View className="gt-daiban__title">{item.itemName}</View>
      <View className="gt-daiban__line">{forResident ? t.holder(item.agentName) : `${item.residentName} · ${item.code}`}</View>
      <View className="gt-daiban__line gt-daiban-case-card__standing">{t.standing[item.stage]}</View>
      {item.deadline && (
        <Text className={item.overdue ? 'gt-daiban__alert' : 'gt-daiban__line'}>
          {item.overdue ? t.overdue : t.until(formatDate(item.deadline))}
        </Text>
      )}
      {item.stage === 'done' && <Text className="gt-daiban__line">{item.rated ? t.rated : t.toRate}</Text>}
    </View>
  );
}
