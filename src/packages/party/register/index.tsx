import { Input, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import Button from '@/components/Button';
import FormField from '@/components/FormField';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import { partyText } from '@/text/party';
import { textLimits, UNCUT } from '@/utils/textLimit';
import PhoneField from './PhoneField';
import PlaceFields from './PlaceFields';
import RegistrationStatus from './RegistrationStatus';
import { useRegistration } from './useRegistration';
import WorkFields from './WorkFields';
import '../party.scss';

const t = partyText.register;

/** 到社区报到: an in-service party member reports to the community where they live. */
export default function RegisterPage() {
  const registration = useRegistration();
  const { remote, form, draft, errors, saving, change } = registration;
  const existing = form?.registration;
  const approved = existing?.status === 'approved';
  return (
    <PageShell className="gt-register">
      <LoadState
        loading={remote.loading}
        error={remote.error}
        onRetry={remote.reload}
        hasData={remote.data !== null}
        errorExtra={
          remote.error?.code === 'NOT_REGISTERED' ? (
            <Button onClick={() => Taro.navigateTo({ url: '/packages/grid/picker/index' })}>{t.chooseGridFirst}</Button>
          ) : null
        }
      >
        <View className="gt-party__intro">{t.intro}</View>
        {existing && <RegistrationStatus registration={existing} />}
        {form && draft && !approved && (
          <View className="gt-party__card">
            <FormField label={t.name} error={errors.name} count={{ value: draft.name, max: textLimits.personName }}>
              <Input
                className="gt-field__input gt-register__name"
                value={draft.name}
                maxlength={UNCUT}
                onInput={(e) => change({ name: e.detail.value })}
              />
            </FormField>
            <PhoneField registration={registration} />
            <PlaceFields registration={registration} />
            <WorkFields registration={registration} />
            <Button type="primary" className="gt-register__submit" loading={saving} onClick={() => void registration.submit()}>
              {existing ? t.resubmit : t.submit}
            </Button>
          </View>
        )}
      </LoadState>
    </PageShell>
  );
}
