import { Input, Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { AtButton, AtSwitch } from 'taro-ui';
import type { CategoryDto, SimilarRequestDto } from '@contract';
import ButtonRow from '@/components/ButtonRow';
import CategoryGrid from '@/components/CategoryGrid';
import FormField from '@/components/FormField';
import ChoiceList, { gridOptions } from '@/components/ChoiceList';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import PhotoPicker from '@/components/PhotoPicker';
import { useRemote } from '@/hooks/useRemote';
import { api, isCloudError } from '@/services';
import { onProfileChanged } from '@/state/events';
import { showNotice } from '@/state/notice';
import { clearDraft, loadDraft, saveDraft, type RequestDraft } from '@/state/requestDraft';
import { fileRequest } from '@/state/requestOutbox';
import { zh } from '@/text/zh';
import { cx } from '@/utils/cx';
import { showDeviceFailure } from '@/utils/deviceFailure';
import ContactStep from './ContactStep';
import './index.scss';

const DETAIL_URL = '/pages/request-detail/index';
const LIST_URL = '/pages/request-list/index';
const MAX_TEXT = 500;

/**
 * 我要反映: three screens — the category (big icons), what happened (words
 * and photos, with 此问题已有人反映 to follow instead), where and whether the
 * name may be shown. The form is kept on the device at every change; a
 * submission without network waits on the device and is sent later.
 */
export default function RequestNewPage() {
  const options = useRemote(api.requests.formOptions);
  const [draft, setDraft] = useState<RequestDraft>(loadDraft);
  const [similar, setSimilar] = useState<SimilarRequestDto[]>([]);
  const [choosingGrid, setChoosingGrid] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const grids = useRemote(() => api.grids.listGrids(), { auto: false });

  const change = (fields: Partial<RequestDraft>) => {
    setDraft((current) => {
      const next = { ...current, ...fields };
      saveDraft(next);
      return next;
    });
  };

  // 绑定手机号 on the contact step changes what the form must still ask.
  useEffect(() => onProfileChanged(options.reload), [options.reload]);

  const data = options.data;
  const gridId = draft.gridId ?? data?.homeGrid?.grid.id ?? null;

  useEffect(() => {
    if (draft.step !== 2 || !gridId || !draft.categoryId) return;
    let current = true;
    api.requests.similar(gridId, draft.categoryId).then(
      (items) => current && setSimilar(items.filter((item) => !item.own)),
      () => current && setSimilar([]),
    );
    return () => {
      current = false;
    };
  }, [draft.step, gridId, draft.categoryId]);

  const pickCategory = (category: CategoryDto) => change({ categoryId: category.id, categoryName: category.name, step: 2 });

  const followInstead = async (item: SimilarRequestDto) => {
    // In the tap: followers hear when it is resolved.
    void api.subscribe.askToSubscribe(data?.subscribeTemplateIds ?? []);
    try {
      await api.requests.follow(item.id);
      clearDraft();
      Taro.redirectTo({ url: `${DETAIL_URL}?id=${item.id}` });
    } catch (error) {
      showNotice(isCloudError(error) ? error.message : zh.common.unknownError, 'error', 3000);
    }
  };

  const toStep3 = () => {
    if (draft.text.trim().length === 0) return showNotice(zh.requestNew.needText, 'error', 2500);
    change({ step: 3 });
  };

  const pickOnMap = async () => {
    try {
      const place = await Taro.chooseLocation({});
      change({ address: draft.address || place.address || place.name, latitude: place.latitude, longitude: place.longitude });
    } catch (error) {
      // Closing the map is silent; a refusal or a missing declaration is said, with what to do.
      await showDeviceFailure(error, zh.device.location);
    }
  };

  const submit = async () => {
    if (submitting || !data) return;
    if (!draft.categoryId) return showNotice(zh.requestNew.needCategory, 'error', 2500);
    if (!gridId) return showNotice(zh.requestNew.needGrid, 'error', 2500);
    if (draft.text.trim().length === 0) return showNotice(zh.requestNew.needText, 'error', 2500);
    if (!data.hasName && !draft.contactName.trim()) return showNotice(zh.requestNew.needName, 'error', 2500);
    if (!data.hasPhone && !draft.contactPhone.trim() && !draft.noPhone) return showNotice(zh.requestNew.needContact, 'error', 3000);
    // Must run inside the tap: WeChat asks "allow messages about this request?".
    await api.subscribe.askToSubscribe(data.subscribeTemplateIds);
    setSubmitting(true);
    showNotice(zh.requestNew.submitting, 'loading', 0);
    const location =
      draft.address.trim() || draft.latitude !== null
        ? {
            ...(draft.address.trim() ? { address: draft.address.trim() } : {}),
            ...(draft.latitude !== null && draft.longitude !== null ? { latitude: draft.latitude, longitude: draft.longitude } : {}),
          }
        : undefined;
    try {
      const result = await fileRequest(
        {
          kind: 'submit',
          payload: {
            clientKey: draft.clientKey,
            gridId,
            categoryId: draft.categoryId,
            text: draft.text.trim(),
            location,
            publicName: draft.publicName,
            ...(!data.hasName && draft.contactName.trim() ? { contactName: draft.contactName.trim() } : {}),
            ...(!data.hasPhone && draft.contactPhone.trim() ? { contactPhone: draft.contactPhone.trim() } : {}),
            ...(!data.hasPhone && !draft.contactPhone.trim() && draft.noPhone ? { noPhone: true } : {}),
          },
        },
        draft.clientKey,
        draft.photos,
        draft.categoryName,
      );
      clearDraft();
      if (result) {
        showNotice(zh.requestNew.submitted, 'success', 2000);
        Taro.redirectTo({ url: `${DETAIL_URL}?id=${result.request.id}` });
      } else {
        showNotice(zh.requestNew.savedOffline, '', 4000);
        Taro.switchTab({ url: LIST_URL });
      }
    } catch (error) {
      showNotice(isCloudError(error) ? error.message : zh.common.unknownError, 'error', 4000);
    } finally {
      setSubmitting(false);
    }
  };

  const homeGridLabel = (() => {
    if (!data) return '';
    if (gridId && data.homeGrid?.grid.id === gridId) return `${data.homeGrid.village.name} ${data.homeGrid.grid.name}`;
    const chosen = grids.data?.villages.flatMap((v) => v.grids.map((g) => ({ v, g }))).find(({ g }) => g.id === gridId);
    return chosen ? `${chosen.v.village.name} ${chosen.g.name}` : '';
  })();

  return (
    <PageShell className="gt-new-request">
      <LoadState loading={options.loading} error={options.error} onRetry={options.reload} hasData={data !== null}>
        {data && (
          <View>
            <View className="gt-new-request__progress">
              {[1, 2, 3].map((n) => (
                <View key={n} className={cx('gt-new-request__dot', n <= draft.step && 'gt-new-request__dot--done')} />
              ))}
              <Text className="gt-new-request__step">{zh.requestNew.step(draft.step)}</Text>
            </View>

            {draft.step === 1 && (
              <View>
                <View className="gt-new-request__title">{zh.requestNew.chooseCategory}</View>
                <View className="gt-new-request__categories">
                  <CategoryGrid categories={data.categories} selected={draft.categoryId} onSelect={pickCategory} />
                </View>
              </View>
            )}

            {draft.step === 2 && (
              <View>
                <View className="gt-new-request__title">
                  {zh.requestNew.whatHappened}
                  <Text className="gt-new-request__category">（{draft.categoryName}）</Text>
                </View>
                {similar.length > 0 && (
                  <View className="gt-new-request__similar">
                    <View className="gt-new-request__similar-title">{zh.requestNew.similarTitle}</View>
                    <View className="gt-new-request__similar-hint">{zh.requestNew.similarHint}</View>
                    {similar.map((item) => (
                      <View key={item.id} className="gt-new-request__similar-item">
                        <View className="gt-new-request__similar-text">{item.excerpt}</View>
                        <View className="gt-new-request__similar-meta">
                          {item.stateLabel} · {item.residentLabel} {zh.requestNew.followers(item.followers)}
                        </View>
                        <AtButton size="small" onClick={() => followInstead(item)}>
                          {zh.requestNew.follow}
                        </AtButton>
                      </View>
                    ))}
                  </View>
                )}
                <View className="gt-field gt-field--inset">
                  <Textarea
                    className="gt-field__textarea gt-field__textarea--tall gt-new-request__text"
                    value={draft.text}
                    maxlength={MAX_TEXT}
                    placeholder={zh.requestNew.textPlaceholder}
                    onInput={(event) => change({ text: event.detail.value })}
                  />
                  <View className="gt-field__count">{zh.requestNew.textCount([...draft.text].length)}</View>
                </View>
                <FormField inset label={zh.requestNew.photosTitle}>
                  <PhotoPicker photos={draft.photos} onChange={(photos) => change({ photos })} />
                </FormField>
                <ButtonRow>
                  <AtButton onClick={() => change({ step: 1 })}>{zh.requestNew.back}</AtButton>
                  <AtButton type="primary" onClick={toStep3}>
                    {zh.requestNew.next}
                  </AtButton>
                </ButtonRow>
              </View>
            )}

            {draft.step === 3 && (
              <View>
                <View className="gt-new-request__title">{zh.requestNew.where}</View>
                <FormField inset label={zh.requestNew.grid}>
                  <View className="gt-new-request__grid">
                    <Text className="gt-new-request__grid-name">{homeGridLabel}</Text>
                    <View
                      className="gt-new-request__change"
                      onClick={() => {
                        setChoosingGrid(!choosingGrid);
                        if (!grids.data) grids.reload();
                      }}
                    >
                      {zh.requestNew.change}
                    </View>
                  </View>
                  {choosingGrid && grids.data && (
                    <ChoiceList
                      options={gridOptions(grids.data.villages.flatMap((v) => v.grids.map((grid) => ({ grid, village: v.village }))))}
                      selected={gridId}
                      onSelect={(id) => {
                        change({ gridId: id });
                        setChoosingGrid(false);
                      }}
                    />
                  )}
                </FormField>
                <FormField inset label={zh.requestNew.address}>
                  <Input
                    className="gt-field__input"
                    value={draft.address}
                    maxlength={100}
                    placeholder={zh.requestNew.addressPlaceholder}
                    onInput={(event) => change({ address: event.detail.value })}
                  />
                  {process.env.TARO_ENV === 'weapp' && (
                    <View className="gt-new-request__map" onClick={pickOnMap}>
                      {draft.latitude !== null ? zh.requestNew.mapPicked(draft.address) : zh.requestNew.pickOnMap}
                    </View>
                  )}
                </FormField>
                <ContactStep options={data} draft={draft} onChange={change} />
                <View className="gt-new-request__public">
                  <AtSwitch
                    title={zh.requestNew.publicName}
                    checked={draft.publicName}
                    border={false}
                    onChange={(value: boolean) => change({ publicName: value })}
                  />
                  <View className="gt-field__hint">{zh.requestNew.publicNameHint}</View>
                </View>
                <ButtonRow>
                  <AtButton onClick={() => change({ step: 2 })}>{zh.requestNew.back}</AtButton>
                  <AtButton type="primary" loading={submitting} disabled={submitting} onClick={submit}>
                    {zh.requestNew.submit}
                  </AtButton>
                </ButtonRow>
              </View>
            )}
          </View>
        )}
      </LoadState>
    </PageShell>
  );
}
