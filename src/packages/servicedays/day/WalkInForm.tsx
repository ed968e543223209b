import { Input, Picker, View } from '@tarojs/components';
import { useState } from 'react';
import Button from '@/components/Button';
import type { StaffSessionDto } from '@contract';
import FormField from '@/components/FormField';
import { useFieldErrors } from '@/hooks/useFieldErrors';
import { isCloudError } from '@/services';
import * as servicedaysApi from '@/services/servicedays';
import { showNotice } from '@/state/notice';
import { servicedaysText } from '@/text/servicedays';
import { requiredText, textLimits, UNCUT } from '@/utils/textLimit';

const t = servicedaysText;

/** 现场办理登记: someone who came without booking, at the chosen window, in a slot or queuing (a key per person, kept while the answer is lost). */
export default function WalkInForm({ session, windowId, onAdded }: { session: StaffSessionDto; windowId: string; onAdded: () => void }) {
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [slotIndex, setSlotIndex] = useState(0);
  const [key, setKey] = useState(() => servicedaysApi.newRequestKey());
  const window = session.windows.find((w) => w.id === windowId);
  const options = [t.walkInNoSlot, ...(window?.slots.map((s) => `${t.hours(s.start, s.end)}（${s.taken}/${s.capacity}）`) ?? [])];

  const errors = useFieldErrors<'name' | 'phone'>();
  const add = async () => {
    if (errors.show({ name: requiredText(name, t.walkInNeedName, textLimits.personName) })) return;
    try {
      const slot = slotIndex > 0 ? window?.slots[slotIndex - 1] : undefined;
      const added = await servicedaysApi.addWalkIn({
        sessionId: session.session.id,
        windowId,
        slotKey: slot?.key,
        name: name.trim(),
        phone: phone.trim() || undefined,
        requestKey: key,
      });
      setName('');
      setPhone('');
      setKey(servicedaysApi.newRequestKey());
      showNotice(t.walkInDone(added.name), 'success');
      onAdded();
    } catch (error) {
      if (!isCloudError(error) || error.code !== 'NETWORK') setKey(servicedaysApi.newRequestKey());
      errors.showFailed(error);
    }
  };

  return (
    <View className="gt-sd__card">
      <View className="gt-sd__strong">
        {t.walkInTitle} · {window?.name}
      </View>
      <FormField error={errors.errors.name}>
        <Input
          className="gt-sd__input"
          placeholder={t.walkInName}
          value={name}
          maxlength={UNCUT}
          onInput={(e) => setName(e.detail.value)}
        />
      </FormField>
      <FormField error={errors.errors.phone}>
        <Input
          className="gt-sd__input"
          type="number"
          placeholder={t.walkInPhone}
          value={phone}
          maxlength={UNCUT}
          onInput={(e) => setPhone(e.detail.value)}
        />
      </FormField>
      <Picker mode="selector" range={options} value={slotIndex} onChange={(e) => setSlotIndex(Number(e.detail.value))}>
        <View className="gt-sd__input">{options[slotIndex]}</View>
      </Picker>
      <Button disabled={name.trim() === ''} onClick={() => void add()}>
        {t.walkInAdd}
      </Button>
    </View>
  );
}
