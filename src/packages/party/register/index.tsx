import { Input, Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { AtButton } from 'taro-ui';
import type { RegistrationFormDto } from '@contract';
import ChoiceChips from '@/components/ChoiceChips';
import FormField from '@/components/FormField';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import PhoneBinding from '@/components/PhoneBinding';
import { useRemote } from '@/hooks/useRemote';
import { api } from '@/services';
import { emitProfileChanged, onProfileChanged } from '@/state/events';
import { zh } from '@/text/zh';
import { fieldErrors } from '@/utils/fieldErrors';
import { formatPhone } from '@/utils/phone';
import { submitWithNotice } from '@/utils/submit';
import '../party.scss';

interface Draft {
  name: string;
  phone: string;
  branchId: string;
  employer: string;
  skillKindIds: string[];
  skills: string;
}

function draftFrom(form: RegistrationFormDto): Draft {
  const r = form.registration;
  return {
    name: r?.name ?? form.name ?? '',
    phone: r?.phone ?? form.phone ?? '',
    branchId: r?.branch.id ?? '',
    employer: r?.employer ?? '',
    skillKindIds: r ? r.skillKinds.map((kind) => kind.id) : [],
    skills: r?.skills ?? '',
  };
}

const t = zh.party.register;

/** 到社区报到: an in-service party member reports to the community where they live. */
export default function RegisterPage() {
  const gridRef = useRef<string | undefined>(undefined);
  const load = useCallback(async () => {
    const [form, grids] = await Promise.all([api.posts.getRegistrationForm(gridRef.current), api.grids.listGrids()]);
    return { form, grids };
  }, []);
  const remote = useRemote(load);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  const form = remote.data?.form;
  useEffect(() => {
    if (form && !draft) setDraft(draftFrom(form));
  }, [form, draft]);
  // The verified number is offered first (绑定手机号 on this page reloads the
  // form with it); another number is kept as unverified contact information.
  useEffect(() => onProfileChanged(remote.reload), [remote.reload]);
  const verifiedPhone = form?.verifiedPhone ?? null;
  useEffect(() => {
    if (verifiedPhone && draft && !draft.phone) setDraft({ ...draft, phone: verifiedPhone });
  }, [verifiedPhone, draft]);
  const phoneVerified = verifiedPhone !== null && draft?.phone === verifiedPhone;
  // Branches depend on the grid: a choice the new grid does not offer is cleared.
  useEffect(() => {
    if (form && draft && draft.branchId && !form.branches.some((branch) => branch.id === draft.branchId)) {
      setDraft({ ...draft, branchId: '' });
    }
  }, [form, draft]);

  const gridId = form?.place?.grid.id ?? '';
  const pickGrid = (id: string) => {
    if (id === gridId) return;
    gridRef.current = id;
    remote.reload();
  };
  const change = (patch: Partial<Draft>) => setDraft((current) => (current ? { ...current, ...patch } : current));

  const submit = async () => {
    if (!draft || saving) return;
    setSaving(true);
    const result = await submitWithNotice(
      () => api.posts.register({ ...draft, gridId }),
      t.submitted,
    );
    setSaving(false);
    setErrors(result.ok ? {} : fieldErrors(result.error));
    if (result.ok) {
      emitProfileChanged();
      remote.reload();
    }
  };

  const registration = form?.registration;
  const approved = registration?.status === 'approved';
  return (
    <PageShell className="gt-register">
      <LoadState
        loading={remote.loading}
        error={remote.error}
        onRetry={remote.reload}
        hasData={remote.data !== null}
        errorExtra={
          remote.error?.code === 'NOT_REGISTERED' ? (
            <AtButton onClick={() => Taro.navigateTo({ url: '/pages/grid-picker/index' })}>{t.chooseGridFirst}</AtButton>
          ) : null
        }
      >
        <View className="gt-party__intro">{t.intro}</View>
        {registration && (
          <View className="gt-party__card">
            <View className={`gt-party__status gt-party__status--${registration.status} gt-register__status`}>
              {zh.party.registrationState[registration.status]}
            </View>
            <View className="gt-party__text">
              {registration.status === 'pending' && t.pending}
              {registration.status === 'approved' && t.approved}
              {registration.status === 'rejected' && t.rejected(registration.rejectReason ?? '')}
            </View>
            {approved && (
              <View className="gt-party__actions">
                <View className="gt-party__action">
                  <AtButton type="primary" onClick={() => Taro.redirectTo({ url: '/packages/party/posts/index' })}>
                    {t.goPosts}
                  </AtButton>
                </View>
              </View>
            )}
          </View>
        )}
        {form && draft && !approved && (
          <View className="gt-party__card">
            <FormField label={t.name} error={errors.name}>
              <Input className="gt-field__input gt-register__name" value={draft.name} maxlength={20} onInput={(e) => change({ name: e.detail.value })} />
            </FormField>
            <FormField label={t.phone} error={errors.phone} hint={phoneVerified ? undefined : t.typedPhoneHint}>
              {!form.verifiedPhone && <PhoneBinding hint={t.bindFirst} />}
              <Input
                className="gt-field__input gt-register__phone"
                type="number"
                value={draft.phone}
                maxlength={13}
                placeholder={form.verifiedPhone ? t.phonePlaceholder : t.typedPhone}
                onInput={(e) => change({ phone: e.detail.value })}
              />
              {phoneVerified && <Text className="gt-register__verified">{t.verifiedPhone}</Text>}
              {form.verifiedPhone && !phoneVerified && (
                <Text className="gt-register__switch" onClick={() => change({ phone: form.verifiedPhone ?? '' })}>
                  {t.useVerifiedPhone(formatPhone(form.verifiedPhone))}
                </Text>
              )}
            </FormField>
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
            <FormField label={t.employer} error={errors.employer}>
              <Input
                className="gt-field__input gt-register__employer"
                value={draft.employer}
                maxlength={40}
                placeholder={t.employerPlaceholder}
                onInput={(e) => change({ employer: e.detail.value })}
              />
            </FormField>
            <FormField label={t.skills} error={errors.skillKindIds}>
              <ChoiceChips
                options={form.kinds.map((kind) => ({ value: kind.id, label: kind.name }))}
                selected={draft.skillKindIds}
                onToggle={(id) =>
                  change({
                    skillKindIds: draft.skillKindIds.includes(id)
                      ? draft.skillKindIds.filter((existing) => existing !== id)
                      : [...draft.skillKindIds, id],
                  })
                }
              />
            </FormField>
            <FormField label={t.skillsNote} error={errors.skills}>
              <Textarea
                className="gt-field__textarea"
                value={draft.skills}
                maxlength={100}
                placeholder={t.skillsNotePlaceholder}
                onInput={(e) => change({ skills: e.detail.value })}
              />
            </FormField>
            <AtButton type="primary" className="gt-register__submit" loading={saving} onClick={() => void submit()}>
              {registration ? t.resubmit : t.submit}
            </AtButton>
          </View>
        )}
      </LoadState>
    </PageShell>
  );
}
