import { Input, Text } from '@tarojs/components';
import FormField from '@/components/FormField';
import PhoneBinding from '@/components/PhoneBinding';
import { partyText } from '@/text/party';
import { formatPhone } from '@/utils/phone';
import type { Registration } from './useRegistration';

const t = partyText.register;

/** The member's number: the WeChat-verified one first (绑定手机号 when there is none), a typed one kept as unverified. */
export default function PhoneField({ registration }: { registration: Registration }) {
  const { form, draft, errors, phoneVerified, change } = registration;
  if (!form || !draft) return null;
  const verified = form.verifiedPhone;
  return (
    <FormField label={t.phone} error={errors.phone} hint={phoneVerified ? undefined : t.typedPhoneHint}>
      {!verified && <PhoneBinding hint={t.bindFirst} />}
      <Input
        className="gt-field__input gt-register__phone"
        type="number"
        value={draft.phone}
        maxlength={13}
        placeholder={verified ? t.phonePlaceholder : t.typedPhone}
        onInput={(e) => change({ phone: e.detail.value })}
      />
      {phoneVerified && <Text className="gt-register__verified">{t.verifiedPhone}</Text>}
      {verified && !phoneVerified && (
        <Text className="gt-register__switch" onClick={() => change({ phone: verified })}>
          {t.useVerifiedPhone(formatPhone(verified))}
        </Text>
      )}
    </FormField>
  );
}
