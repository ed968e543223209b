import { Text, View } from '@tarojs/components';
import type { RequestDetailDto } from '@contract';
import { requestsText } from '@/text/requests';
import { cx } from '@/utils/cx';
import { formatDate } from '@/utils/time';
import { FINISHED } from './steps';

const t = requestsText.detail;

function Handler({ request: r }: { request: RequestDetailDto }) {
  if (!r.handler) return r.queued ? <View className="gt-request__handler">{t.queued}</View> : null;
  const { place, title, name } = r.handler;
  return FINISHED.includes(r.state) ? (
    <View className="gt-request__handler">
      {t.handledBy} {place} {title} <Text className="gt-request__handler-name">{name}</Text>
    </View>
  ) : (
    <View className="gt-request__handler">
      {t.handler} {place} {title} <Text className="gt-request__handler-name">{name}</Text> {t.handling}
    </View>
  );
}

/** Who has it now (or who did it) and until when, and why it went to them. */
export default function HandlerCard({ request: r }: { request: RequestDetailDto }) {
  return (
    <View className="gt-request__card gt-request__now">
      <Handler request={r} />
      {r.countdown && (
        <View className={cx('gt-request__countdown', r.countdown.overdue && 'gt-request__countdown--overdue')}>
          {t.deadline}：{r.deadline ? `${formatDate(r.deadline)} · ` : ''}
          {r.countdown.label}
        </View>
      )}
      {r.routingReason && (
        <View className="gt-request__row">
          {t.routing}：{r.routingReason}
        </View>
      )}
    </View>
  );
}
