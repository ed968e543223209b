import { Input, View } from '@tarojs/components';
import type { LinkPhoneDto } from '@contract';
import { useState } from 'react';
import Button from '@/components/Button';
import ButtonRow from '@/components/ButtonRow';
import FormField from '@/components/FormField';
import * as usersApi from '@/services/users';
import { emitProfileChanged } from '@/state/events';
import { showFailure, showNotice } from '@/state/notice';
import { profileText } from '@/text/profile';
import './index.scss';

const t = profileText.phoneBinding;
const IS_H5 = process.env.TARO_ENV === 'h5';
const MOBILE = /^1[3-9]\d{9}$/;

interface PhoneBindingProps {
  /** A first visit: the hint speaks to people the administrators imported. */
  visitor?: boolean;
  /** What binding is for, where it is offered (filing, reporting); replaces the default hint. */
  hint?: string;
}

/**
 * 绑定手机号 with WeChat's phone-number button: the number comes from WeChat,
 * and a person already on the roster is recognised by it. In the browser
 * (H5 build, local runtime) the number is typed in instead.
 */
export default function PhoneBinding({ visitor, hint }: PhoneBindingProps) {
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState(false);
  const [phone, setPhone] = useState('');
  const [error, setError] = useState('');

  const link = async (linking: Promise<LinkPhoneDto> | null) => {
    if (!linking) {
      showNotice(t.declined, '', 3000);
      return;
    }
    setBusy(true);
    try {
      const result = await linking;
      showNotice(result.rosterName ? t.tookOver(result.rosterName, result.movedRequests) : t.linked, 'success', 4000);
      setAsking(false);
      emitProfileChanged();
    } catch (failure) {
      showFailure(failure);
    } finally {
      setBusy(false);
    }
  };

  const confirmTyped = () => {
    if (!MOBILE.test(phone)) {
      setError(t.browserInvalid);
      return;
    }
    setError('');
    void link(usersApi.linkPhoneInBrowser(phone));
  };

  return (
    <View className="gt-phone-binding">
      <View className="gt-phone-binding__hint">{hint ?? (visitor ? t.visitorHint : t.hint)}</View>
      {asking ? (
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
            <Button onClick={() => setAsking(false)}>{t.cancel}</Button>
            <Button type="primary" className="gt-phone-binding__confirm" loading={busy} onClick={confirmTyped}>
              {t.confirm}
            </Button>
          </ButtonRow>
        </View>
      ) : (
        <Button
          className="gt-phone-binding__button"
          openType="getPhoneNumber"
          loading={busy}
          onGetPhoneNumber={(event: { detail?: { code?: string } }) => void link(usersApi.linkPhone(event))}
          onClick={IS_H5 ? () => setAsking(true) : undefined}
        >
          {t.button}
        </Button>
      )}
    </View>
  );
}
