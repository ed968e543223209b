import { View } from '@tarojs/components';
import Button from '@/components/Button';
import type { SimilarRequestDto } from '@contract';
import { requestsText } from '@/text/requests';

const t = requestsText.filing;

/** 此问题已有人反映: the same matter filed by others, to follow instead of filing it again. */
export default function SimilarRequests({ items, onFollow }: { items: SimilarRequestDto[]; onFollow: (item: SimilarRequestDto) => void }) {
  if (items.length === 0) return null;
  return (
    <View className="gt-new-request__similar">
      <View className="gt-new-request__similar-title">{t.similarTitle}</View>
      <View className="gt-new-request__similar-hint">{t.similarHint}</View>
      {items.map((item) => (
        <View key={item.id} className="gt-new-request__similar-item">
          <View className="gt-new-request__similar-text">{item.excerpt}</View>
          <View className="gt-new-request__similar-meta">
            {item.stateLabel} · {item.residentLabel} {t.followers(item.followers)}
          </View>
          <Button size="small" onClick={() => onFollow(item)}>
            {t.follow}
          </Button>
        </View>
      ))}
    </View>
  );
}
