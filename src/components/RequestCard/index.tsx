import { Text, View } from '@tarojs/components';
import type { RequestSummaryDto } from '@contract';
import { requestListText } from '@/text/requestList';
import { cx } from '@/utils/cx';
import { formatDateTime } from '@/utils/time';
import './index.scss';

interface RequestCardProps {
  item: RequestSummaryDto;
  /** Show who filed it (handlers' lists). */
  showResident?: boolean;
  onClick: () => void;
}

/** One request in a list: what, where, who has it, the clock. Overdue ones stand out. */
export default function RequestCard({ item, showResident = false, onClick }: RequestCardProps) {
  const overdue = item.countdown?.overdue === true;
  return (
    <View
      className={cx('gt-request-card', overdue && 'gt-request-card--overdue')}
      hoverClass="gt-request-card--active"
      data-request={item.id}
      onClick={onClick}
    >
      <View className="gt-request-card__top">
        <Text className="gt-request-card__category">{item.categoryName}</Text>
        <Text className={cx('gt-request-card__state', `gt-request-card__state--${item.state}`)}>{item.stateLabel}</Text>
      </View>
      <View className="gt-request-card__text">{item.excerpt}</View>
      <View className="gt-request-card__meta">
        {item.place}
        {showResident && ` · ${item.residentLabel}`}
        {item.proxy && ` · ${requestListText.proxy}`}
        {item.relation === 'following' && ` · ${requestListText.following}`}
      </View>
      {item.county && (
        <View className="gt-request-card__county">
          {requestListText.county}：{item.county.words}
        </View>
      )}
      <View className="gt-request-card__bottom">
        <Text className="gt-request-card__handler">
          {item.handler ? `${item.handler.title} ${item.handler.name}` : item.queued ? requestListText.queued : ''}
        </Text>
        {item.countdown ? (
          <Text className={cx('gt-request-card__countdown', overdue && 'gt-request-card__countdown--overdue')}>{item.countdown.label}</Text>
        ) : (
          <Text className="gt-request-card__time">{formatDateTime(item.updatedAt)}</Text>
        )}
      </View>
    </View>
  );
}
