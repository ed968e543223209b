import { Input, View } from '@tarojs/components';
import Button from '@/components/Button';
import ChoiceChips from '@/components/ChoiceChips';
import ChoiceList from '@/components/ChoiceList';
import FormField from '@/components/FormField';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import PhotoPicker from '@/components/PhotoPicker';
import { proxyText } from '@/text/proxy';
import { textLimits, UNCUT } from '@/utils/textLimit';
import { MAX_CASE_PHOTOS } from '../limits';
import { useOpenCase } from './useOpenCase';
import '../proxy.scss';

const t = proxyText.form;

/** 新办代办: the agent picks the item, the resident and their grid, ticks off the materials brought, photographs them. */
export default function NewCasePage() {
  const { options, form, gridId, item, set, toggle, submit, busy, errors } = useOpenCase();
  return (
    <PageShell className="gt-daiban-new">
      <LoadState loading={options.loading} error={options.error} onRetry={options.reload} hasData={options.data !== null}>
        <FormField inset label={t.item} error={errors.itemId} className="gt-daiban-new__items">
          <ChoiceList
            options={(options.data?.items ?? []).map((i) => ({ key: i.id, label: i.name }))}
            selected={form.itemId}
            onSelect={(itemId) => set({ itemId })}
          />
        </FormField>
        {item && (
          <View className="gt-daiban__card">
            <View className="gt-daiban__line">{`${t.office}：${item.office.name}`}</View>
            <View className="gt-daiban__line">{t.limits(item.stageDays)}</View>
            {item.guide && <View className="gt-daiban__line">{`${t.guide}：${item.guide}`}</View>}
          </View>
        )}
        {(options.data?.grids.length ?? 0) > 1 && (
          <FormField inset label={t.grid} error={errors.gridId} className="gt-daiban-new__grids">
            <ChoiceList
              options={(options.data?.grids ?? []).map((g) => ({ key: g.id, label: g.name }))}
              selected={gridId}
              onSelect={(id) => set({ gridId: id })}
            />
          </FormField>
        )}
        <FormField inset label={t.residentName} error={errors.residentName}>
          <Input
            className="gt-field__input gt-daiban-new__name"
            value={form.residentName}
            maxlength={UNCUT}
            onInput={(e) => set({ residentName: e.detail.value })}
          />
        </FormField>
        <FormField inset label={t.residentPhone} error={errors.residentPhone}>
          <Input
            className="gt-field__input gt-daiban-new__phone"
            type="number"
            value={form.residentPhone}
            maxlength={UNCUT}
            onInput={(e) => set({ residentPhone: e.detail.value })}
          />
        </FormField>
        <FormField inset label={t.household} error={errors.household} count={{ value: form.household, max: textLimits.household }}>
          <Input
            className="gt-field__input gt-daiban-new__household"
            value={form.household}
            maxlength={UNCUT}
            placeholder={t.householdPlaceholder}
            onInput={(e) => set({ household: e.detail.value })}
          />
        </FormField>
        {item && (
          <FormField inset label={t.materials} error={errors.checked} className="gt-daiban-new__materials">
            <ChoiceChips options={item.materials.map((m) => ({ value: m, label: m }))} selected={form.checked} onToggle={toggle} />
          </FormField>
        )}
        <FormField inset label={t.photos} error={errors.photos}>
          <PhotoPicker photos={form.photos} max={MAX_CASE_PHOTOS} onChange={(photos) => set({ photos })} />
        </FormField>
        <View className="gt-daiban__actions">
          <Button type="primary" className="gt-daiban-new__submit" loading={busy} onClick={() => void submit()}>
            {t.submit}
          </Button>
        </View>
      </LoadState>
    </PageShell>
  );
}
