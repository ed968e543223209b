import { Picker, Textarea, View } from '@tarojs/components';
import FormField from '@/components/FormField';
import { requestsText } from '@/text/requests';
import { textLimits, UNCUT } from '@/utils/textLimit';
import { planDateRange, planDateWords } from './planDates';
import type { StepPanelState } from './useStepPanel';

const t = requestsText.detail;

/** 纳入规划: the plan in words (counted, never cut) and the date it should be done by. */
export default function PlanFields({ panel }: { panel: StepPanelState }) {
  const range = planDateRange();
  return (
    <View className="gt-request__plan-fields">
      <FormField label={t.planHeading} error={panel.errors.plan} count={{ value: panel.planText, max: textLimits.handlingText }}>
        <Textarea
          className="gt-step-panel__text gt-request__plan-text"
          value={panel.planText}
          maxlength={UNCUT}
          placeholder={t.planPlaceholder}
          onInput={(event) => panel.setPlanText(event.detail.value)}
        />
      </FormField>
      <FormField label={t.planDate} error={panel.errors.targetDate}>
        <Picker
          mode="date"
          value={panel.targetDate ?? range.start}
          start={range.start}
          end={range.end}
          onChange={(event) => panel.setTargetDate(String(event.detail.value))}
        >
          <View className="gt-field__input gt-request__plan-date">
            {panel.targetDate ? planDateWords(panel.targetDate) : t.choosePlanDate}
          </View>
        </Picker>
      </FormField>
    </View>
  );
}
