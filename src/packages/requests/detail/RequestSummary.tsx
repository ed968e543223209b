import { Text, View } from '@tarojs/components';
import type { RequestDetailDto } from '@contract';
import PhotoStrip from '@/components/PhotoStrip';
import { requestsText } from '@/text/requests';
import { cx } from '@/utils/cx';

const t = requestsText.detail;

/** What was asked: category and state, code, the resident's words, answers to the category's questions, photos, where. */
export default function RequestSummary({ request: r }: { request: RequestDetailDto }) {
  return (
    <View className="gt-request__card">
      <View className="gt-request__top">
        <Text className="gt-request__category">{r.categoryName}</Text>
        <Text className={cx('gt-request__state', `gt-request__state--${r.state}`)}>{r.stateLabel}</Text>
      </View>
      <View className="gt-request__code">
        {t.code(r.code)}
        {r.proxy && ` · ${t.proxy}`}
        {r.followers > 0 && ` · ${t.followers(r.followers)}`}
      </View>
      <View className="gt-request__text">{r.text}</View>
      {/* The category's extra questions as they were asked when it was filed. */}
      {r.answers.map((answer) => (
        <View key={answer.questionId} className="gt-request__row gt-request__answer">
          {t.answer(answer.label, answer.text)}
        </View>
      ))}
      <PhotoStrip photos={r.photos} />
      <View className="gt-request__row">
        {t.place}：{r.place}
        {r.location?.address ? ` · ${r.location.address}` : ''}
      </View>
    </View>
  );
}
