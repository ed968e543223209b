import { Text, View } from '@tarojs/components';
import { useEffect } from 'react';
import Switch from '@/components/Switch';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import PartyEntry from '@/components/PartyEntry';
import PhoneBinding from '@/components/PhoneBinding';
import ConsoleEntry from '@/components/ConsoleEntry';
import StaffToolsEntry from '@/components/StaffToolsEntry';
import VisitsEntry from '@/components/VisitsEntry';
import ProxyEntry from '@/components/ProxyEntry';
import { useRemote } from '@/hooks/useRemote';
import * as usersApi from '@/services/users';
import { setElderMode, syncElderModeFromProfile, useElderMode } from '@/state/elderMode';
import { onProfileChanged } from '@/state/events';
import { showNotice } from '@/state/notice';
import { commonText } from '@/text/common';
import { profileText } from '@/text/profile';
import { formatPhone } from '@/utils/phone';
import './index.scss';

/**
 * The demo identity switcher exists only in the H5 build (local cloud runtime).
 * A conditional require keeps its code and styles out of the weapp package.
 */
const DevIdentityPicker =
  process.env.TARO_ENV === 'h5'
    ? (require('@/components/DevIdentityPicker') as typeof import('@/components/DevIdentityPicker')).default
    : null;

/** 我的: who I am, 长辈模式, and (H5 + local cloud only) the demo identity switcher. */
export default function ProfilePage() {
  const me = useRemote(usersApi.getMe);
  const { reload } = me;
  const elder = useElderMode();

  useEffect(() => onProfileChanged(reload), [reload]);
  useEffect(() => {
    if (me.data) syncElderModeFromProfile(me.data);
  }, [me.data]);

  const toggleElder = async (on: boolean) => {
    const saved = await setElderMode(on);
    if (!saved) showNotice(profileText.elderModeSyncFailed, '', 3000);
  };

  const profile = me.data;
  const roles = profile && profile.roles.length > 0 ? profile.roles.map((role) => commonText.roles[role]).join('、') : '—';
  const place = profile?.homeGrid ? `${profile.homeGrid.village.name} ${profile.homeGrid.grid.name}` : profileText.noHomeGrid;

  return (
    <PageShell className="gt-profile" tabPage="pages/profile/index">
      <View className="gt-profile__section">
        <View className="gt-profile__heading">{profileText.settings}</View>
        {/* The whole row is the switch (an elderly thumb misses a small toggle); the toggle itself only shows the state. */}
        <View className="gt-profile__elder" role="switch" aria-checked={elder} onClick={() => void toggleElder(!elder)}>
          <Switch title={profileText.elderMode} checked={elder} border={false} />
        </View>
        <View className="gt-profile__hint">{profileText.elderModeHint}</View>
      </View>

      <View className="gt-profile__section">
        <View className="gt-profile__heading">{profileText.identity}</View>
        <LoadState loading={me.loading} error={me.error} onRetry={reload} hasData={profile !== null}>
          {profile && (
            <View>
              <InfoRow label={profileText.name} value={profile.name ?? profileText.unnamed} />
              <InfoRow label={profileText.roles} value={roles} />
              <InfoRow label={profileText.homeGrid} value={place} />
              <InfoRow label={profileText.phone} value={profile.phone ? formatPhone(profile.phone) : profileText.noPhone} />
              {!profile.phone && profile.contactPhone && (
                <InfoRow label={profileText.contactPhone} value={profileText.unverified(formatPhone(profile.contactPhone))} />
              )}
            </View>
          )}
          {profile && !profile.registered && <View className="gt-profile__hint">{profileText.notRegistered}</View>}
          {profile && !profile.phone && (
            <View className="gt-profile__binding">
              <PhoneBinding visitor={!profile.registered} />
            </View>
          )}
        </LoadState>
      </View>

      {profile?.registered && <PartyEntry profile={profile} />}
      {profile?.registered && <ConsoleEntry profile={profile} />}
      {profile?.registered && <VisitsEntry profile={profile} />}
      {profile?.registered && <ProxyEntry profile={profile} />}

      {profile?.registered && <StaffToolsEntry profile={profile} />}

      {DevIdentityPicker && <DevIdentityPicker />}
    </PageShell>
  );
}

/** A label and its value; long values wrap instead of being cut off. */
function InfoRow({ label, value }: { label: string; value: string }) {
  return (
    <View className="gt-profile__row">
      <Text className="gt-profile__label">{label}</Text>
      <Text className="gt-profile__value">{value}</Text>
    </View>
  );
}
