import { Input, Textarea } from '@tarojs/components';
import type { FormOptionsDto } from '@contract';
import CategoryGrid from '@/components/CategoryGrid';
import ChoiceList, { gridOptions } from '@/components/ChoiceList';
import FormField from '@/components/FormField';
import PhotoPicker from '@/components/PhotoPicker';
import { requestsText } from '@/text/requests';
import { textLimits, UNCUT } from '@/utils/textLimit';
import QuestionFields from '../new/QuestionFields';
import type { ProxyFiling } from './useProxyFiling';

const { filing: f, proxyFile: t } = requestsText;

/** The matter: which of the member's grids, the category, what happened, photos, where. */
export default function MatterFields({ filing, data }: { filing: ProxyFiling; data: FormOptionsDto }) {
  const { form, set, errors } = filing;
  return (
    <>
      {data.servedGrids.length > 1 && (
        <FormField inset label={t.grid}>
          <ChoiceList options={gridOptions(data.servedGrids)} selected={filing.gridId} onSelect={(id) => set({ gridId: id })} />
        </FormField>
      )}
      <FormField inset label={t.category} error={errors.categoryId}>
        <CategoryGrid
          categories={data.categories}
          selected={form.categoryId || null}
          onSelect={(c) => set({ categoryId: c.id, ...(c.id === form.categoryId ? {} : { answers: {} }) })}
        />
      </FormField>
      <FormField inset label={f.whatHappened} error={errors.text} count={{ value: form.text, max: textLimits.requestText }}>
        <Textarea
          className="gt-field__textarea gt-field__textarea--tall gt-proxy__text"
          value={form.text}
          maxlength={UNCUT}
          placeholder={f.textPlaceholder}
          onInput={(e) => set({ text: e.detail.value })}
        />
      </FormField>
      <QuestionFields
        questions={data.categories.find((c) => c.id === form.categoryId)?.questions ?? []}
        answers={form.answers}
        errors={errors}
        onAnswer={(id, value) => set({ answers: { ...form.answers, [id]: value } })}
      />
      <FormField inset label={f.photosTitle}>
        <PhotoPicker photos={filing.photos} onChange={filing.setPhotos} />
      </FormField>
      <FormField inset label={f.address} error={errors.address} count={{ value: form.address, max: textLimits.address }}>
        <Input
          className="gt-field__input"
          value={form.address}
          maxlength={UNCUT}
          placeholder={f.addressPlaceholder}
          onInput={(e) => set({ address: e.detail.value })}
        />
      </FormField>
    </>
  );
}
