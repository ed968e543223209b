import { Text, Textarea, View } from '@tarojs/components';
import Button from '@/components/Button';
import ButtonRow from '@/components/ButtonRow';
import FormField from '@/components/FormField';
import PhotoPicker from '@/components/PhotoPicker';
import { requestsText } from '@/text/requests';
import { textLimits, UNCUT } from '@/utils/textLimit';
import { questionsOf } from './filing';
import QuestionFields from './QuestionFields';
import SimilarRequests from './SimilarRequests';
import type { RequestFiling } from './useRequestFiling';

const t = requestsText.filing;

/** Second screen: what happened, in words (the phone's voice input works here) and photos. */
export default function WhatStep({ filing }: { filing: RequestFiling }) {
  const { draft, change } = filing;
  return (
    <View>
      <View className="gt-new-request__title">
        {t.whatHappened}
        <Text className="gt-new-request__category">（{draft.categoryName}）</Text>
      </View>
      <SimilarRequests items={filing.similar} onFollow={(item) => void filing.followInstead(item)} />
      <FormField inset error={filing.errors.text} count={{ value: draft.text, max: textLimits.requestText }}>
        <Textarea
          className="gt-field__textarea gt-field__textarea--tall gt-new-request__text"
          value={draft.text}
          maxlength={UNCUT}
          placeholder={t.textPlaceholder}
          onInput={(event) => change({ text: event.detail.value })}
        />
      </FormField>
      <QuestionFields
        questions={questionsOf(filing.data, draft.categoryId)}
        answers={draft.answers}
        errors={filing.errors}
        onAnswer={(id, value) => change({ answers: { ...draft.answers, [id]: value } })}
      />
      <FormField inset label={t.photosTitle}>
        <PhotoPicker photos={draft.photos} onChange={(photos) => change({ photos })} />
      </FormField>
      <ButtonRow>
        <Button onClick={() => change({ step: 1 })}>{t.back}</Button>
        <Button type="primary" onClick={filing.toStep3}>
          {t.next}
        </Button>
      </ButtonRow>
    </View>
  );
}
