import { View } from '@tarojs/components';
import Button from '@/components/Button';
import ChoiceList from '@/components/ChoiceList';
import FormField from '@/components/FormField';
import { commonText } from '@/text/common';
import { requestsText } from '@/text/requests';
import type { StepPanelState } from './useStepPanel';

const t = requestsText.detail;

/** The choices did not load: why, and 重新加载 (an empty list would say there is nobody, which is not so). */
function HandOptionsFailed({ panel }: { panel: StepPanelState }) {
  return (
    <View className="gt-request__row gt-request__hand-failed">
      {t.handOptionsFailed(panel.handOptionsError ?? '')}
      <Button size="small" onClick={panel.loadHandOptions}>
        {commonText.retry}
      </Button>
    </View>
  );
}

/** 交办部门: which department (those taking this category first) and within how many working days. */
export function DepartmentChoice({ panel }: { panel: StepPanelState }) {
  const options = panel.handOptions;
  if (panel.handOptionsError !== null) return <HandOptionsFailed panel={panel} />;
  if (!options) return null;
  if (options.departments.length === 0) return <View className="gt-request__row">{t.noDepartments}</View>;
  return (
    <View className="gt-request__hand">
      <View className="gt-request__heading">{t.chooseDepartment}</View>
      <FormField error={panel.errors.target}>
        <ChoiceList
          options={options.departments.map((d) => ({ key: d.id, label: d.takesCategory ? `${d.name}${t.takesCategory}` : d.name }))}
          selected={panel.departmentId}
          onSelect={panel.setDepartmentId}
        />
      </FormField>
      <View className="gt-request__workdays">
        <View className="gt-request__countdown">{t.workdays(panel.workdays)}</View>
        <View className="gt-request__stepper">
          <Button className="gt-request__fewer" disabled={panel.workdays <= 1} onClick={() => panel.setWorkdays(panel.workdays - 1)}>
            {t.fewer}
          </Button>
          <Button
            className="gt-request__more"
            disabled={panel.workdays >= options.maxWorkdays}
            onClick={() => panel.setWorkdays(panel.workdays + 1)}
          >
            {t.more}
          </Button>
        </View>
      </View>
    </View>
  );
}

/** 改派: the people with a duty over the request's place, by name and duty. */
export function PersonChoice({ panel }: { panel: StepPanelState }) {
  const options = panel.handOptions;
  if (panel.handOptionsError !== null) return <HandOptionsFailed panel={panel} />;
  if (!options) return null;
  if (options.people.length === 0) return <View className="gt-request__row">{t.noPeople}</View>;
  return (
    <View className="gt-request__hand">
      <View className="gt-request__heading">{t.choosePerson}</View>
      <FormField error={panel.errors.target}>
        <ChoiceList
          options={options.people.map((p) => ({ key: p.id, label: `${p.name}（${p.place} ${p.title}）` }))}
          selected={panel.personId}
          onSelect={panel.setPersonId}
        />
      </FormField>
    </View>
  );
}
