import { Input, View } from '@tarojs/components';
import type { FoundPersonDto } from '@contract';
import { useState, type ReactNode } from 'react';
import Button from '@/components/Button';
import FormField from '@/components/FormField';
import { useFieldErrors } from '@/hooks/useFieldErrors';
import * as adminApi from '@/services/admin';
import { showFailure } from '@/state/notice';
import { adminText } from '@/text/admin';
import { UNCUT } from '@/utils/textLimit';
import PersonCard from './PersonCard';

const t = adminText;
const PHONE = /^\d{11}$/;

interface PersonFinderProps {
  found: FoundPersonDto[];
  onFound: (people: FoundPersonDto[]) => void;
  /** What can be done with a person found (appoint them here). */
  actions: (person: FoundPersonDto) => ReactNode;
}

/** Finds someone not listed at the place yet by their phone number, within the administrator's jurisdiction. */
export default function PersonFinder({ found, onFound, actions }: PersonFinderProps) {
  const [phone, setPhone] = useState('');
  const [busy, setBusy] = useState(false);
  const errors = useFieldErrors<'phone'>();

  const find = async () => {
    const digits = phone.replace(/\s/g, '');
    if (errors.show({ phone: PHONE.test(digits) ? undefined : t.phoneWrong })) return;
    setBusy(true);
    onFound([]);
    try {
      onFound(await adminApi.findPerson(digits));
    } catch (error) {
      showFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className="gt-admin__card gt-system__finder">
      <View className="gt-admin__title">{t.findTitle}</View>
      <View className="gt-admin__hint">{t.findHint}</View>
      <FormField error={errors.errors.phone}>
        <View className="gt-system__find-row">
          <Input
            className="gt-admin__input gt-system__find-phone"
            type="number"
            value={phone}
            maxlength={UNCUT}
            placeholder={t.phonePlaceholder}
            onInput={(e) => {
              setPhone(e.detail.value);
              errors.clear('phone');
            }}
            onConfirm={() => void find()}
          />
          <Button className="gt-system__find" type="primary" loading={busy} disabled={busy} onClick={() => void find()}>
            {t.find}
          </Button>
        </View>
      </FormField>
      {found.map((person) => (
        <PersonCard
          key={person.id}
          className="gt-system__found"
          name={person.name}
          phone={person.phone}
          lines={[person.homeGrid ? t.livesIn(person.homeGrid.name) : '', person.staffScope ? t.staffOf(person.staffScope.name) : '']}
        >
          {actions(person)}
        </PersonCard>
      ))}
    </View>
  );
}
