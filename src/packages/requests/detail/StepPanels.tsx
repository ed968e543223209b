import { View } from '@tarojs/components';
import Button from '@/components/Button';
import type { RequestDetailDto } from '@contract';
import CategoryGrid from '@/components/CategoryGrid';
import ChoiceList from '@/components/ChoiceList';
import FormField from '@/components/FormField';
import StepPanel from '@/components/StepPanel';
import { requestsText } from '@/text/requests';
import { DepartmentChoice, PersonChoice } from './HandChoices';
import PlanFields from './PlanFields';
import { panelLimit, PLACEHOLDERS, stepLabel } from './steps';
import type { RequestSteps } from './useRequestSteps';
import type { StepPanelState } from './useStepPanel';

const t = requestsText.detail;

/** 不予受理: not ours, or a duplicate of one of the grid's requests of the same category. */
function RejectChoices({ panel }: { panel: StepPanelState }) {
  return (
    <View>
      <ChoiceList
        options={[
          { key: 'notOurs' as const, label: t.rejectNotOurs },
          { key: 'duplicate' as const, label: t.rejectDuplicate },
        ]}
        selected={panel.rejectKind}
        onSelect={panel.setRejectKind}
      />
      {panel.rejectKind === 'duplicate' &&
        (panel.originals.length === 0 ? (
          <View className="gt-request__row">{t.noOriginals}</View>
        ) : (
          <FormField error={panel.errors.original}>
            <ChoiceList
              options={panel.originals.map((item) => ({ key: item.id, label: `${item.code}：${item.excerpt}` }))}
              selected={panel.duplicateOf}
              onSelect={panel.setDuplicateOf}
            />
          </FormField>
        ))}
    </View>
  );
}

/** The open step's panel: a new category to choose, or the words (and photos) the step needs. */
export default function StepPanels({ request, steps }: { request: RequestDetailDto; steps: RequestSteps }) {
  const { panel, busy } = steps;
  const open = panel.panel;
  if (open === null) return null;
  if (open === 'recategorize') {
    return (
      <View className="gt-request__card">
        <View className="gt-request__heading">{t.chooseCategory}</View>
        <CategoryGrid
          categories={panel.categories.filter((c) => c.id !== request.categoryId)}
          selected={null}
          onSelect={steps.recategorize}
        />
        <Button onClick={panel.close}>{t.cancel}</Button>
      </View>
    );
  }
  const long = open === 'addNote' || open === 'resolve';
  return (
    <StepPanel
      title={stepLabel(open, request)}
      placeholder={PLACEHOLDERS[open]}
      value={panel.words}
      onChange={panel.setWords}
      onConfirm={steps.confirm}
      onCancel={panel.close}
      busy={busy}
      withPhotos={long}
      withInternal={open === 'addNote'}
      maxLength={panelLimit(open)}
      error={panel.errors.words}
    >
      {open === 'reject' && <RejectChoices panel={panel} />}
      {open === 'assignDepartment' && <DepartmentChoice panel={panel} />}
      {open === 'reassign' && <PersonChoice panel={panel} />}
      {open === 'plan' && <PlanFields panel={panel} />}
    </StepPanel>
  );
}
