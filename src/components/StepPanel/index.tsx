import { Textarea, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { AtButton, AtSwitch } from 'taro-ui';
import ButtonRow from '@/components/ButtonRow';
import PhotoPicker from '@/components/PhotoPicker';
import { requestsText } from '@/text/requests';
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
  maxLength?: number;
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
      <Textarea
        className="gt-step-panel__text"
        value={value.text}
        maxlength={props.maxLength ?? 300}
        placeholder={props.placeholder}
        onInput={(event) => onChange({ ...value, text: event.detail.value })}
      />
      {props.withPhotos && <PhotoPicker photos={value.photos} onChange={(photos) => onChange({ ...value, photos })} />}
      {props.withInternal && (
        <AtSwitch
          title={requestsText.detail.internalNote}
          checked={value.internal}
          border={false}
          onChange={(internal: boolean) => onChange({ ...value, internal })}
        />
      )}
      <ButtonRow>
        <AtButton onClick={props.onCancel}>{requestsText.detail.cancel}</AtButton>
        <AtButton type="primary" loading={props.busy} disabled={props.busy} onClick={props.onConfirm}>
          {requestsText.detail.confirm}
        </AtButton>
      </ButtonRow>
    </View>
  );
}
