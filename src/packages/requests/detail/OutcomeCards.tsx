import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { RequestDetailDto } from '@contract';
import PhotoStrip from '@/components/PhotoStrip';
import { requestsText } from '@/text/requests';

const t = requestsText.detail;

/** How it ended: the handler's result, the resident's rating, or why it was not taken (and the original it duplicates). */
export default function OutcomeCards({ request: r }: { request: RequestDetailDto }) {
  const duplicateOf = r.rejection?.duplicateOf;
  return (
    <>
      {r.plan && (
        <View className="gt-request__card gt-request__plan">
          <View className="gt-request__heading">{r.outcome === 'planned' ? r.plan.words : t.planHeading}</View>
          <View className="gt-request__text">{r.plan.text}</View>
          <View className="gt-request__row">{t.planDateLine(r.plan.dateWords)}</View>
          {r.plan.reopened && <View className="gt-request__row">{t.planReopened}</View>}
        </View>
      )}
      {r.resolution && (
        <View className="gt-request__card">
          <View className="gt-request__heading">{r.outcome ? t.explanationHeading : t.resolution}</View>
          <View className="gt-request__text">{r.resolution.text}</View>
          <PhotoStrip photos={r.resolution.photos} />
        </View>
      )}
      {r.rating && (
        <View className="gt-request__card">
          <View className="gt-request__heading">{t.rating}</View>
          <View className="gt-request__stars">
            {'★'.repeat(r.rating.stars)}
            {'☆'.repeat(5 - r.rating.stars)}
          </View>
          {r.rating.comment && <View className="gt-request__text">{r.rating.comment}</View>}
        </View>
      )}
      {r.rejection && (
        <View className="gt-request__card">
          <View className="gt-request__heading">{t.rejection}</View>
          {r.rejection.reason && <View className="gt-request__text">{r.rejection.reason}</View>}
          {duplicateOf && (
            <View
              className="gt-request__link"
              onClick={() => Taro.navigateTo({ url: `/packages/requests/detail/index?id=${duplicateOf}` })}
            >
              {t.duplicateOf}
            </View>
          )}
        </View>
      )}
    </>
  );
}
