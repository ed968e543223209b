import { View } from '@tarojs/components';
import Button from '@/components/Button';
import ChoiceChips from '@/components/ChoiceChips';
import FormField from '@/components/FormField';
import PhotoPicker from '@/components/PhotoPicker';
import * as storageApi from '@/services/storage';
import { proxyText } from '@/text/proxy';
import { MAX_CASE_PHOTOS } from '../limits';
import { proxyPhotoPath } from '../new/useOpenCase';
import type { StepPanelProps } from './stepPanel';
import { useStepForm } from './useStepForm';

const t = proxyText.steps;

/** 收件: tick off the materials brought since, with photos of them. */
export default function ReceivePanel({ proxyCase, act, busy }: StepPanelProps) {
  const missing = proxyCase.materials.filter((m) => !proxyCase.materialsChecked.includes(m));
  const form = useStepForm({ checked: [] as string[], photos: [] as string[] }, (v) => ({
    checked: v.checked.length || v.photos.length ? undefined : proxyText.detail.missing(missing),
  }));
  const toggle = (m: string) =>
    form.set({ checked: form.value.checked.includes(m) ? form.value.checked.filter((x) => x !== m) : [...form.value.checked, m] });
  const send = () =>
    form.submit(async (v) => {
      const photos: string[] = [];
      for (const [i, local] of v.photos.entries())
        photos.push(
          await storageApi.uploadPhoto(
            local,
            proxyPhotoPath(proxyCase.uploadFolder, proxyCase.id, `receive-${proxyCase.version}-${i + 1}.jpg`),
          ),
        );
      return act('receive', { checked: v.checked, photos });
    });
  return (
    <View className="gt-daiban__card gt-daiban-step gt-daiban-step--receive">
      <View className="gt-daiban__title">{t.receiveTitle}</View>
      <FormField error={form.errors.checked}>
        <ChoiceChips options={missing.map((m) => ({ value: m, label: m }))} selected={form.value.checked} onToggle={toggle} />
      </FormField>
      <PhotoPicker photos={form.value.photos} max={MAX_CASE_PHOTOS} onChange={(photos) => form.set({ photos })} />
      <Button type="primary" className="gt-daiban-step__submit" loading={busy} onClick={() => void send()}>
        {t.receive}
      </Button>
    </View>
  );
}
