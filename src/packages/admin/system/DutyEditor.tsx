import { Input, View } from '@tarojs/components';
import type { GridDutyDto } from '@contract';
import { useState } from 'react';
import Button from '@/components/Button';
import Switch from '@/components/Switch';
import ButtonRow from '@/components/ButtonRow';
import ChoiceChips from '@/components/ChoiceChips';
import FormField from '@/components/FormField';
import { useFieldErrors } from '@/hooks/useFieldErrors';
import type { DutyInput } from '@/services/admin';
import { adminText } from '@/text/admin';
import { requiredText, textLimits, UNCUT } from '@/utils/textLimit';

const t = adminText;

interface DutyEditorProps {
  /** The person's duties in this grid now (none for someone new to it). */
  duties: GridDutyDto[];
  categories: Array<{ id: string; name: string }>;
  onCancel: () => void;
  /** Resolves when the save has finished (the editor closes on success). */
  onSave: (duty: DutyInput) => Promise<void>;
}

/**
 * 网格员职责 in one grid: a title, the request categories the person takes
 * (big tappable choices) and whether they are the grid's 第一责任人. A
 * person has one duty per grid, so several are merged into one when saved.
 */
export default function DutyEditor({ duties, categories, onCancel, onSave }: DutyEditorProps) {
  const [title, setTitle] = useState(duties[0]?.title ?? '');
  const [categoryIds, setCategoryIds] = useState<string[]>(() => [...new Set(duties.flatMap((duty) => duty.categoryIds))]);
  const [first, setFirst] = useState(duties.some((duty) => duty.firstResponsible));
  const [busy, setBusy] = useState(false);
  const errors = useFieldErrors<'title'>();

  const toggle = (id: string) =>
    setCategoryIds(categoryIds.includes(id) ? categoryIds.filter((held) => held !== id) : [...categoryIds, id]);
  const save = async () => {
    if (errors.show({ title: requiredText(title, t.dutyTitleMissing, textLimits.dutyTitle) })) return;
    setBusy(true);
    await onSave({ title: title.trim(), categoryIds, firstResponsible: first });
    setBusy(false);
  };

  return (
    <View className="gt-system__duty-editor">
      <FormField label={t.dutyTitle} error={errors.errors.title} count={{ value: title, max: textLimits.dutyTitle }}>
        <Input
          className="gt-admin__input gt-system__duty-title"
          value={title}
          maxlength={UNCUT}
          placeholder={t.dutyTitlePlaceholder}
          onInput={(e) => {
            setTitle(e.detail.value);
            errors.clear('title');
          }}
        />
      </FormField>
      <View className="gt-admin__label">{t.dutyCategories}</View>
      <ChoiceChips
        className="gt-system__duty-categories"
        options={categories.map((category) => ({ value: category.id, label: category.name }))}
        selected={categoryIds}
        onToggle={toggle}
      />
      <Switch
        className="gt-system__duty-first"
        title={t.dutyFirst}
        checked={first}
        border={false}
        onChange={(value: boolean) => setFirst(value)}
      />
      {duties.length > 1 && <View className="gt-admin__hint">{t.dutyMerged}</View>}
      <ButtonRow>
        <Button onClick={onCancel}>{t.cancel}</Button>
        <Button className="gt-system__duty-save" type="primary" loading={busy} disabled={busy} onClick={() => void save()}>
          {t.save}
        </Button>
      </ButtonRow>
    </View>
  );
}
