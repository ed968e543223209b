import { Textarea, View } from '@tarojs/components';
import Button from '@/components/Button';
import ChoiceChips from '@/components/ChoiceChips';
import FormField from '@/components/FormField';
import { visitsText as t } from '@/text/visits';
import { textLimits, UNCUT } from '@/utils/textLimit';
import type { ProblemDraft } from './visitDraft';

interface ProblemEditorProps {
  problem: ProblemDraft;
  /** What this problem still lacks or has too long. */
  error?: string;
  categories: ReadonlyArray<{ id: string; name: string }>;
  onChange: (fields: Partial<ProblemDraft>) => void;
  onRemove: () => void;
}

/** A problem found at the door: its category and what it is; it becomes a 代办 诉求 when the entry is sent. */
export default function ProblemEditor({ problem, error, categories, onChange, onRemove }: ProblemEditorProps) {
  return (
    <View className="gt-visits__sub gt-problem-editor">
      <FormField label={t.visitForm.problemCategory}>
        <ChoiceChips
          className="gt-problem-editor__categories"
          options={categories.map((c) => ({ value: c.id, label: c.name }))}
          selected={[problem.categoryId]}
          onToggle={(value) => onChange({ categoryId: value })}
        />
      </FormField>
      <FormField label={t.visitForm.problemText} error={error} count={{ value: problem.text, max: textLimits.visitProblem }}>
        <Textarea
          className="gt-field__textarea gt-problem-editor__text"
          value={problem.text}
          maxlength={UNCUT}
          onInput={(e) => onChange({ text: e.detail.value })}
        />
      </FormField>
      <Button size="small" onClick={onRemove}>
        {t.visitForm.removeProblem}
      </Button>
    </View>
  );
}
