import { View } from '@tarojs/components';
import type { RequestOf } from '@contract';
import Button from '@/components/Button';
import LoadState from '@/components/LoadState';
import { visitsText as t } from '@/text/visits';
import { useDiary } from './useDiary';
import VisitCard from './VisitCard';

/** A diary (own, a place's, a cadre's, open callbacks), newest first, with 看更早的. */
export default function DiaryList({ query }: { query: RequestOf<'visits', 'diary'> }) {
  const diary = useDiary(query);
  return (
    <LoadState loading={diary.loading} error={diary.error} onRetry={diary.reload} hasData={diary.items.length > 0 || !diary.loading}>
      {diary.items.length === 0 && !diary.loading && <View className="gt-visits__empty">{t.diary.empty}</View>}
      {diary.items.map((visit) => (
        <VisitCard key={visit.id} visit={visit} />
      ))}
      {diary.next && (
        <View className="gt-visits__actions">
          <Button className="gt-diary__more" loading={diary.loading} onClick={diary.more}>
            {t.diary.more}
          </Button>
        </View>
      )}
    </LoadState>
  );
}
