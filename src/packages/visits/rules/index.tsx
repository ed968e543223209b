import { Input, View } from '@tarojs/components';
import type { CadreLevel } from '@contract';
import Button from '@/components/Button';
import Switch from '@/components/Switch';
import FormField from '@/components/FormField';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import { visitsText as t } from '@/text/visits';
import { textLimits, UNCUT } from '@/utils/textLimit';
import { useRulesForm } from './useRulesForm';
import '../visits.scss';

const LEVELS: CadreLevel[] = ['county', 'township', 'village'];

/** 走访设置: the county's household tags with their visit periods, and each level's visit days a year. */
export default function RulesPage() {
  const r = useRulesForm();
  const number = (value: string) => Math.max(0, Math.min(366, Number(value.replace(/\D/g, '')) || 0));
  return (
    <PageShell className="gt-rules">
      <LoadState loading={r.rules.loading} error={r.rules.error} onRetry={r.rules.reload} hasData={r.rules.data !== null}>
        <View className="gt-visits__line gt-visits__card">{r.editable ? t.rules.intro : t.rules.readOnly}</View>
        {r.tags.map((tag, index) => (
          <View key={tag.id ?? `new-${index}`} className="gt-visits__card gt-rules__tag">
            <FormField label={t.rules.tagName} error={r.errors[`tag.${index}`]} count={{ value: tag.name, max: textLimits.visitTagName }}>
              <Input
                className="gt-field__input"
                value={tag.name}
                maxlength={UNCUT}
                disabled={!r.editable}
                onInput={(e) => r.setTag(index, { name: e.detail.value })}
              />
            </FormField>
            <FormField label={t.rules.every}>
              <Input
                className="gt-field__input gt-rules__days"
                type="number"
                value={String(tag.visitEveryDays)}
                disabled={!r.editable}
                onInput={(e) => r.setTag(index, { visitEveryDays: number(e.detail.value) })}
              />
            </FormField>
            <Switch
              title={t.rules.active}
              checked={tag.active}
              disabled={!r.editable}
              border={false}
              onChange={(on: boolean) => r.setTag(index, { active: on })}
            />
          </View>
        ))}
        <View className="gt-visits__card">
          <View className="gt-visits__title">{t.rules.quota}</View>
          {LEVELS.map((level) => (
            <FormField key={level} label={t.levels[level]}>
              <Input
                className="gt-field__input"
                type="number"
                value={String(r.quota[level])}
                disabled={!r.editable}
                onInput={(e) => {
                  // A refused key (a 367th day) changes nothing; the field still shows the days kept (h5/components/Input).
                  const days = number(e.detail.value);
                  if (days !== r.quota[level]) r.setQuota({ ...r.quota, [level]: days });
                }}
              />
            </FormField>
          ))}
        </View>
        {r.editable && (
          <View className="gt-visits__actions">
            <Button onClick={r.addTag}>{t.rules.addTag}</Button>
            <Button type="primary" className="gt-rules__save" onClick={() => void r.save()}>
              {t.rules.save}
            </Button>
          </View>
        )}
      </LoadState>
    </PageShell>
  );
}
