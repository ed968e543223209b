import { Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import Button from '@/components/Button';
import FormField from '@/components/FormField';
import { useFieldErrors } from '@/hooks/useFieldErrors';
import { commonText } from '@/text/common';
import { cx } from '@/utils/cx';
import { overLimit, textLimits, UNCUT } from '@/utils/textLimit';
import './index.scss';

interface TextPromptProps {
  label: string;
  placeholder: string;
  confirmText: string;
  /** The server's hint for the text, shown under it. */
  error?: string;
  saving?: boolean;
  /** Counted; over it the text is kept and refused with a message. */
  maxLength?: number;
  className?: string;
  onCancel: () => void;
  onConfirm: (text: string) => void;
}

/**
 * Asks for a piece of text inside a card (a commitment, a reason) with
 * cancel and confirm buttons: no pop-up to lose on a small screen.
 */
export default function TextPrompt({
  label,
  placeholder,
  confirmText,
  error,
  saving,
  maxLength = textLimits.decisionReason,
  className,
  onCancel,
  onConfirm,
}: TextPromptProps) {
  const [text, setText] = useState('');
  const errors = useFieldErrors<'text'>();
  const confirm = () => {
    if (!errors.show({ text: overLimit(text, maxLength) })) onConfirm(text);
  };
  return (
    <View className={cx('gt-text-prompt', className)}>
      <FormField label={label} error={error ?? errors.errors.text} count={{ value: text, max: maxLength }}>
        <Textarea
          className="gt-field__textarea gt-prompt__text"
          value={text}
          maxlength={UNCUT}
          placeholder={placeholder}
          onInput={(e) => setText(e.detail.value)}
        />
      </FormField>
      <View className="gt-text-prompt__actions">
        <View className="gt-text-prompt__action">
          <Button onClick={onCancel}>{commonText.cancel}</Button>
        </View>
        <View className="gt-text-prompt__action">
          <Button type="primary" className="gt-prompt__confirm" loading={saving} onClick={confirm}>
            {confirmText}
          </Button>
        </View>
      </View>
    </View>
  );
}
