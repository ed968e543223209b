import { Input, Textarea, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import Button from '@/components/Button';
import FormField from '@/components/FormField';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import { partyText } from '@/text/party';
import { textLimits, UNCUT } from '@/utils/textLimit';
import PhotosField from './PhotosField';
import { useServiceLog } from './useServiceLog';
import WhenFields from './WhenFields';
import '../party.scss';
import './index.scss';

const t = partyText.log;

/** 记录服务 (上岗履诺): date, hours, what was done, for whom, photos; then it waits for verification. */
export default function LogPage() {
  const router = useRouter();
  const log = useServiceLog(router.params.postId ? decodeURIComponent(router.params.postId) : '');
  const { remote, active, draft, change, errors } = log;
  return (
    <PageShell className="gt-log">
      <LoadState loading={remote.loading} error={remote.error} onRetry={remote.reload} hasData={remote.data !== null}>
        {remote.data && active.length === 0 && <View className="gt-party__empty">{t.noPost}</View>}
        {remote.data && active.length > 0 && (
          <View className="gt-party__card">
            <WhenFields log={log} />
            <FormField label={t.content} error={errors.content} count={{ value: draft.content, max: textLimits.serviceContent }}>
              <Textarea
                className="gt-field__textarea gt-log__content"
                value={draft.content}
                maxlength={UNCUT}
                placeholder={t.contentPlaceholder}
                onInput={(e) => change({ content: e.detail.value })}
              />
            </FormField>
            <FormField label={t.household} error={errors.household} count={{ value: draft.household, max: textLimits.serviceHousehold }}>
              <Input
                className="gt-field__input gt-log__household"
                value={draft.household}
                maxlength={UNCUT}
                placeholder={t.householdPlaceholder}
                onInput={(e) => change({ household: e.detail.value })}
              />
            </FormField>
            <PhotosField photos={log.photos} error={errors.photos} />
            <Button type="primary" className="gt-log__submit" loading={log.saving} onClick={() => void log.submit()}>
              {t.submit}
            </Button>
          </View>
        )}
      </LoadState>
    </PageShell>
  );
}
