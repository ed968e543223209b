import { Textarea, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import Button from '@/components/Button';
import Switch from '@/components/Switch';
import ButtonRow from '@/components/ButtonRow';
import FormField from '@/components/FormField';
import PhotoPicker from '@/components/PhotoPicker';
import { requestsText } from '@/text/requests';
import { UNCUT } from '@/utils/textLimit';
import './index.scss';

export interface StepPanelValue {
  text: string;
  photos: string[];
  internal: boolean;
}

interface StepPanelProps {
  title: string;
  placeholder: string;
  value: StepPanelValue;
  onChange: (value: StepPanelValue) => void;
  onConfirm: () => void;
  onCancel: () => void;
  busy: boolean;
  withPhotos?: boolean;
  withInternal?: boolean;
  /** How long the words may be: counted, and over it refused with a message (never cut). */
  maxLength: number;
  /** What is wrong with the words, shown under them. */
  error?: string;
  /** Extra choices above the words (e.g. why it is rejected). */
  children?: ReactNode;
}

/** The words (and photos) that go with a step, and big confirm / cancel buttons. */
export default function StepPanel(props: StepPanelProps) {
  const { value, onChange } = props;
  return (
    <View className="gt-step-panel">
      <View className="gt-step-panel__title">{props.title}</View>
      {props.children}
      <FormField error={props.error} count={{ value: value.text, max: props.maxLength }}>
        <Textarea
          className="gt-step-panel__text"
          value={value.text}
          maxlength={UNCUT}
          placeholder={props.placeholder}
          onInput={(event) => onChange({ ...value, text: event.detail.value })}
        />
      </FormField>
      {props.withPhotos && <PhotoPicker photos={value.photos} onChange={(photos) => onChange({ ...value, photos })} />}
      {props.withInternal && (
        <Switch
          title={requestsText.detail.internalNote}
          checked={value.internal}
          border={false}
          onChange={(internal: boolean) => onChange({ ...value, internal })}
        />
      )}
      <ButtonRow>
        <Button onClick={props.onCancel}>{requestsText.detail.cancel}</Button>
        <Button type="primary" loading={props.busy} disabled={props.busy} onClick={props.onConfirm}>
          {requestsText.detail.confirm}
        </Button>
      </ButtonRow>
    </View>
  );
}
