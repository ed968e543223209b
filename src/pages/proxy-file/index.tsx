import { Input, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useRef, useState } from 'react';
import { AtButton } from 'taro-ui';
import CategoryGrid from '@/components/CategoryGrid';
import ChoiceList, { gridOptions } from '@/components/ChoiceList';
import FormField from '@/components/FormField';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import PhotoPicker from '@/components/PhotoPicker';
import { useRemote } from '@/hooks/useRemote';
import { api, isCloudError } from '@/services';
import { showNotice } from '@/state/notice';
import { fileRequest, newKey } from '@/state/requestOutbox';
import { commonText } from '@/text/common';
import { requestsText } from '@/text/requests';
import './index.scss';

/**
 * 代办: a grid member files for a resident who cannot use a phone, naming
 * them by name, household and phone. Sent like a resident's filing: kept on
 * the device until it gets through, never twice.
 */
export default function ProxyFilePage() {
  const options = useRemote(api.requests.formOptions);
  const clientKey = useRef(newKey('px'));
  const [form, setForm] = useState({ residentName: '', household: '', residentPhone: '', gridId: '', categoryId: '', text: '', address: '' });
  const [photos, setPhotos] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const set = (fields: Partial<typeof form>) => setForm((current) => ({ ...current, ...fields }));

  const data = options.data;
  const gridId = form.gridId || data?.servedGrids[0]?.grid.id || '';
  const category = data?.categories.find((c) => c.id === form.categoryId);

  const submit = async () => {
    if (busy || !data) return;
    if (!form.residentName.trim() || !form.household.trim() || !form.residentPhone.trim()) {
      return showNotice(requestsText.proxyFile.needResident, 'error', 2500);
    }
    if (!category) return showNotice(requestsText.proxyFile.chooseCategory, 'error', 2500);
    if (!form.text.trim()) return showNotice(requestsText.filing.needText, 'error', 2500);
    setBusy(true);
    showNotice(requestsText.filing.submitting, 'loading', 0);
    try {
      const result = await fileRequest(
        {
          kind: 'fileOnBehalf',
          payload: {
            clientKey: clientKey.current,
            gridId,
            categoryId: category.id,
            text: form.text.trim(),
            publicName: false,
            residentName: form.residentName.trim(),
            household: form.household.trim(),
            residentPhone: form.residentPhone.trim(),
            ...(form.address.trim() ? { location: { address: form.address.trim() } } : {}),
          },
        },
        photos,
        category.name,
      );
      if (result) {
        showNotice(requestsText.filing.submitted, 'success', 2000);
        Taro.redirectTo({ url: `/pages/request-detail/index?id=${result.request.id}` });
      } else {
        showNotice(requestsText.filing.savedOffline, '', 4000);
        Taro.navigateBack().catch(() => undefined);
      }
    } catch (error) {
      showNotice(isCloudError(error) ? error.message : commonText.unknownError, 'error', 4000);
    } finally {
      setBusy(false);
    }
  };

  return (
    <PageShell className="gt-proxy">
      <LoadState loading={options.loading} error={options.error} onRetry={options.reload} hasData={data !== null}>
        {data && (
          <View>
            <View className="gt-proxy__intro">{requestsText.proxyFile.intro}</View>
            <FormField inset label={requestsText.proxyFile.residentName}>
              <Input className="gt-field__input gt-proxy__name" value={form.residentName} maxlength={20} onInput={(e) => set({ residentName: e.detail.value })} />
            </FormField>
            <FormField inset label={requestsText.proxyFile.household}>
              <Input
                className="gt-field__input gt-proxy__household"
                value={form.household}
                maxlength={60}
                placeholder={requestsText.proxyFile.householdPlaceholder}
                onInput={(e) => set({ household: e.detail.value })}
              />
            </FormField>
            <FormField inset label={requestsText.proxyFile.residentPhone}>
              <Input className="gt-field__input gt-proxy__phone" type="number" value={form.residentPhone} maxlength={13} onInput={(e) => set({ residentPhone: e.detail.value })} />
            </FormField>
            {data.servedGrids.length > 1 && (
              <FormField inset label={requestsText.proxyFile.grid}>
                <ChoiceList options={gridOptions(data.servedGrids)} selected={gridId} onSelect={(id) => set({ gridId: id })} />
              </FormField>
            )}
            <FormField inset label={requestsText.proxyFile.category}>
              <CategoryGrid categories={data.categories} selected={form.categoryId || null} onSelect={(c) => set({ categoryId: c.id })} />
            </FormField>
            <FormField inset label={requestsText.filing.whatHappened}>
              <Textarea
                className="gt-field__textarea gt-field__textarea--tall gt-proxy__text"
                value={form.text}
                maxlength={500}
                placeholder={requestsText.filing.textPlaceholder}
                onInput={(e) => set({ text: e.detail.value })}
              />
            </FormField>
            <FormField inset label={requestsText.filing.photosTitle}>
              <PhotoPicker photos={photos} onChange={setPhotos} />
            </FormField>
            <FormField inset label={requestsText.filing.address}>
              <Input className="gt-field__input" value={form.address} maxlength={100} placeholder={requestsText.filing.addressPlaceholder} onInput={(e) => set({ address: e.detail.value })} />
            </FormField>
            <View className="gt-proxy__submit">
              <AtButton type="primary" loading={busy} disabled={busy} onClick={submit}>
                {requestsText.filing.submit}
              </AtButton>
            </View>
          </View>
        )}
      </LoadState>
    </PageShell>
  );
}
