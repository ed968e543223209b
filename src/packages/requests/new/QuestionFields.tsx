import { Input, Text, Textarea, View } from '@tarojs/components';
import type { CategoryQuestion } from '@contract';
import ChoiceChips from '@/components/ChoiceChips';
import FormField from '@/components/FormField';
import { requestsText } from '@/text/requests';
import { UNCUT } from '@/utils/textLimit';
import type { AnswerField, DraftAnswers } from './answers';

const t = requestsText.filing;
/** From this limit on a text answer gets a box of several lines. */
const LONG_ANSWER = 60;

interface QuestionFieldsProps {
  questions: readonly CategoryQuestion[];
  answers: DraftAnswers;
  errors: Partial<Record<AnswerField, string>>;
  onAnswer: (id: string, value: string | boolean) => void;
}

/** The input a question of its kind takes: words, a number with its unit, 是/否, or one of its options as big chips. */
function AnswerInput({
  question: q,
  value,
  onAnswer,
}: {
  question: CategoryQuestion;
  value: string | boolean | undefined;
  onAnswer: QuestionFieldsProps['onAnswer'];
}) {
  const text = typeof value === 'string' ? value : '';
  switch (q.kind) {
    case 'text':
      return q.maxLength >= LONG_ANSWER ? (
        <Textarea
          className="gt-field__textarea gt-new-request__answer"
          value={text}
          maxlength={UNCUT}
          autoHeight
          onInput={(e) => onAnswer(q.id, e.detail.value)}
        />
      ) : (
        <Input
          className="gt-field__input gt-new-request__answer"
          value={text}
          maxlength={UNCUT}
          onInput={(e) => onAnswer(q.id, e.detail.value)}
        />
      );
    case 'number':
      return (
        <Input
          className="gt-field__input gt-new-request__answer"
          type="digit"
          value={text}
          maxlength={UNCUT}
          placeholder={t.numberPlaceholder(q.unit)}
          onInput={(e) => onAnswer(q.id, e.detail.value)}
        />
      );
    case 'yesNo':
      return (
        <ChoiceChips
          className="gt-new-request__answer"
          options={[
            { value: 'yes', label: t.yes },
            { value: 'no', label: t.no },
          ]}
          selected={value === true ? ['yes'] : value === false ? ['no'] : []}
          onToggle={(choice) => onAnswer(q.id, choice === 'yes')}
        />
      );
    case 'choice':
      return (
        <ChoiceChips
          className="gt-new-request__answer"
          options={q.options.map((option) => ({ value: option, label: option }))}
          selected={typeof value === 'string' ? [value] : []}
          onToggle={(choice) => onAnswer(q.id, choice)}
        />
      );
  }
}

/** 补充问题: what the chosen category asks, each marked where it lacks an answer or has a wrong one. */
export default function QuestionFields({ questions, answers, errors, onAnswer }: QuestionFieldsProps) {
  if (questions.length === 0) return null;
  return (
    <View className="gt-new-request__questions">
      <View className="gt-new-request__title">{t.questionsTitle}</View>
      {questions.map((q) => {
        const value = answers[q.id];
        return (
          <FormField
            key={q.id}
            inset
            className={`gt-new-request__question gt-new-request__question--${q.id}`}
            error={errors[`answer.${q.id}`]}
            count={q.kind === 'text' ? { value: typeof value === 'string' ? value : '', max: q.maxLength } : undefined}
          >
            <View className="gt-field__label">
              {q.label}
              {!q.required && <Text className="gt-new-request__optional">{t.optionalMark}</Text>}
            </View>
            <AnswerInput question={q} value={value} onAnswer={onAnswer} />
          </FormField>
        );
      })}
    </View>
  );
}
