import { View } from '@tarojs/components';
import type { LinkPhoneDto } from '@contract';
import { useState } from 'react';
import Button from '@/components/Button';
import * as usersApi from '@/services/users';
import { emitProfileChanged } from '@/state/events';
import { showFailure, showNotice } from '@/state/notice';
import { profileText } from '@/text/profile';
import './index.scss';

const t = profileText.phoneBinding;
// The browser build types the number in (./h5); the weapp build has WeChat's button and ships none of that form.
const BrowserPhoneForm = process.env.TARO_ENV === 'h5' ? (require('./h5') as typeof import('./h5')).BrowserPhoneForm : null;

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

  return (
    <View className="gt-phone-binding">
      <View className="gt-phone-binding__hint">{hint ?? (visitor ? t.visitorHint : t.hint)}</View>
      {asking && BrowserPhoneForm ? (
        <BrowserPhoneForm busy={busy} onLink={(linking) => void link(linking)} onCancel={() => setAsking(false)} />
      ) : (
        <Button
          className="gt-phone-binding__button"
          openType="getPhoneNumber"
          loading={busy}
          onGetPhoneNumber={(event: { detail?: { code?: string } }) => void link(usersApi.linkPhone(event))}
          onClick={BrowserPhoneForm ? () => setAsking(true) : undefined}
        >
          {t.button}
        </Button>
      )}
    </View>
  );
}
