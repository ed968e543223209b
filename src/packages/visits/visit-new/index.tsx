import { Input, Textarea, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import Button from '@/components/Button';
import ChoiceChips from '@/components/ChoiceChips';
import FormField from '@/components/FormField';
import PageShell from '@/components/PageShell';
import PhotoPicker from '@/components/PhotoPicker';
import { visitsText as t } from '@/text/visits';
import { textLimits, UNCUT } from '@/utils/textLimit';
import { KIND_CHOICES } from '../choices';
import ProblemEditor from './ProblemEditor';
import { problemField } from './visitCheck';
import { useVisitForm } from './useVisitForm';
import '../visits.scss';

/** Route parameters arrive encoded on some platforms and decoded on others. */
function decodeOnce(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * 记走访 at the door: how, what was seen and said, help delivered, photos,
 * problems found (each becomes a 诉求). Works without a network: the entry
 * waits on the phone and is sent, once, when the network returns.
 */
export default function VisitNewPage() {
  const { householdId = '', label = '' } = useRouter().params;
  const householdLabel = decodeOnce(label);
  const f = useVisitForm(householdId, householdLabel);
  const categories = f.options.data?.categories ?? [];
  return (
    <PageShell className="gt-visit-new">
      <View className="gt-visits__heading gt-visit-new__household">{householdLabel}</View>
      <FormField inset label={t.visitForm.kind}>
        <ChoiceChips
          className="gt-visit-new__kinds"
          options={KIND_CHOICES}
          selected={[f.draft.kind]}
          onToggle={(value) => f.set({ kind: value as typeof f.draft.kind })}
        />
      </FormField>
      <FormField inset label={t.visitForm.seen} error={f.errors.seen} count={{ value: f.draft.seen, max: textLimits.visitSeen }}>
        <Textarea
          className="gt-field__textarea gt-field__textarea--tall gt-visit-new__seen"
          value={f.draft.seen}
          maxlength={UNCUT}
          placeholder={t.visitForm.seenPlaceholder}
          onInput={(e) => f.set({ seen: e.detail.value })}
        />
      </FormField>
      <FormField inset label={t.visitForm.said} error={f.errors.said} count={{ value: f.draft.said, max: textLimits.visitSaid }}>
        <Textarea
          className="gt-field__textarea gt-visit-new__said"
          value={f.draft.said}
          maxlength={UNCUT}
          placeholder={t.visitForm.saidPlaceholder}
          onInput={(e) => f.set({ said: e.detail.value })}
        />
      </FormField>
      <FormField inset label={t.visitForm.help} error={f.errors.help} count={{ value: f.draft.help, max: textLimits.visitHelp }}>
        <Input
          className="gt-field__input gt-visit-new__help"
          value={f.draft.help}
          maxlength={UNCUT}
          onInput={(e) => f.set({ help: e.detail.value })}
        />
      </FormField>
      <FormField inset label={t.visitForm.photos}>
        <PhotoPicker photos={f.draft.photos} onChange={(photos) => f.set({ photos })} />
      </FormField>
      <FormField inset label={t.visitForm.address} error={f.errors.address} count={{ value: f.draft.address, max: textLimits.address }}>
        <Input
          className="gt-field__input gt-visit-new__address"
          value={f.draft.address}
          maxlength={UNCUT}
          onInput={(e) => f.set({ address: e.detail.value })}
        />
      </FormField>
      <FormField inset label={t.visitForm.problems} hint={t.visitForm.problemsHint}>
        {f.draft.problems.map((problem, index) => (
          <ProblemEditor
            key={problem.key}
            problem={problem}
            error={f.errors[problemField(problem)]}
            categories={categories}
            onChange={(fields) => f.setProblem(index, fields)}
            onRemove={() => f.removeProblem(index)}
          />
        ))}
        <Button className="gt-visit-new__add-problem" onClick={f.addProblem}>
          {t.visitForm.addProblem}
        </Button>
      </FormField>
      <View className="gt-visits__actions">
        <Button className="gt-visit-new__submit" type="primary" loading={f.busy} disabled={f.busy} onClick={() => void f.submit()}>
          {t.visitForm.submit}
        </Button>
      </View>
    </PageShell>
  );
}
