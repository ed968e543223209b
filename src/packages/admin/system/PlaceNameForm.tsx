import { Input, View } from '@tarojs/components';
import { useState } from 'react';
import { AtButton } from 'taro-ui';
import ButtonRow from '@/components/ButtonRow';
import { showNotice } from '@/state/notice';
import { adminText } from '@/text/admin';
import { cx } from '@/utils/cx';

const t = adminText;

interface PlaceNameFormProps {
  label: string;
  placeholder: string;
  confirmText: string;
  initial?: string;
  className?: string;
  /** Resolves true when the name was saved (the box is then emptied). */
  onSubmit: (name: string) => Promise<boolean>;
  onCancel?: () => void;
}

/** A place's name typed in a big box, for adding a place or renaming one. */
export default function PlaceNameForm({ label, placeholder, confirmText, initial = '', className, onSubmit, onCancel }: PlaceNameFormProps) {
  const [name, setName] = useState(initial);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const trimmed = name.trim();
    if (!trimmed) {
      showNotice(t.nameMissing, 'error');
      return;
    }
    setBusy(true);
    const saved = await onSubmit(trimmed);
    setBusy(false);
    if (saved) setName('');
  };

  return (
    <View className={cx('gt-system__name-form', className)}>
      <View className="gt-admin__label">{label}</View>
      <Input
        className="gt-admin__input gt-system__name-input"
        value={name}
        maxlength={30}
        placeholder={placeholder}
        onInput={(e) => setName(e.detail.value)}
      />
      <ButtonRow>
        {onCancel && <AtButton onClick={onCancel}>{t.cancel}</AtButton>}
        <AtButton className="gt-system__name-save" type="primary" loading={busy} disabled={busy} onClick={() => void submit()}>
          {confirmText}
        </AtButton>
      </ButtonRow>
    </View>
  );
}
