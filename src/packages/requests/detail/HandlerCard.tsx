import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { RequestDetailDto } from '@contract';
import { requestsText } from '@/text/requests';
import { cx } from '@/utils/cx';
import { callPhone, formatPhone } from '@/utils/phone';
import { formatDate } from '@/utils/time';
import { FINISHED } from './steps';

const t = requestsText.detail;

function Handler({ request: r }: { request: RequestDetailDto }) {
  if (!r.handler) return r.queued ? <View className="gt-request__handler">{r.county ? t.countyQueued : t.queued}</View> : null;
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

/** 限期解决: the department holding it (or that solved it) and until when, in plain words. */
function Department({ request: r }: { request: RequestDetailDto }) {
  const hold = r.department;
  if (!hold) return null;
  return (
    <View className="gt-request__department">
      <View className="gt-request__handler">
        {t.department}：<Text className="gt-request__handler-name">{hold.words}</Text>
      </View>
      {hold.open && hold.overdue && <View className="gt-request__countdown gt-request__countdown--overdue">{t.departmentOverdue}</View>}
      {hold.open && r.state !== 'suspended' && (
        <View className="gt-request__row gt-request__clock">{t.departmentClock(hold.returnsTo)}</View>
      )}
    </View>
  );
}

/** 县里办理: the request reached the county, which holds it until the date shown. */
function County({ request: r }: { request: RequestDetailDto }) {
  if (!r.county) return null;
  return (
    <View className="gt-request__handler gt-request__county">
      {t.county}：<Text className="gt-request__handler-name">{r.county.words}</Text>
    </View>
  );
}

/** The big green button to call whoever holds it now, as on the 便民联系卡. */
function CallHandler({ name, phone }: { name: string; phone: string }) {
  return (
    <View
      className="gt-request__call"
      hoverClass="gt-request__call--active"
      ariaRole="button"
      ariaLabel={t.callHandlerLabel(name, phone)}
      onClick={() => callPhone(phone)}
    >
      <Text className="gt-request__call-label">{t.callHandler(name)}</Text>
      <Text className="gt-request__call-number">{formatPhone(phone)}</Text>
    </View>
  );
}

/** Who has it now (or who did it) and until when, a button to call them, and why it went to them. */
export default function HandlerCard({ request: r }: { request: RequestDetailDto }) {
  return (
    <View className="gt-request__card gt-request__now">
      <County request={r} />
      <Department request={r} />
      <Handler request={r} />
      {r.handler && r.handlerPhone && <CallHandler name={r.handler.name} phone={r.handlerPhone} />}
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
      {r.sourceVisitId && (
        <View
          className="gt-request__row gt-request__source-visit"
          onClick={() => Taro.navigateTo({ url: `/packages/visits/visit/index?id=${r.sourceVisitId}` })}
        >
          {t.fromVisit} ›
        </View>
      )}
    </View>
  );
}
