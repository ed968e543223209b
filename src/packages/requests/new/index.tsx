import { Text, View } from '@tarojs/components';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import { requestsText } from '@/text/requests';
import { cx } from '@/utils/cx';
import SavedFilings from '../saved/SavedFilings';
import CategoryStep from './CategoryStep';
import { useRequestFiling } from './useRequestFiling';
import WhatStep from './WhatStep';
import WhereStep from './WhereStep';
import './index.scss';

/**
 * 我要反映: three screens — the category (big icons), what happened (words
 * and photos, with 此问题已有人反映 to follow instead), where and whether the
 * name may be shown. The form is kept on the device at every change; a
 * submission without network waits on the device, shown as a card above a
 * fresh form until it is sent.
 */
export default function RequestNewPage() {
  const filing = useRequestFiling();
  const { options, data, draft, change } = filing;
  return (
    <PageShell className="gt-new-request">
      <SavedFilings saved={filing.saved} />
      <LoadState loading={options.loading} error={options.error} onRetry={options.reload} hasData={data !== null}>
        {data && (
          <View>
            <View className="gt-new-request__progress">
              {[1, 2, 3].map((n) => (
                <View key={n} className={cx('gt-new-request__dot', n <= draft.step && 'gt-new-request__dot--done')} />
              ))}
              <Text className="gt-new-request__step">{requestsText.filing.step(draft.step)}</Text>
            </View>
            {draft.step === 1 && (
              <CategoryStep
                categories={data.categories}
                selected={draft.categoryId}
                onPick={(category) =>
                  // Another category asks other questions: its answers start empty.
                  change({
                    categoryId: category.id,
                    categoryName: category.name,
                    step: 2,
                    ...(category.id === draft.categoryId ? {} : { answers: {} }),
                  })
                }
              />
            )}
            {draft.step === 2 && <WhatStep filing={filing} />}
            {draft.step === 3 && <WhereStep filing={filing} options={data} />}
          </View>
        )}
      </LoadState>
    </PageShell>
  );
}
