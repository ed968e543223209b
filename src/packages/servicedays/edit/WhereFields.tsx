import { Input, Picker, View } from '@tarojs/components';
import type { PlaceDto } from '@contract';
import FormField from '@/components/FormField';
import type { FieldProblems } from '@/hooks/useFieldErrors';
import { servicedaysText } from '@/text/servicedays';
import { textLimits, UNCUT } from '@/utils/textLimit';
import type { FormPatch, ServiceDayField, ServiceDayForm } from './serviceDayForm';

const t = servicedaysText;

interface WhereFieldsProps {
  form: ServiceDayForm;
  places: PlaceDto[];
  /** A saved service day stays with its place. */
  placeFixed: boolean;
  errors: FieldProblems<ServiceDayField>;
  set: (patch: FormPatch) => void;
}

/** Who holds it (a place the person manages), its name and where. */
export default function WhereFields({ form, places, placeFixed, errors, set }: WhereFieldsProps) {
  return (
    <>
      <View className="gt-sd__label">{t.fieldPlace}</View>
      <Picker
        mode="selector"
        disabled={placeFixed}
        range={places.map((p) => p.name)}
        value={Math.max(
          0,
          places.findIndex((p) => p.id === form.placeId),
        )}
        onChange={(e) => set({ placeId: places[Number(e.detail.value)]?.id ?? '' })}
      >
        <View className="gt-sd__input">{places.find((p) => p.id === form.placeId)?.name ?? ''}</View>
      </Picker>
      <FormField label={t.fieldTitle} error={errors.title} count={{ value: form.title, max: textLimits.serviceDayTitle }}>
        <Input
          className="gt-sd__input gt-sd-edit__title"
          value={form.title}
          maxlength={UNCUT}
          onInput={(e) => set({ title: e.detail.value })}
        />
      </FormField>
      <FormField label={t.fieldVenue} error={errors.venue} count={{ value: form.venue, max: textLimits.serviceDayVenue }}>
        <Input
          className="gt-sd__input gt-sd-edit__venue"
          value={form.venue}
          maxlength={UNCUT}
          onInput={(e) => set({ venue: e.detail.value })}
        />
      </FormField>
    </>
  );
}
