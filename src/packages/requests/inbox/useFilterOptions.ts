import { useCallback, useState } from 'react';
import type { CategoryDto, GridListDto } from '@contract';
import type { Choice } from '@/components/ChoiceChips';
import * as gridsApi from '@/services/grids';
import * as requestsApi from '@/services/requests';

export interface FilterOptions {
  categories: Choice[];
  /** Every grid of the township, labelled with its village. */
  grids: Choice[];
}

function gridChoices(list: GridListDto): Choice[] {
  return list.villages.flatMap(({ village, grids }) => grids.map((grid) => ({ value: grid.id, label: `${village.name} ${grid.name}` })));
}

function categoryChoices(categories: CategoryDto[]): Choice[] {
  return categories.map((category) => ({ value: category.id, label: category.name }));
}

/** The categories and grids to filter by, loaded the first time the filters open (not on every visit). */
export function useFilterOptions() {
  const [options, setOptions] = useState<FilterOptions | null>(null);
  const [failed, setFailed] = useState(false);
  const [loading, setLoading] = useState(false);

  const ensure = useCallback(() => {
    if (options || loading) return;
    setLoading(true);
    setFailed(false);
    Promise.all([requestsApi.formOptions(), gridsApi.listGrids()]).then(
      ([form, grids]) => {
        setOptions({ categories: categoryChoices(form.categories), grids: gridChoices(grids) });
        setLoading(false);
      },
      () => {
        setFailed(true);
        setLoading(false);
      },
    );
  }, [options, loading]);

  return { options, failed, ensure };
}
