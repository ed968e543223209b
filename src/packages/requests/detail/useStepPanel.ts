import { useState } from 'react';
import type { CategoryDto, RequestDetailDto, SimilarRequestDto } from '@contract';
import type { StepPanelValue } from '@/components/StepPanel';
import * as requestsApi from '@/services/requests';
import { EMPTY_WORDS, type Panel, type RejectKind } from './steps';

/**
 * The open panel of a request's page and what the person put in it: words
 * and photos, why it is rejected, which request it duplicates. Opening
 * 不予受理 loads the originals it may duplicate, 更改类别 the categories.
 */
export function useStepPanel(request: RequestDetailDto | null) {
  const [panel, setPanel] = useState<Panel | null>(null);
  const [words, setWords] = useState<StepPanelValue>(EMPTY_WORDS);
  const [rejectKind, setRejectKind] = useState<RejectKind>('notOurs');
  const [duplicateOf, setDuplicateOf] = useState<string | null>(null);
  const [originals, setOriginals] = useState<SimilarRequestDto[]>([]);
  const [categories, setCategories] = useState<CategoryDto[]>([]);

  const open = (next: Panel) => {
    setPanel(next);
    if (next === 'reject' && request) {
      requestsApi.similar(request.gridId, request.categoryId).then(
        (items) => setOriginals(items.filter((item) => item.id !== request.id)),
        () => setOriginals([]),
      );
    }
    if (next === 'recategorize' && categories.length === 0) {
      requestsApi.formOptions().then((options) => setCategories(options.categories), () => undefined);
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
      setWords(EMPTY_WORDS);
    },
    words,
    setWords,
    rejectKind,
    setRejectKind,
    duplicateOf,
    setDuplicateOf,
    originals,
    categories,
  };
}

export type StepPanelState = ReturnType<typeof useStepPanel>;
