import { View } from '@tarojs/components';
import { useState } from 'react';
import Button from '@/components/Button';
import LoadState from '@/components/LoadState';
import { useRemote } from '@/hooks/useRemote';
import * as adminApi from '@/services/admin';
import * as requestsApi from '@/services/requests';
import { showFailure, showNotice } from '@/state/notice';
import { adminText } from '@/text/admin';

const t = adminText;
const MIN_DAYS = 1;
const MAX_DAYS = 60;

/**
 * 限时办结 of each request category, in working days, with big − and +
 * buttons; requests routed afterwards get the new limit. Only the county's
 * administrator may change them: others are told so when they save.
 */
export default function CategoryLimits() {
  const options = useRemote(requestsApi.formOptions);
  const [edited, setEdited] = useState<Record<string, number>>({});
  const [saving, setSaving] = useState<string | null>(null);
  const categories = options.data?.categories ?? [];

  const save = async (categoryId: string, days: number) => {
    setSaving(categoryId);
    try {
      await adminApi.setCategoryLimit(categoryId, days);
      showNotice(t.limitSaved, 'success');
      options.reload();
      setEdited(({ [categoryId]: _saved, ...rest }) => rest);
    } catch (error) {
      showFailure(error);
    } finally {
      setSaving(null);
    }
  };

  return (
    <View className="gt-admin__card gt-system__limits">
      <View className="gt-admin__title">{t.limitsTitle}</View>
      <View className="gt-admin__hint">{t.limitsHint}</View>
      <LoadState loading={options.loading} error={options.error} onRetry={options.reload} hasData={options.data !== null}>
        {categories.map((category) => {
          const days = edited[category.id] ?? category.timeLimitDays;
          const change = (by: number) => setEdited({ ...edited, [category.id]: Math.min(MAX_DAYS, Math.max(MIN_DAYS, days + by)) });
          return (
            <View key={category.id} className={`gt-system__limit gt-system__limit--${category.id}`}>
              <View className="gt-admin__label">{t.limitLine(category.name, days)}</View>
              <View className="gt-system__stepper">
                <Button className="gt-system__less" disabled={days <= MIN_DAYS} onClick={() => change(-1)}>
                  {t.less}
                </Button>
                <Button className="gt-system__more" disabled={days >= MAX_DAYS} onClick={() => change(1)}>
                  {t.more}
                </Button>
                <Button
                  className="gt-system__save"

                  type="primary"
                  loading={saving === category.id}
                  disabled={saving !== null || days === category.timeLimitDays}
                  onClick={() => void save(category.id, days)}
                >
                  {t.save}
                </Button>
              </View>
            </View>
          );
        })}
      </LoadState>
    </View>
  );
}
