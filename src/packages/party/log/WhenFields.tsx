import { Picker, View } from '@tarojs/components';
import ChoiceChips from '@/components/ChoiceChips';
import FormField from '@/components/FormField';
import { partyText } from '@/text/party';
import type { ServiceLog } from './useServiceLog';

const t = partyText.log;
const HOURS = [0.5, 1, 1.5, 2, 3, 4, 6, 8];

/** Which post, which day (since the post was claimed, up to today), how long. */
export default function WhenFields({ log }: { log: ServiceLog }) {
  const { draft, change, errors } = log;
  return (
    <>
      <FormField label={t.post} error={errors.postId}>
        <ChoiceChips
          options={log.active.map((candidate) => ({ value: candidate.postId, label: `${candidate.title}（${candidate.grid.name}）` }))}
          selected={[draft.postId]}
          onToggle={(postId) => change({ postId })}
        />
      </FormField>
      <FormField label={t.date} error={errors.date}>
        <Picker mode="date" value={draft.date} start={log.since} end={log.today} onChange={(e) => change({ date: String(e.detail.value) })}>
          <View className="gt-field__input gt-log__date">{draft.date}</View>
        </Picker>
      </FormField>
      <FormField label={t.hours} error={errors.hours}>
        <ChoiceChips
          className="gt-log__hours"
          options={HOURS.map((value) => ({ value: String(value), label: t.hoursOption(value) }))}
          selected={[String(draft.hours)]}
          onToggle={(value) => change({ hours: Number(value) })}
        />
      </FormField>
    </>
  );
}
