import { View } from '@tarojs/components';
import type { QuotaProgressDto } from '@contract';
import { visitsText as t } from '@/text/visits';

/** Visit days against the quota, with the pace a steady year would have reached by today. */
export default function ProgressCard({ progress, name }: { progress: QuotaProgressDto; name?: string }) {
  const share = progress.quota === 0 ? 100 : Math.min(100, Math.round((progress.days / progress.quota) * 100));
  const status = progress.done ? t.home.done : progress.onTrack ? t.home.onTrack : t.home.behind;
  return (
    <View className="gt-visits__card gt-progress-card">
      <View className="gt-visits__line">
        {name ? `${name} · ` : ''}
        {t.home.progressTitle(progress.year)}（{t.levels[progress.level]}）
      </View>
      <View className="gt-visits__title gt-progress-card__days">{t.home.progress(progress.days, progress.quota)}</View>
      <View className="gt-visits__bar">
        <View className="gt-visits__bar-fill" style={{ width: `${share}%` }} />
      </View>
      <View className="gt-visits__line">{t.home.pace(progress.expectedByNow)}</View>
      <View className={progress.onTrack ? 'gt-visits__ok' : 'gt-visits__alert'}>{status}</View>
    </View>
  );
}
