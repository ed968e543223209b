import { Input, Textarea } from '@tarojs/components';
import ChoiceChips from '@/components/ChoiceChips';
import FormField from '@/components/FormField';
import { partyText } from '@/text/party';
import { textLimits, UNCUT } from '@/utils/textLimit';
import type { Registration } from './useRegistration';

const t = partyText.register;

/** Where the member works and what they are good at (the posts that suit them). */
export default function WorkFields({ registration }: { registration: Registration }) {
  const { form, draft, errors, change } = registration;
  if (!form || !draft) return null;
  const toggleSkill = (id: string) =>
    change({
      skillKindIds: draft.skillKindIds.includes(id)
        ? draft.skillKindIds.filter((existing) => existing !== id)
        : [...draft.skillKindIds, id],
    });
  return (
    <>
      <FormField label={t.employer} error={errors.employer} count={{ value: draft.employer, max: textLimits.employer }}>
        <Input
          className="gt-field__input gt-register__employer"
          value={draft.employer}
          maxlength={UNCUT}
          placeholder={t.employerPlaceholder}
          onInput={(e) => change({ employer: e.detail.value })}
        />
      </FormField>
      <FormField label={t.skills} error={errors.skillKindIds}>
        <ChoiceChips
          options={form.kinds.map((kind) => ({ value: kind.id, label: kind.name }))}
          selected={draft.skillKindIds}
          onToggle={toggleSkill}
        />
      </FormField>
      <FormField label={t.skillsNote} error={errors.skills} count={{ value: draft.skills, max: textLimits.skills }}>
        <Textarea
          className="gt-field__textarea"
          value={draft.skills}
          maxlength={UNCUT}
          placeholder={t.skillsNotePlaceholder}
          onInput={(e) => change({ skills: e.detail.value })}
        />
      </FormField>
    </>
  );
}
