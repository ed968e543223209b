import { Input, View } from '@tarojs/components';
import type { LinkPhoneDto } from '@contract';
import { useState } from 'react';
import Button from '@/components/Button';
import ButtonRow from '@/components/ButtonRow';
import FormField from '@/components/FormField';
import { requestDevPhoneCode } from '@/services/devIdentity';
import * as usersApi from '@/services/users';
import { localRuntimeText } from '@/text/localRuntime';

const t = localRuntimeText.phoneBinding;
const MOBILE = /^1[3-9]\d{9}$/;

interface BrowserPhoneFormProps {
  busy: boolean;
  onLink: (linking: Promise<LinkPhoneDto>) => void;
  onCancel: () => void;
}

/**
 * The browser build (H5, local runtime) has no phone-number button: the
 * number is typed in and the runtime plays WeChat's part, giving the code
 * the button would. Required only by the H5 build, so none of it ships in
 * the weapp build.
 */
export function BrowserPhoneForm({ busy, onLink, onCancel }: BrowserPhoneFormProps) {
  const [phone, setPhone] = useState('');
  const [error, setError] = useState('');

  const confirmTyped = () => {
    if (!MOBILE.test(phone)) {
      setError(t.browserInvalid);
      return;
    }
    setError('');
    onLink(requestDevPhoneCode(phone).then(usersApi.linkPhoneWithCode));
  };

  return (
    <View className="gt-phone-binding__browser">
      <FormField label={t.browserLabel} error={error}>
        <Input
          className="gt-field__input gt-phone-binding__input"
          type="number"
          maxlength={11}
          value={phone}
          placeholder={t.browserPlaceholder}
          onInput={(e) => setPhone(e.detail.value)}
        />
      </FormField>
      <ButtonRow>
        <Button onClick={onCancel}>{t.cancel}</Button>
        <Button type="primary" className="gt-phone-binding__confirm" loading={busy} onClick={confirmTyped}>
          {t.confirm}
        </Button>
      </ButtonRow>
    </View>
  );
}
