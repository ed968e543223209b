import { Input, View } from '@tarojs/components';
import Button from '@/components/Button';
import Switch from '@/components/Switch';
import type { FormOptionsDto } from '@contract';
import ButtonRow from '@/components/ButtonRow';
import FormField from '@/components/FormField';
import { requestsText } from '@/text/requests';
import { textLimits, UNCUT } from '@/utils/textLimit';
import ContactStep from './ContactStep';
import GridChooser from './GridChooser';
import type { RequestFiling } from './useRequestFiling';

const t = requestsText.filing;

/** Third screen: where (grid, address, map point), who is filing, whether the name may be shown; then 提交. */
export default function WhereStep({ filing, options }: { filing: RequestFiling; options: FormOptionsDto }) {
  const { draft, change, submitting } = filing;
  return (
    <View>
      <View className="gt-new-request__title">{t.where}</View>
      <GridChooser options={options} gridId={filing.gridId} error={filing.errors.grid} onChoose={(gridId) => change({ gridId })} />
      <FormField
        inset
        label={t.address}
        error={filing.errors.address}
        count={draft.address ? { value: draft.address, max: textLimits.address } : undefined}
      >
        <Input
          className="gt-field__input"
          value={draft.address}
          maxlength={UNCUT}
          placeholder={t.addressPlaceholder}
          onInput={(event) => change({ address: event.detail.value })}
        />
        {process.env.TARO_ENV === 'weapp' && (
          <View className="gt-new-request__map" onClick={() => void filing.pickOnMap()}>
            {draft.latitude !== null ? t.mapPicked(draft.address) : t.pickOnMap}
          </View>
        )}
      </FormField>
      <ContactStep options={options} draft={draft} errors={filing.errors} onChange={change} />
      <View className="gt-new-request__public">
        <Switch
          title={t.publicName}
          checked={draft.publicName}
          border={false}
          onChange={(value: boolean) => change({ publicName: value })}
        />
        <View className="gt-field__hint">{t.publicNameHint}</View>
      </View>
      <ButtonRow>
        <Button onClick={() => change({ step: 2 })}>{t.back}</Button>
        <Button type="primary" loading={submitting} disabled={submitting} onClick={() => void filing.submit()}>
          {t.submit}
        </Button>
      </ButtonRow>
    </View>
  );
}
