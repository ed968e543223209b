import { Input, Textarea, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import Button from '@/components/Button';
import ChoiceChips from '@/components/ChoiceChips';
import FormField from '@/components/FormField';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import { visitsText as t } from '@/text/visits';
import { textLimits, UNCUT } from '@/utils/textLimit';
import MemberEditor from './MemberEditor';
import { useHouseholdForm } from './useHouseholdForm';
import '../visits.scss';

/** 登记住户 / 修改档案: 屯/组 and address, members (户主 first), tags, needs. */
export default function HouseholdFormPage() {
  const { id, gridId = '' } = useRouter().params;
  const f = useHouseholdForm(id, gridId);
  const tags = (f.options.data?.tags ?? []).filter((tag) => tag.active || f.form.tags.includes(tag.id));
  const ready = f.existing.data !== null || !id;
  return (
    <PageShell className="gt-household-form">
      <LoadState loading={f.existing.loading} error={f.existing.error} onRetry={f.existing.reload} hasData={ready}>
        <FormField inset label={t.form.group} error={f.errors.group} count={{ value: f.form.group, max: textLimits.householdGroup }}>
          <Input
            className="gt-field__input gt-household-form__group"
            value={f.form.group}
            maxlength={UNCUT}
            onInput={(e) => f.set({ group: e.detail.value })}
          />
        </FormField>
        <FormField
          inset
          label={t.form.address}
          error={f.errors.address}
          count={{ value: f.form.address, max: textLimits.householdAddress }}
        >
          <Input
            className="gt-field__input gt-household-form__address"
            value={f.form.address}
            maxlength={UNCUT}
            onInput={(e) => f.set({ address: e.detail.value })}
          />
        </FormField>
        <FormField inset label={t.form.members} error={f.errors.members}>
          {f.form.members.map((member, index) => (
            <MemberEditor
              key={index}
              member={member}
              index={index}
              errors={{ name: f.errors[`name.${index}`], phone: f.errors[`phone.${index}`] }}
              residents={f.residents.data?.items ?? []}
              onChange={(fields) => f.setMember(index, fields)}
              onRemove={() => f.removeMember(index)}
            />
          ))}
          <Button size="small" className="gt-household-form__add-member" onClick={f.addMember}>
            {t.form.addMember}
          </Button>
        </FormField>
        <FormField inset label={t.form.tags} error={f.errors.tags}>
          <ChoiceChips
            className="gt-household-form__tags"
            options={tags.map((tag) => ({ value: tag.id, label: tag.name }))}
            selected={f.form.tags}
            onToggle={f.toggleTag}
          />
        </FormField>
        <FormField inset label={t.form.needs} error={f.errors.needs} count={{ value: f.form.needs, max: textLimits.householdNeeds }}>
          <Textarea
            className="gt-field__textarea gt-household-form__needs"
            value={f.form.needs}
            maxlength={UNCUT}
            onInput={(e) => f.set({ needs: e.detail.value })}
          />
        </FormField>
        <View className="gt-visits__actions">
          <Button className="gt-household-form__save" type="primary" onClick={() => void f.save()}>
            {t.form.save}
          </Button>
        </View>
      </LoadState>
    </PageShell>
  );
}
