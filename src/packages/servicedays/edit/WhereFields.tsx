import { Input, Picker, View } from '@tarojs/components';
import type { PlaceDto } from '@contract';
import { servicedaysText } from '@/text/servicedays';
import type { FormPatch, ServiceDayForm } from './serviceDayForm';

const t = servicedaysText;

interface WhereFieldsProps {
  form: ServiceDayForm;
  places: PlaceDto[];
  /** A saved service day stays with its place. */
  placeFixed: boolean;
  set: (patch: FormPatch) => void;
}

/** Who holds it (a place the person manages), its name and where. */
export default function WhereFields({ form, places, placeFixed, set }: WhereFieldsProps) {
  return (
    <>
      <View className="gt-sd__label">{t.fieldPlace}</View>
      <Picker
        mode="selector"
        disabled={placeFixed}
        range={places.map((p) => p.name)}
        value={Math.max(0, places.findIndex((p) => p.id === form.placeId))}
        onChange={(e) => set({ placeId: places[Number(e.detail.value)]?.id ?? '' })}
      >
        <View className="gt-sd__input">{places.find((p) => p.id === form.placeId)?.name ?? ''}</View>
      </Picker>
      <View className="gt-sd__label">{t.fieldTitle}</View>
      <Input className="gt-sd__input" value={form.title} maxlength={20} onInput={(e) => set({ title: e.detail.value })} />
      <View className="gt-sd__label">{t.fieldVenue}</View>
      <Input className="gt-sd__input" value={form.venue} maxlength={30} onInput={(e) => set({ venue: e.detail.value })} />
    </>
  );
}
