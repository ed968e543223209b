import { View } from '@tarojs/components';
import type { CallbackDto } from '@contract';
import { visitsText as t } from '@/text/visits';

/** 回访: who marked it and why, and what the callback found. */
export default function CallbackPanel({ callback }: { callback: CallbackDto | null }) {
  if (!callback) return null;
  return (
    <View className="gt-visits__card gt-callback">
      <View className="gt-visits__title">{t.visit.callback}</View>
      <View className="gt-visits__line gt-callback__marked">{t.visit.callbackMarked(callback.markedBy, callback.reason)}</View>
      {callback.outcome ? (
        <View className="gt-visits__text gt-callback__outcome">
          {t.visit.callbackOutcome(callback.outcome.by, t.verdicts[callback.outcome.verdict], callback.outcome.text)}
        </View>
      ) : (
        <View className="gt-visits__alert">{t.visit.callbackStates.pending}</View>
      )}
    </View>
  );
}
