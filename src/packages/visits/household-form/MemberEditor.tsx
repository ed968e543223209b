import { Input, Picker, View } from '@tarojs/components';
import Button from '@/components/Button';
import Switch from '@/components/Switch';
import { AGE_BAND_CHOICES, RELATION_CHOICES } from '../choices';
import ChoiceChips from '@/components/ChoiceChips';
import FormField from '@/components/FormField';
import { visitsText as t } from '@/text/visits';
import { textLimits, UNCUT } from '@/utils/textLimit';
import type { MemberDraft } from './useHouseholdForm';

interface MemberEditorProps {
  member: MemberDraft;
  index: number;
  /** What the name or the phone still has wrong. */
  errors: { name?: string; phone?: string };
  residents: ReadonlyArray<{ id: string; name: string; phone: string }>;
  onChange: (fields: Partial<MemberDraft>) => void;
  onRemove: () => void;
}

/** One member: name, relation and age as big choices, phone (with 已核实), the resident account to link. */
export default function MemberEditor({ member, index, errors, residents, onChange, onRemove }: MemberEditorProps) {
  const linkChoices = [t.form.noLink, ...residents.map((r) => `${r.name} ${r.phone}`)];
  const linked = residents.findIndex((r) => r.id === member.userId);
  return (
    <View className="gt-visits__sub gt-member-editor" data-index={index}>
      <FormField label={t.form.name} error={errors.name} count={{ value: member.name, max: textLimits.personName }}>
        <Input
          className="gt-field__input gt-member-editor__name"
          value={member.name}
          maxlength={UNCUT}
          onInput={(e) => onChange({ name: e.detail.value })}
        />
      </FormField>
      {index > 0 && (
        <FormField label={t.form.relation}>
          <ChoiceChips
            options={RELATION_CHOICES.filter((c) => c.value !== 'head')}
            selected={[member.relation]}
            onToggle={(value) => onChange({ relation: value as MemberDraft['relation'] })}
          />
        </FormField>
      )}
      <FormField label={t.form.ageBand}>
        <ChoiceChips
          options={AGE_BAND_CHOICES}
          selected={[member.ageBand]}
          onToggle={(value) => onChange({ ageBand: value as MemberDraft['ageBand'] })}
        />
      </FormField>
      <FormField label={t.form.phone} error={errors.phone}>
        <Input
          className="gt-field__input gt-member-editor__phone"
          type="number"
          value={member.phone}
          maxlength={UNCUT}
          onInput={(e) => onChange({ phone: e.detail.value })}
        />
      </FormField>
      {member.phone !== '' && (
        <Switch
          title={t.form.phoneVerified}
          checked={member.phoneVerified}
          border={false}
          onChange={(on: boolean) => onChange({ phoneVerified: on })}
        />
      )}
      <FormField label={t.form.link}>
        <Picker
          mode="selector"
          range={linkChoices}
          value={linked + 1}
          onChange={(e) => onChange({ userId: Number(e.detail.value) === 0 ? null : residents[Number(e.detail.value) - 1].id })}
        >
          <View className="gt-field__input">
            {linked >= 0 ? linkChoices[linked + 1] : member.userId ? t.household.linked : t.form.noLink}
          </View>
        </Picker>
      </FormField>
      {index > 0 && (
        <Button size="small" onClick={onRemove}>
          {t.form.removeMember}
        </Button>
      )}
    </View>
  );
}
