import { View } from '@tarojs/components';
import ChoiceChips from '@/components/ChoiceChips';
import TextPrompt from '@/components/TextPrompt';
import { visitsText as t } from '@/text/visits';
import { textLimits } from '@/utils/textLimit';
import type { useVisit } from './useVisit';

const VERDICTS = (Object.keys(t.verdicts) as Array<keyof typeof t.verdicts>).map((value) => ({ value, label: t.verdicts[value] }));

/** A supervisor's callback steps on a visit: why it needs a callback (回访), then what the callback found. */
export default function CallbackPrompts({ v }: { v: ReturnType<typeof useVisit> }) {
  if (v.panel === 'mark') {
    return (
      <TextPrompt
        label={t.visit.callbackReason}
        maxLength={textLimits.callbackReason}
        placeholder={t.visit.callbackReason}
        confirmText={t.visit.markCallback}
        onCancel={() => v.setPanel('none')}
        onConfirm={(text) => void v.mark(text)}
      />
    );
  }
  if (v.panel !== 'outcome') return null;
  return (
    <View className="gt-visits__card">
      <ChoiceChips
        className="gt-visit__verdicts"
        options={VERDICTS}
        selected={[v.verdict]}
        onToggle={(value) => v.setVerdict(value as typeof v.verdict)}
      />
      <TextPrompt
        label={t.visit.outcomeText}
        maxLength={textLimits.callbackText}
        placeholder={t.visit.outcomeText}
        confirmText={t.visit.recordCallback}
        onCancel={() => v.setPanel('none')}
        onConfirm={(text) => void v.outcome(text)}
      />
    </View>
  );
}
