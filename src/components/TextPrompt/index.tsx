import { Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { AtButton } from 'taro-ui';
import FormField from '@/components/FormField';
import { partyText } from '@/text/party';
import { cx } from '@/utils/cx';
import '@/packages/party/party.scss';

interface TextPromptProps {
  label: string;
  placeholder: string;
  confirmText: string;
  /** The server's hint for the text, shown under it. */
  error?: string;
  saving?: boolean;
  maxLength?: number;
  className?: string;
  onCancel: () => void;
  onConfirm: (text: string) => void;
}

/**
 * Asks for a piece of text inside a card (a commitment, a reason) with
 * cancel and confirm buttons: no pop-up to lose on a small screen.
 */
export default function TextPrompt({ label, placeholder, confirmText, error, saving, maxLength = 200, className, onCancel, onConfirm }: TextPromptProps) {
  const [text, setText] = useState('');
  return (
    <View className={cx('gt-party__form', className)}>
      <FormField label={label} error={error}>
        <Textarea
          className="gt-field__textarea gt-prompt__text"
          value={text}
          maxlength={maxLength}
          placeholder={placeholder}
          onInput={(e) => setText(e.detail.value)}
        />
      </FormField>
      <View className="gt-party__actions">
        <View className="gt-party__action">
          <AtButton onClick={onCancel}>{partyText.posts.cancel}</AtButton>
        </View>
        <View className="gt-party__action">
          <AtButton type="primary" className="gt-prompt__confirm" loading={saving} onClick={() => onConfirm(text)}>
            {confirmText}
          </AtButton>
        </View>
      </View>
    </View>
  );
}
