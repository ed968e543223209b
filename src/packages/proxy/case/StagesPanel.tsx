import { Text, View } from '@tarojs/components';
import type { ProxyCaseDto } from '@contract';
import { proxyText } from '@/text/proxy';
import { formatDate } from '@/utils/time';

const t = proxyText.detail;

/** The four stages with each one's deadline, when it was done, and whether it ran late. */
export default function StagesPanel({ proxyCase }: { proxyCase: ProxyCaseDto }) {
  return (
    <View className="gt-daiban__card gt-daiban-stages">
      <View className="gt-daiban__title">{proxyText.standing[proxyCase.stage]}</View>
      {proxyCase.stages.map((stage) => (
        <View
          key={stage.stage}
          className={`gt-daiban__stage${stage.stage === proxyCase.stage ? ' gt-daiban__stage--current' : ''}`}
          data-stage={stage.stage}
        >
          <Text>{proxyText.stages[stage.stage]}</Text>
          <Text className={stage.late ? 'gt-daiban__alert' : ''}>
            {stage.doneAt ? t.doneAt(formatDate(stage.doneAt)) : stage.deadline ? t.deadline(formatDate(stage.deadline)) : t.notStarted}
            {stage.late ? ` · ${t.late}` : ''}
          </Text>
        </View>
      ))}
    </View>
  );
}
