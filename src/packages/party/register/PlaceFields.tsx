import { View } from '@tarojs/components';
import ChoiceChips from '@/components/ChoiceChips';
import FormField from '@/components/FormField';
import { partyText } from '@/text/party';
import type { Registration } from './useRegistration';

const t = partyText.register;

/** Where the member lives (a grid, by village) and the party branch there. */
export default function PlaceFields({ registration }: { registration: Registration }) {
  const { remote, form, draft, errors, gridId, pickGrid, change } = registration;
  if (!form || !draft) return null;
  return (
    <>
      <FormField label={t.grid} error={errors.gridId}>
        {remote.data?.grids.villages.map(({ village, grids }) => (
          <View key={village.id}>
            <View className="gt-party__meta">{village.name}</View>
            <ChoiceChips
              className="gt-register__grids"
              options={grids.map((grid) => ({ value: grid.id, label: grid.name }))}
              selected={[gridId]}
              onToggle={pickGrid}
            />
          </View>
        ))}
      </FormField>
      <FormField label={t.branch} error={errors.branchId} hint={form.branches.length ? undefined : t.noBranches}>
        <ChoiceChips
          className="gt-register__branches"
          options={form.branches.map((branch) => ({ value: branch.id, label: branch.name }))}
          selected={[draft.branchId]}
          onToggle={(branchId) => change({ branchId })}
        />
      </FormField>
    </>
  );
}
