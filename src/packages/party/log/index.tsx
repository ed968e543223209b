import { Image, Input, Picker, Text, Textarea, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useCallback, useEffect, useState } from 'react';
import { AtButton } from 'taro-ui';
import ChoiceChips from '@/components/ChoiceChips';
import FormField from '@/components/FormField';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import { useRemote } from '@/hooks/useRemote';
import { api } from '@/services';
import { hideNotice, showNotice } from '@/state/notice';
import { zh } from '@/text/zh';
import { showDeviceFailure } from '@/utils/deviceFailure';
import { fieldErrors } from '@/utils/fieldErrors';
import { chinaDay } from '@/utils/time';
import { submitWithNotice } from '@/utils/submit';
import '../party.scss';
import './index.scss';

const t = zh.party.log;
const HOURS = [0.5, 1, 1.5, 2, 3, 4, 6, 8];
const MAX_PHOTOS = 9;

interface Photo {
  /** Shown while the page is open. */
  localPath: string;
  fileId: string;
}

/** 记录服务 (上岗履诺): date, hours, what was done, for whom, photos; then it waits for verification. */
export default function LogPage() {
  const router = useRouter();
  const load = useCallback(() => api.posts.getMyRecord(), []);
  const remote = useRemote(load);
  const today = chinaDay(new Date().toISOString());
  const [postId, setPostId] = useState(router.params.postId ? decodeURIComponent(router.params.postId) : '');
  const [date, setDate] = useState(today);
  const [hours, setHours] = useState(1);
  const [content, setContent] = useState('');
  const [household, setHousehold] = useState('');
  const [photos, setPhotos] = useState<Photo[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  const active = remote.data?.claims.filter((claim) => claim.status === 'active') ?? [];
  useEffect(() => {
    if (!postId && active.length > 0) setPostId(active[0].postId);
  }, [postId, active]);
  const claim = active.find((candidate) => candidate.postId === postId);
  const since = claim ? chinaDay(claim.claimedAt) : undefined;

  const addPhotos = async () => {
    const prefix = remote.data?.photoPathPrefix;
    if (!prefix) return;
    let chosen: string[];
    try {
      chosen = (await Taro.chooseImage({ count: MAX_PHOTOS - photos.length, sizeType: ['compressed'] })).tempFilePaths;
    } catch (error) {
      // Closing the picker is silent; a refused camera or album is said.
      await showDeviceFailure(error, zh.device.photos);
      return;
    }
    showNotice(t.uploading, 'loading', 0);
    try {
      const uploaded: Photo[] = [];
      for (const [index, localPath] of chosen.entries()) {
        const extension = /\.(jpe?g|png|gif|webp)$/i.exec(localPath)?.[1] ?? 'jpg';
        const fileId = await api.storage.uploadPhoto(localPath, `${prefix}${Date.now()}-${index}.${extension}`);
        uploaded.push({ localPath, fileId });
      }
      setPhotos((current) => [...current, ...uploaded].slice(0, MAX_PHOTOS));
      hideNotice();
    } catch {
      hideNotice();
      showNotice(t.uploadFailed, 'error', 3000);
    }
  };

  const submit = async () => {
    if (!claim || saving) return;
    setSaving(true);
    const result = await submitWithNotice(
      () =>
        api.posts.logService({
          postId: claim.postId,
          date,
          hours,
          content,
          photos: photos.map((photo) => photo.fileId),
          ...(household.trim() ? { household } : {}),
        }),
      t.submitted,
    );
    setSaving(false);
    if (result.ok) {
      setTimeout(() => {
        if (Taro.getCurrentPages().length > 1) Taro.navigateBack();
        else Taro.redirectTo({ url: '/packages/party/record/index' });
      }, 800);
    } else {
      setErrors(fieldErrors(result.error));
    }
  };

  return (
    <PageShell className="gt-log">
      <LoadState loading={remote.loading} error={remote.error} onRetry={remote.reload} hasData={remote.data !== null}>
        {remote.data && active.length === 0 && <View className="gt-party__empty">{t.noPost}</View>}
        {remote.data && active.length > 0 && (
          <View className="gt-party__card">
            <FormField label={t.post} error={errors.postId}>
              <ChoiceChips
                options={active.map((candidate) => ({ value: candidate.postId, label: `${candidate.title}（${candidate.grid.name}）` }))}
                selected={[postId]}
                onToggle={setPostId}
              />
            </FormField>
            <FormField label={t.date} error={errors.date}>
              <Picker mode="date" value={date} start={since} end={today} onChange={(e) => setDate(String(e.detail.value))}>
                <View className="gt-field__input gt-log__date">{date}</View>
              </Picker>
            </FormField>
            <FormField label={t.hours} error={errors.hours}>
              <ChoiceChips
                className="gt-log__hours"
                options={HOURS.map((value) => ({ value: String(value), label: t.hoursOption(value) }))}
                selected={[String(hours)]}
                onToggle={(value) => setHours(Number(value))}
              />
            </FormField>
            <FormField label={t.content} error={errors.content}>
              <Textarea
                className="gt-field__textarea gt-log__content"
                value={content}
                maxlength={500}
                placeholder={t.contentPlaceholder}
                onInput={(e) => setContent(e.detail.value)}
              />
            </FormField>
            <FormField label={t.household} error={errors.household}>
              <Input
                className="gt-field__input gt-log__household"
                value={household}
                maxlength={40}
                placeholder={t.householdPlaceholder}
                onInput={(e) => setHousehold(e.detail.value)}
              />
            </FormField>
            <FormField label={t.photos} error={errors.photos}>
              <View className="gt-party__photos">
                {photos.map((photo) => (
                  <View key={photo.fileId} className="gt-log__photo">
                    <Image className="gt-party__photo" src={photo.localPath} mode="aspectFill" />
                    <Text
                      className="gt-log__remove"
                      onClick={() => setPhotos((current) => current.filter((p) => p.fileId !== photo.fileId))}
                    >
                      {t.removePhoto}
                    </Text>
                  </View>
                ))}
                {photos.length < MAX_PHOTOS && (
                  <View className="gt-log__add" hoverClass="gt-log__add--active" onClick={() => void addPhotos()}>
                    {t.addPhoto}
                  </View>
                )}
              </View>
            </FormField>
            <AtButton type="primary" className="gt-log__submit" loading={saving} onClick={() => void submit()}>
              {t.submit}
            </AtButton>
          </View>
        )}
      </LoadState>
    </PageShell>
  );
}
