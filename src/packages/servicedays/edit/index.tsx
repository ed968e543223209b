import { Input, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import Button from '@/components/Button';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import { servicedaysText } from '@/text/servicedays';
import ScheduleFields from './ScheduleFields';
import { useServiceDayEditor } from './useServiceDayEditor';
import WhereFields from './WhereFields';
import WindowsField from './WindowsField';
import '../common.scss';

const t = servicedaysText;

/** Creating or changing a service day: when, where, windows and how many each serves per slot. */
export default function EditPage() {
  const { params } = useRouter();
  const id = params.id ? decodeURIComponent(params.id) : undefined;
  const { list, places, form, set, errors, details, busy, save } = useServiceDayEditor(id);
  return (
    <PageShell className="gt-sd-edit">
      <LoadState loading={list.loading} error={list.error} onRetry={list.reload} hasData={form !== null}>
        {form && (
          <View className="gt-sd__card">
            <WhereFields form={form} places={places} placeFixed={Boolean(id)} errors={errors} set={set} />
            <ScheduleFields form={form} set={set} />
            <WindowsField form={form} error={errors.windows} set={set} />
            <View className="gt-sd__label">{t.fieldHorizon}</View>
            <Input
              className="gt-sd__input"
              type="number"
              value={form.horizonWeeks}
              onInput={(e) => set({ horizonWeeks: e.detail.value })}
            />
            <View className="gt-sd__label">{t.fieldCutoff}</View>
            <Input className="gt-sd__input" type="digit" value={form.cutoffHours} onInput={(e) => set({ cutoffHours: e.detail.value })} />
            {details.length > 0 && (
              <View className="gt-sd__details gt-sd-edit__details">
                {details.map((line) => (
                  <View key={line}>{line}</View>
                ))}
              </View>
            )}
            <Button type="primary" loading={busy} disabled={busy} onClick={() => void save()}>
              {t.save}
            </Button>
          </View>
        )}
      </LoadState>
    </PageShell>
  );
}
