import { Input, Textarea } from '@tarojs/components';
import type { FormOptionsDto } from '@contract';
import CategoryGrid from '@/components/CategoryGrid';
import ChoiceList, { gridOptions } from '@/components/ChoiceList';
import FormField from '@/components/FormField';
import PhotoPicker from '@/components/PhotoPicker';
import { requestsText } from '@/text/requests';
import type { ProxyFiling } from './useProxyFiling';

const { filing: f, proxyFile: t } = requestsText;

/** The matter: which of the member's grids, the category, what happened, photos, where. */
export default function MatterFields({ filing, data }: { filing: ProxyFiling; data: FormOptionsDto }) {
  const { form, set } = filing;
  return (
    <>
      {data.servedGrids.length > 1 && (
        <FormField inset label={t.grid}>
          <ChoiceList options={gridOptions(data.servedGrids)} selected={filing.gridId} onSelect={(id) => set({ gridId: id })} />
        </FormField>
      )}
      <FormField inset label={t.category}>
        <CategoryGrid categories={data.categories} selected={form.categoryId || null} onSelect={(c) => set({ categoryId: c.id })} />
      </FormField>
      <FormField inset label={f.whatHappened}>
        <Textarea
          className="gt-field__textarea gt-field__textarea--tall gt-proxy__text"
          value={form.text}
          maxlength={500}
          placeholder={f.textPlaceholder}
          onInput={(e) => set({ text: e.detail.value })}
        />
      </FormField>
      <FormField inset label={f.photosTitle}>
        <PhotoPicker photos={filing.photos} onChange={filing.setPhotos} />
      </FormField>
      <FormField inset label={f.address}>
        <Input className="gt-field__input" value={form.address} maxlength={100} placeholder={f.addressPlaceholder} onInput={(e) => set({ address: e.detail.value })} />
      </FormField>
    </>
  );
}
