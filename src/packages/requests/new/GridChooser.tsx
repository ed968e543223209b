import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { FormOptionsDto } from '@contract';
import ChoiceList, { gridOptions } from '@/components/ChoiceList';
import FormField from '@/components/FormField';
import { useRemote } from '@/hooks/useRemote';
import * as gridsApi from '@/services/grids';
import { requestsText } from '@/text/requests';

interface GridChooserProps {
  options: FormOptionsDto;
  gridId: string | null;
  onChoose: (gridId: string) => void;
}

/** The grid the matter is in: the person's own, or another one chosen from the list (loaded when asked for). */
export default function GridChooser({ options, gridId, onChoose }: GridChooserProps) {
  const [choosing, setChoosing] = useState(false);
  const grids = useRemote(() => gridsApi.listGrids(), { auto: false });
  const all = grids.data?.villages.flatMap((v) => v.grids.map((grid) => ({ grid, village: v.village }))) ?? [];
  const chosen = all.find(({ grid }) => grid.id === gridId);
  const label =
    gridId && options.homeGrid?.grid.id === gridId
      ? `${options.homeGrid.village.name} ${options.homeGrid.grid.name}`
      : chosen
        ? `${chosen.village.name} ${chosen.grid.name}`
        : '';
  return (
    <FormField inset label={requestsText.filing.grid}>
      <View className="gt-new-request__grid">
        <Text className="gt-new-request__grid-name">{label}</Text>
        <View
          className="gt-new-request__change"
          onClick={() => {
            setChoosing(!choosing);
            if (!grids.data) grids.reload();
          }}
        >
          {requestsText.filing.change}
        </View>
      </View>
      {choosing && grids.data && (
        <ChoiceList
          options={gridOptions(all)}
          selected={gridId}
          onSelect={(id) => {
            onChoose(id);
            setChoosing(false);
          }}
        />
      )}
    </FormField>
  );
}
