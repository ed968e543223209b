import { Input, View } from '@tarojs/components';
import type { FormOptionsDto } from '@contract';
import Switch from '@/components/Switch';
import FormField from '@/components/FormField';
import PhoneBinding from '@/components/PhoneBinding';
import type { FieldProblems } from '@/hooks/useFieldErrors';
import type { RequestDraft } from '@/state/requestDraft';
import { requestsText } from '@/text/requests';
import { formatPhone } from '@/utils/phone';
import { UNCUT } from '@/utils/textLimit';
import type { FilingField } from './filing';

const t = requestsText.filing;

interface ContactStepProps {
  options: FormOptionsDto;
  draft: Pick<RequestDraft, 'contactName' | 'contactPhone' | 'noPhone'>;
  errors: FieldProblems<FilingField>;
  onChange: (fields: Partial<RequestDraft>) => void;
}

/**
 * Who is filing, asked once (the profile keeps the answer): a name, and how
 * to be reached — the WeChat-verified number (绑定手机号), a typed number
 * (handlers see it as 未验证), or plainly no number.
 */
export default function ContactStep({ options, draft, errors, onChange }: ContactStepProps) {
  if (options.hasName && options.hasPhone) {
    return (
      <View className="gt-new-request__contact-summary">
        {options.contactPhone ? t.contactSummary(formatPhone(options.contactPhone), options.phoneVerified) : t.contactSummaryNone}
      </View>
    );
  }
  return (
    <View className="gt-new-request__contact">
      <View className="gt-new-request__contact-title">{t.contactTitle}</View>
      {!options.hasName && (
        <FormField inset label={t.contactName} hint={t.contactHint} error={errors.contactName}>
          <Input
            className="gt-field__input gt-new-request__contact-name"
            value={draft.contactName}
            maxlength={UNCUT}
            onInput={(e) => onChange({ contactName: e.detail.value })}
          />
        </FormField>
      )}
      {!options.hasPhone && (
        <View>
          <PhoneBinding hint={t.contactBind} />
          <FormField inset label={t.contactTyped} hint={t.contactTypedHint} error={errors.contactPhone}>
            <Input
              className="gt-field__input gt-new-request__contact-phone"
              type="number"
              value={draft.contactPhone}
              maxlength={UNCUT}
              disabled={draft.noPhone}
              onInput={(e) => onChange({ contactPhone: e.detail.value, noPhone: false })}
            />
          </FormField>
          <View className="gt-new-request__no-phone">
            <Switch
              title={t.noPhone}
              checked={draft.noPhone}
              border={false}
              onChange={(value: boolean) => onChange({ noPhone: value, ...(value ? { contactPhone: '' } : {}) })}
            />
            <View className="gt-field__hint">{t.noPhoneHint}</View>
          </View>
        </View>
      )}
    </View>
  );
}
