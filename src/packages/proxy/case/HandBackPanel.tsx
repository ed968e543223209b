import { Input, View } from '@tarojs/components';
import Button from '@/components/Button';
import type { ProxySigner } from '@contract';
import ChoiceList from '@/components/ChoiceList';
import FormField from '@/components/FormField';
import * as storageApi from '@/services/storage';
import { proxyText } from '@/text/proxy';
import { requiredText, textLimits, UNCUT } from '@/utils/textLimit';
import { proxyPhotoPath } from '../new/useOpenCase';
import SignaturePad, { signatureImage } from './SignaturePad';
import type { StepPanelProps } from './stepPanel';
import { useStepForm } from './useStepForm';

const t = proxyText.steps;
const SIGNERS: ProxySigner[] = ['resident', 'witness'];

/** 交还: what was handed back, signed on the phone by the resident, or by a named witness. */
export default function HandBackPanel({ proxyCase, act, busy }: StepPanelProps) {
  const form = useStepForm({ items: '', signer: 'resident' as ProxySigner, witnessName: '', signed: false }, (v) => ({
    items: requiredText(v.items.trim(), t.noItems, textLimits.proxyReturned),
    witnessName: v.signer === 'witness' ? requiredText(v.witnessName.trim(), t.noWitness, textLimits.personName) : undefined,
    signature: v.signed ? undefined : t.noSignature,
  }));
  const send = () =>
    form.submit(async (v) => {
      const signature = await storageApi.uploadPhoto(
        await signatureImage(),
        proxyPhotoPath(proxyCase.uploadFolder, proxyCase.id, `signature-${proxyCase.version}.png`),
      );
      const witness = v.signer === 'witness' ? { witnessName: v.witnessName.trim() } : {};
      return act('handBack', { items: v.items.trim(), signer: v.signer, signature, ...witness });
    });
  return (
    <View className="gt-daiban__card gt-daiban-step gt-daiban-step--hand-back">
      <View className="gt-daiban__title">{t.handBackTitle}</View>
      <FormField label={t.items} error={form.errors.items} count={{ value: form.value.items, max: textLimits.proxyReturned }}>
        <Input
          className="gt-field__input gt-daiban-step__items"
          value={form.value.items}
          maxlength={UNCUT}
          placeholder={t.itemsPlaceholder}
          onInput={(e) => form.set({ items: e.detail.value })}
        />
      </FormField>
      <FormField label={t.signer}>
        <ChoiceList
          options={SIGNERS.map((s) => ({ key: s, label: proxyText.signers[s] }))}
          selected={form.value.signer}
          onSelect={(signer) => form.set({ signer })}
        />
      </FormField>
      {form.value.signer === 'witness' && (
        <FormField label={t.witnessName} error={form.errors.witnessName}>
          <Input
            className="gt-field__input gt-daiban-step__witness"
            value={form.value.witnessName}
            maxlength={UNCUT}
            onInput={(e) => form.set({ witnessName: e.detail.value })}
          />
        </FormField>
      )}
      <FormField label={t.signHere} error={form.errors.signature} className="gt-daiban-step__signature">
        <SignaturePad onDrawn={(signed) => form.set({ signed })} />
      </FormField>
      <Button type="primary" className="gt-daiban-step__submit" loading={busy} onClick={() => void send()}>
        {t.handBack}
      </Button>
    </View>
  );
}
