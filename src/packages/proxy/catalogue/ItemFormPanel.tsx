import { Input, Textarea, View } from '@tarojs/components';
import Button from '@/components/Button';
import ChoiceList from '@/components/ChoiceList';
import FormField from '@/components/FormField';
import { proxyText } from '@/text/proxy';
import { textLimits, UNCUT } from '@/utils/textLimit';
import { OTHER_OFFICE, STAGES } from './itemForm';
import type { CatalogueEditorState } from './useCatalogueEditor';

const t = proxyText.catalogue;

/** The materials to collect, one row each: typed, removed, added up to the limit. */
function MaterialRows({ state }: { state: CatalogueEditorState }) {
  const { form, errors } = state;
  if (!form) return null;
  return (
    <FormField label={t.materials} error={errors.materials} className="gt-daiban-catalogue__materials">
      {form.materials.map((material, index) => (
        <FormField
          key={index}
          error={errors[`material.${index}`]}
          count={{ value: material, max: textLimits.proxyMaterial }}
          className={`gt-daiban-catalogue__material gt-daiban-catalogue__material--${index + 1}`}
        >
          <View className="gt-daiban-catalogue__row">
            <Input
              className="gt-daiban__input gt-daiban-catalogue__grow"
              value={material}
              maxlength={UNCUT}
              placeholder={t.materialPlaceholder(index + 1)}
              onInput={(e) => state.changeMaterial(index, e.detail.value)}
            />
            <Button size="small" className="gt-daiban-catalogue__remove" onClick={() => state.removeMaterial(index)}>
              {t.removeMaterial}
            </Button>
          </View>
        </FormField>
      ))}
      {form.materials.length < state.limits.materials && (
        <Button size="small" className="gt-daiban-catalogue__add-material" onClick={state.addMaterial}>
          {t.addMaterial}
        </Button>
      )}
    </FormField>
  );
}

/** The office that decides: one of the county's departments, or one named in words. */
function OfficeChoice({ state }: { state: CatalogueEditorState }) {
  const { form, errors } = state;
  if (!form) return null;
  const options = state.departments.map((d) => ({ key: d.id, label: d.name }));
  const original = state.items.find((item) => item.id === form.itemId)?.office;
  // A department no longer listed (retired) stays shown as chosen: the server says what to do about it.
  if (original?.departmentId && !options.some((o) => o.key === original.departmentId))
    options.push({ key: original.departmentId, label: original.name });
  options.push({ key: OTHER_OFFICE, label: t.otherOffice });
  return (
    <FormField label={t.office} error={errors.office} className="gt-daiban-catalogue__office">
      <ChoiceList options={options} selected={form.office} onSelect={(office) => state.change({ office })} />
      {form.office === OTHER_OFFICE && (
        <FormField label={t.officeName} count={{ value: form.officeName, max: textLimits.departmentName }}>
          <Input
            className="gt-daiban__input gt-daiban-catalogue__office-name"
            value={form.officeName}
            maxlength={UNCUT}
            placeholder={t.officeNamePlaceholder}
            onInput={(e) => state.change({ officeName: e.detail.value }, 'office')}
          />
        </FormField>
      )}
    </FormField>
  );
}

/** Working days per stage, a day at a time (1 to the limit). */
function StageDays({ state }: { state: CatalogueEditorState }) {
  const { form, errors } = state;
  if (!form) return null;
  return (
    <View className="gt-daiban-catalogue__stages">
      <View className="gt-field__label">{t.stageLimits}</View>
      {STAGES.map((stage) => {
        const days = form.stageDays[stage];
        const set = (next: number) => state.change({ stageDays: { ...form.stageDays, [stage]: next } }, `stageDays.${stage}`);
        return (
          <FormField key={stage} error={errors[`stageDays.${stage}`]} className={`gt-daiban-catalogue__stage--${stage}`}>
            <View className="gt-daiban-catalogue__row">
              <View className="gt-daiban-catalogue__grow gt-daiban-catalogue__days">{t.stageDays(proxyText.stages[stage], days)}</View>
              <Button size="small" className="gt-daiban-catalogue__less" disabled={days <= 1} onClick={() => set(days - 1)}>
                {t.less}
              </Button>
              <Button
                size="small"
                className="gt-daiban-catalogue__more"
                disabled={days >= state.limits.stageDays}
                onClick={() => set(days + 1)}
              >
                {t.more}
              </Button>
            </View>
          </FormField>
        );
      })}
    </View>
  );
}

/** Adding or editing one item: every field the catalogue keeps. */
export default function ItemFormPanel({ state }: { state: CatalogueEditorState }) {
  const { form, errors, change } = state;
  if (!form) return null;
  const original = state.items.find((item) => item.id === form.itemId);
  return (
    <View className="gt-daiban__card gt-daiban-catalogue__form">
      <View className="gt-daiban__title">{original ? t.editTitle(original.name) : t.newTitle}</View>
      {state.conflict && <View className="gt-field__error gt-daiban-catalogue__conflict">{t.conflict}</View>}
      <FormField label={t.name} error={errors.name} count={{ value: form.name, max: textLimits.proxyItemName }}>
        <Input
          className="gt-daiban__input gt-daiban-catalogue__name"
          value={form.name}
          maxlength={UNCUT}
          placeholder={t.namePlaceholder}
          onInput={(e) => change({ name: e.detail.value })}
        />
      </FormField>
      <MaterialRows state={state} />
      <OfficeChoice state={state} />
      <StageDays state={state} />
      <FormField label={t.guide} error={errors.guide} count={{ value: form.guide, max: textLimits.proxyGuide }}>
        <Textarea
          className="gt-daiban__input gt-daiban-catalogue__guide"
          value={form.guide}
          maxlength={UNCUT}
          placeholder={t.guidePlaceholder}
          onInput={(e) => change({ guide: e.detail.value })}
        />
      </FormField>
      <FormField label={t.order} error={errors.order}>
        <Input
          className="gt-daiban__input gt-daiban-catalogue__order"
          type="number"
          value={form.order}
          maxlength={UNCUT}
          onInput={(e) => change({ order: e.detail.value })}
        />
      </FormField>
      <View className="gt-daiban-catalogue__row">
        <Button onClick={state.close}>{t.cancel}</Button>
        <Button type="primary" className="gt-daiban-catalogue__save" loading={state.busy} onClick={() => void state.save()}>
          {t.save}
        </Button>
      </View>
    </View>
  );
}
