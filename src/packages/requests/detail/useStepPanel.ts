import { useState } from 'react';
import type { CategoryDto, RequestDetailDto, SimilarRequestDto } from '@contract';
import type { StepPanelValue } from '@/components/StepPanel';
import { useFieldErrors } from '@/hooks/useFieldErrors';
import * as requestHandlingApi from '@/services/requestHandling';
import * as requestsApi from '@/services/requests';
import { EMPTY_WORDS, type Panel, type PanelField, type RejectKind } from './steps';
import { useHandChoice } from './useHandChoice';

/**
 * The open panel of a request's page and what the person put in it: words
 * and photos, why it is rejected, which request it duplicates, who it is
 * handed to, the plan and its date (纳入规划). Opening 不予受理 loads the originals it may duplicate, 更改类别
 * the categories, 交办部门 and 改派 who it can go to.
 */
export function useStepPanel(request: RequestDetailDto | null) {
  const [panel, setPanel] = useState<Panel | null>(null);
  const [words, setWordsState] = useState<StepPanelValue>(EMPTY_WORDS);
  const [rejectKind, setRejectKind] = useState<RejectKind>('notOurs');
  const [duplicateOf, setDuplicateOfState] = useState<string | null>(null);
  const errors = useFieldErrors<PanelField>();
  const setWords = (value: StepPanelValue) => {
    setWordsState(value);
    errors.clear('words');
  };
  const setDuplicateOf = (id: string | null) => {
    setDuplicateOfState(id);
    errors.clear('original');
  };
  const [planText, setPlanTextState] = useState('');
  const [targetDate, setTargetDateState] = useState<string | null>(null);
  const setPlanText = (value: string) => {
    setPlanTextState(value);
    errors.clear('plan');
  };
  const setTargetDate = (value: string) => {
    setTargetDateState(value);
    errors.clear('targetDate');
  };
  const [originals, setOriginals] = useState<SimilarRequestDto[]>([]);
  const [categories, setCategories] = useState<CategoryDto[]>([]);
  const hand = useHandChoice(request, () => errors.clear('target'));

  const open = (next: Panel) => {
    setPanel(next);
    errors.reset();
    if (next === 'reject' && request) {
      requestHandlingApi.similar(request.gridId, request.categoryId).then(
        (items) => setOriginals(items.filter((item) => item.id !== request.id)),
        () => setOriginals([]),
      );
    }
    if (next === 'assignDepartment' || next === 'reassign') hand.loadHandOptions();
    if (next === 'recategorize' && categories.length === 0) {
      requestsApi.formOptions().then(
        (options) => setCategories(options.categories),
        () => undefined,
      );
    }
  };

  return {
    panel,
    open,
    /** Cancel: the words stay for the next time the panel opens. */
    close: () => setPanel(null),
    /** The step went through: the panel closes and its words go. */
    clear: () => {
      setPanel(null);
      setWordsState(EMPTY_WORDS);
      setPlanTextState('');
      setTargetDateState(null);
    },
    /** What the open panel still needs, marked where it goes. */
    errors: errors.errors,
    showProblems: errors.show,
    words,
    setWords,
    rejectKind,
    setRejectKind,
    duplicateOf,
    setDuplicateOf,
    planText,
    setPlanText,
    targetDate,
    setTargetDate,
    originals,
    categories,
    ...hand,
  };
}

export type StepPanelState = ReturnType<typeof useStepPanel>;
