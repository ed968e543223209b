import { useState } from 'react';
import type { RequestDetailDto } from '@contract';
import type { StepPanelValue } from '@/components/StepPanel';
import { useFieldErrors } from '@/hooks/useFieldErrors';
import { useRemote } from '@/hooks/useRemote';
import * as requestHandlingApi from '@/services/requestHandling';
import * as requestsApi from '@/services/requests';
import { EMPTY_WORDS, type Panel, type PanelField, type RejectKind } from './steps';
import { useHandChoice } from './useHandChoice';

/**
 * The open panel of a request's page and what the person put in it: words
 * and photos, why it is rejected, which request it duplicates, who it is
 * handed to, the plan and its date (纳入规划). Opening 不予受理 loads the originals it may duplicate, 更改类别
 * the categories, 交办部门 and 改派 who it can go to; a list that failed to load is
 * kept apart from an empty one (`originalsLoad`, `categoriesLoad`: shown with 重试).
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
  const originals = useRemote(
    async () =>
      request ? (await requestHandlingApi.similar(request.gridId, request.categoryId)).filter((item) => item.id !== request.id) : [],
    { auto: false },
  );
  const categories = useRemote(async () => (await requestsApi.formOptions()).categories, { auto: false });
  const hand = useHandChoice(request, () => errors.clear('target'));

  const open = (next: Panel) => {
    setPanel(next);
    errors.reset();
    if (next === 'reject' && request) originals.reload();
    if (next === 'assignDepartment' || next === 'reassign') hand.loadHandOptions();
    if (next === 'recategorize' && categories.data === null) categories.reload();
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
    originals: originals.data ?? [],
    /** Loading the originals 不予受理 may name: loading, error, reload (retry). */
    originalsLoad: originals,
    categories: categories.data ?? [],
    /** Loading 更改类别's categories: loading, error, reload (retry). */
    categoriesLoad: categories,
    ...hand,
  };
}

export type StepPanelState = ReturnType<typeof useStepPanel>;
