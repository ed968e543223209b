import { Input, Textarea, View } from '@tarojs/components';
import type { QuestionKind } from '@contract';
import Button from '@/components/Button';
import ChoiceChips from '@/components/ChoiceChips';
import FormField from '@/components/FormField';
import { adminText } from '@/text/admin';
import { textLimits, UNCUT } from '@/utils/textLimit';
import type { QuestionForm } from './categoryForm';

const t = adminText.categories;
const KINDS: QuestionKind[] = ['text', 'number', 'yesNo', 'choice'];

interface QuestionEditorProps {
  index: number;
  question: QuestionForm;
  error?: string;
  onChange: (fields: Partial<QuestionForm>) => void;
  onRemove: () => void;
}

/** The fields a question of its kind has: a text's length, a number's range and unit, a choice's options. */
function KindFields({ question: q, onChange }: Pick<QuestionEditorProps, 'question' | 'onChange'>) {
  const numberInput = (value: string, placeholder: string, key: 'maxLength' | 'min' | 'max', className: string) => (
    <Input
      className={`gt-admin__input ${className}`}
      type="digit"
      value={value}
      maxlength={UNCUT}
      placeholder={placeholder}
      onInput={(e) => onChange({ [key]: e.detail.value })}
    />
  );
  if (q.kind === 'text')
    return <FormField label={t.maxLength}>{numberInput(q.maxLength, t.maxLength, 'maxLength', 'gt-system__q-max-length')}</FormField>;
  if (q.kind === 'number')
    return (
      <View>
        <View className="gt-system__q-range">
          {numberInput(q.min, t.min, 'min', 'gt-system__q-min')}
          {numberInput(q.max, t.max, 'max', 'gt-system__q-max')}
        </View>
        <FormField count={{ value: q.unit, max: textLimits.questionUnit }}>
          <Input
            className="gt-admin__input gt-system__q-unit"
            value={q.unit}
            maxlength={UNCUT}
            placeholder={t.unit}
            onInput={(e) => onChange({ unit: e.detail.value })}
          />
        </FormField>
      </View>
    );
  if (q.kind === 'choice')
    return (
      <FormField label={t.options}>
        <Textarea
          className="gt-field__textarea gt-system__q-options"
          value={q.options}
          maxlength={UNCUT}
          autoHeight
          onInput={(e) => onChange({ options: e.detail.value })}
        />
      </FormField>
    );
  return null;
}

/** One extra question: its words, its kind, whether it must be answered, and its kind's limits. */
export default function QuestionEditor({ index, question: q, error, onChange, onRemove }: QuestionEditorProps) {
  return (
    <View className="gt-system__question" data-question={index}>
      <FormField label={t.questionLabel(index + 1)} error={error} count={{ value: q.label, max: textLimits.questionLabel }}>
        <Input
          className="gt-admin__input gt-system__q-label"
          value={q.label}
          maxlength={UNCUT}
          placeholder={t.labelPlaceholder}
          onInput={(e) => onChange({ label: e.detail.value })}
        />
      </FormField>
      <ChoiceChips
        className="gt-system__q-kind"
        options={KINDS.map((kind) => ({ value: kind, label: t.kinds[kind] }))}
        selected={[q.kind]}
        onToggle={(kind) => onChange({ kind: kind as QuestionKind })}
      />
      <ChoiceChips
        className="gt-system__q-required"
        options={[
          { value: 'required', label: t.required },
          { value: 'optional', label: t.optional },
        ]}
        selected={[q.required ? 'required' : 'optional']}
        onToggle={(value) => onChange({ required: value === 'required' })}
      />
      <KindFields question={q} onChange={onChange} />
      <Button size="small" className="gt-system__q-remove" onClick={onRemove}>
        {t.removeQuestion}
      </Button>
    </View>
  );
}
