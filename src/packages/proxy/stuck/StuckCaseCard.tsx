import { Text, View } from '@tarojs/components';
import type { StuckCaseDto } from '@contract';
import { proxyText as t } from '@/text/proxy';
import { formatDate } from '@/utils/time';
import { lateLines } from './lateLines';

/** A case waiting for 改派: the item, for whom, who holds it, why it waits, until when or how late (and whether already handed on late). */
export default function StuckCaseCard({ item, onOpen }: { item: StuckCaseDto; onOpen: (caseId: string) => void }) {
  return (
    <View className="gt-daiban__card gt-daiban__card--tap gt-daiban-stuck__row" data-case={item.id} onClick={() => onOpen(item.id)}>
      <View className="gt-daiban__title">{item.itemName}</View>
      <View className="gt-daiban__line">{`${item.residentName} · ${item.code}`}</View>
      <View className="gt-daiban__line">{`${t.holder(item.agentName)} · ${t.stuck.stage(item.stage === 'done' ? t.views.done : t.stages[item.stage])}`}</View>
      {item.reasons.map((reason) => (
        <View key={reason} className="gt-daiban__alert gt-daiban-stuck__reason" data-reason={reason}>
          {t.stuck.reasons[reason]}
        </View>
      ))}
      {item.deadline && !item.overdue && <Text className="gt-daiban__line">{t.until(formatDate(item.deadline))}</Text>}
      {lateLines(item).map((line) => (
        <View key={line} className="gt-daiban__line gt-daiban-stuck__late">
          {line}
        </View>
      ))}
    </View>
  );
}
