import { Textarea, View } from '@tarojs/components';
import Button from '@/components/Button';
import ChoiceList from '@/components/ChoiceList';
import FormField from '@/components/FormField';
import { proxyText } from '@/text/proxy';
import { textLimits, UNCUT } from '@/utils/textLimit';
import type { StepPanelProps } from './stepPanel';
import { useReassign } from './useReassign';

const t = proxyText.reassign;

/** Whom the case can go to: loading, a failure with 重新加载, nobody, or the choices. */
function PersonChoice({ panel }: { panel: ReturnType<typeof useReassign> }) {
  if (panel.loadError !== null) {
    return (
      <View className="gt-daiban__line gt-daiban-reassign__failed">
        {panel.loadError}
        <Button size="small" className="gt-daiban-reassign__retry" onClick={panel.load}>
          {t.retry}
        </Button>
      </View>
    );
  }
  if (!panel.people) return null;
  if (panel.people.length === 0) return <View className="gt-daiban__empty gt-daiban-reassign__none">{t.none}</View>;
  return (
    <FormField label={t.choose} error={panel.form.errors.personId}>
      <ChoiceList
        options={panel.people.map((p) => ({ key: p.id, label: t.person(p.name, p.title) }))}
        selected={panel.form.value.personId || null}
        onSelect={(personId) => panel.form.set({ personId })}
      />
    </FormField>
  );
}

/** 改派: staff over the case (or its agent) hand it to someone serving its grid, saying why. */
export default function ReassignPanel(props: StepPanelProps) {
  const panel = useReassign(props);
  const { form } = panel;
  return (
    <View className="gt-daiban__card gt-daiban-step gt-daiban-step--reassign">
      <View className="gt-daiban__title">{t.title}</View>
      <View className="gt-daiban__line">{t.intro}</View>
      {!panel.opened && (
        <Button className="gt-daiban-reassign__open" onClick={panel.open}>
          {t.open}
        </Button>
      )}
      {panel.opened && <PersonChoice panel={panel} />}
      {panel.opened && panel.people && panel.people.length > 0 && (
        <>
          <FormField label={t.reason} error={form.errors.reason} count={{ value: form.value.reason, max: textLimits.reason }}>
            <Textarea
              className="gt-daiban__input gt-daiban-reassign__reason"
              value={form.value.reason}
              maxlength={UNCUT}
              onInput={(e) => form.set({ reason: e.detail.value })}
            />
          </FormField>
          <Button type="primary" className="gt-daiban-step__submit" loading={props.busy} onClick={() => void panel.submit()}>
            {t.submit}
          </Button>
        </>
      )}
    </View>
  );
}
