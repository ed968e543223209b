import { Input, Picker, View } from '@tarojs/components';
import { useState } from 'react';
import { AtButton } from 'taro-ui';
import type { StaffSessionDto } from '@contract';
import { isCloudError } from '@/services';
import * as servicedaysApi from '@/services/servicedays';
import { showFailure, showNotice } from '@/state/notice';
import { servicedaysText } from '@/text/servicedays';

const t = servicedaysText;

/** 现场办理登记: someone who came without booking, at the chosen window, in a slot or queuing (a key per person, kept while the answer is lost). */
export default function WalkInForm({ session, windowId, onAdded }: { session: StaffSessionDto; windowId: string; onAdded: () => void }) {
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [slotIndex, setSlotIndex] = useState(0);
  const [key, setKey] = useState(() => servicedaysApi.newRequestKey());
  const window = session.windows.find((w) => w.id === windowId);
  const options = [t.walkInNoSlot, ...(window?.slots.map((s) => `${t.hours(s.start, s.end)}（${s.taken}/${s.capacity}）`) ?? [])];

  const add = async () => {
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
      showFailure(error);
    }
  };

  return (
    <View className="gt-sd__card">
      <View className="gt-sd__strong">
        {t.walkInTitle} · {window?.name}
      </View>
      <Input className="gt-sd__input" placeholder={t.walkInName} value={name} maxlength={20} onInput={(e) => setName(e.detail.value)} />
      <Input className="gt-sd__input" type="number" placeholder={t.walkInPhone} value={phone} maxlength={13} onInput={(e) => setPhone(e.detail.value)} />
      <Picker mode="selector" range={options} value={slotIndex} onChange={(e) => setSlotIndex(Number(e.detail.value))}>
        <View className="gt-sd__input">{options[slotIndex]}</View>
      </Picker>
      <AtButton disabled={name.trim() === ''} onClick={() => void add()}>
        {t.walkInAdd}
      </AtButton>
    </View>
  );
}
