import { Input, View } from '@tarojs/components';
import Icon from '@/components/Icon';
import Button from '@/components/Button';
import FormField from '@/components/FormField';
import { adminText } from '@/text/admin';
import { cx } from '@/utils/cx';
import { textLimits, UNCUT } from '@/utils/textLimit';
import QuestionEditor from './QuestionEditor';
import type { CategoryEditorState } from './useCategoryEditor';

const t = adminText.categories;
const MIN_DAYS = 1;
const MAX_DAYS = 60;

/** Adding or editing one category: name, icon, time limit, extra questions. */
export default function CategoryFormPanel({ state }: { state: CategoryEditorState }) {
  const { form, errors, change } = state;
  if (!form) return null;
  const limits = state.list.data?.limits;
  const original = state.categories.find((category) => category.id === form.categoryId);
  return (
    <View className="gt-admin__card gt-system__category-form">
      <View className="gt-admin__title">{original ? t.editTitle(original.name) : t.newTitle}</View>
      <FormField label={t.name} error={errors.name} count={{ value: form.name, max: textLimits.categoryName }}>
        <Input
          className="gt-admin__input gt-system__category-name"
          value={form.name}
          maxlength={UNCUT}
          placeholder={t.namePlaceholder}
          onInput={(e) => change({ name: e.detail.value })}
        />
      </FormField>
      <FormField label={t.icon} error={errors.icon}>
        <View className="gt-system__icons">
          {state.icons.map((icon) => (
            <View
              key={icon}
              className={cx('gt-system__icon', `gt-system__icon--${icon}`, icon === form.icon && 'gt-system__icon--selected')}
              ariaRole="button"
              onClick={() => change({ icon })}
            >
              <Icon value={icon} size={28} />
            </View>
          ))}
        </View>
      </FormField>
      <FormField label={t.timeLimit(form.timeLimitDays)} error={errors.timeLimitDays}>
        <View className="gt-system__stepper">
          <Button
            className="gt-system__less"
            disabled={form.timeLimitDays <= MIN_DAYS}
            onClick={() => change({ timeLimitDays: form.timeLimitDays - 1 })}
          >
            {t.less}
          </Button>
          <Button
            className="gt-system__more"
            disabled={form.timeLimitDays >= MAX_DAYS}
            onClick={() => change({ timeLimitDays: form.timeLimitDays + 1 })}
          >
            {t.more}
          </Button>
        </View>
      </FormField>
      <View className="gt-admin__label">{t.questions}</View>
      {form.questions.length === 0 && <View className="gt-admin__hint">{t.noQuestions}</View>}
      {form.questions.map((question, index) => (
        <QuestionEditor
          key={question.id ?? `new-${index}`}
          index={index}
          question={question}
          error={errors[`question.${index}`]}
          onChange={(fields) => state.changeQuestion(index, fields)}
          onRemove={() => state.removeQuestion(index)}
        />
      ))}
      {form.questions.length < (limits?.questions ?? 5) && (
        <Button className="gt-system__add-question" onClick={state.addQuestion}>
          {t.addQuestion}
        </Button>
      )}
      <View className="gt-system__stepper">
        <Button onClick={state.close}>{adminText.cancel}</Button>
        <Button className="gt-system__category-save" type="primary" onClick={() => void state.save()}>
          {adminText.save}
        </Button>
      </View>
    </View>
  );
}
