import { Input, View } from '@tarojs/components';
import { useState } from 'react';
import Button from '@/components/Button';
import ButtonRow from '@/components/ButtonRow';
import FormField from '@/components/FormField';
import { useFieldErrors } from '@/hooks/useFieldErrors';
import { adminText } from '@/text/admin';
import { cx } from '@/utils/cx';
import { requiredText, textLimits, UNCUT } from '@/utils/textLimit';

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
export default function PlaceNameForm({
  label,
  placeholder,
  confirmText,
  initial = '',
  className,
  onSubmit,
  onCancel,
}: PlaceNameFormProps) {
  const [name, setName] = useState(initial);
  const [busy, setBusy] = useState(false);
  const errors = useFieldErrors<'name'>();

  const submit = async () => {
    const trimmed = name.trim();
    if (errors.show({ name: requiredText(name, t.nameMissing, textLimits.placeName) })) return;
    setBusy(true);
    const saved = await onSubmit(trimmed);
    setBusy(false);
    if (saved) setName('');
  };

  return (
    <View className={cx('gt-system__name-form', className)}>
      <FormField label={label} error={errors.errors.name} count={{ value: name, max: textLimits.placeName }}>
        <Input
          className="gt-admin__input gt-system__name-input"
          value={name}
          maxlength={UNCUT}
          placeholder={placeholder}
          onInput={(e) => {
            setName(e.detail.value);
            errors.clear('name');
          }}
        />
      </FormField>
      <ButtonRow>
        {onCancel && <Button onClick={onCancel}>{t.cancel}</Button>}
        <Button className="gt-system__name-save" type="primary" loading={busy} disabled={busy} onClick={() => void submit()}>
          {confirmText}
        </Button>
      </ButtonRow>
    </View>
  );
}
