import { Text, View } from '@tarojs/components';
import { useCallback, useRef } from 'react';
import type { RegistrationDto, RegistrationStatus } from '@contract';
import ChoiceChips from '@/components/ChoiceChips';
import DecisionActions from '@/components/DecisionActions';
import EndMembership from './EndMembership';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import { useRemote } from '@/hooks/useRemote';
import * as postsApi from '@/services/posts';
import { partyText } from '@/text/party';
import { callPhone, formatPhone } from '@/utils/phone';
import { chinaDay } from '@/utils/time';
import '../party.scss';

const t = partyText.approvals;
const STATUSES: RegistrationStatus[] = ['pending', 'approved', 'rejected', 'ended'];

/** 党员报到审核: staff of the community approve or reject the members who reported, and end an approved one's membership (撤销报到). */
export default function ApprovalsPage() {
  const statusRef = useRef<RegistrationStatus>('pending');
  const load = useCallback(() => postsApi.listRegistrations(statusRef.current), []);
  const remote = useRemote(load);
  const data = remote.data;

  return (
    <PageShell className="gt-approvals">
      <View className="gt-party__bar">
        <ChoiceChips
          className="gt-approvals__tabs"
          options={STATUSES.map((status) => ({ value: status, label: t.tabs[status] }))}
          selected={[data?.status ?? statusRef.current]}
          onToggle={(value) => {
            statusRef.current = value as RegistrationStatus;
            remote.reload();
          }}
        />
      </View>
      <LoadState loading={remote.loading} error={remote.error} onRetry={remote.reload} hasData={data !== null}>
        {data && data.registrations.length === 0 && <View className="gt-party__empty">{t.empty}</View>}
        {data?.registrations.map((registration) => (
          <RegistrationCard key={registration.memberId} registration={registration} onDecided={remote.reload} />
        ))}
      </LoadState>
    </PageShell>
  );
}

/** Whether the name given matches the one the roster (花名册) has for the number. */
function rosterLine(registration: RegistrationDto): string {
  if (!registration.rosterName) return t.rosterUnknown;
  return registration.rosterName === registration.name
    ? t.rosterMatches(registration.rosterName)
    : t.rosterDiffers(registration.rosterName);
}

function RegistrationCard({ registration, onDecided }: { registration: RegistrationDto; onDecided: () => void }) {
  return (
    <View className="gt-party__card gt-approvals__item" data-member-id={registration.memberId}>
      <View className="gt-party__head">
        <Text className="gt-party__title gt-approvals__name">{registration.name}</Text>
        <Text className="gt-party__meta" onClick={() => callPhone(registration.phone)}>
          {formatPhone(registration.phone)}
        </Text>
      </View>
      <View className="gt-party__meta gt-approvals__identity">
        <Text className={`gt-approvals__phone-${registration.phoneVerified ? 'verified' : 'unverified'}`}>
          {registration.phoneVerified ? t.phoneVerified : t.phoneUnverified}
        </Text>
        {' · '}
        <Text
          className={registration.rosterName && registration.rosterName !== registration.name ? 'gt-party__status--rejected' : undefined}
        >
          {rosterLine(registration)}
        </Text>
      </View>
      <View className="gt-party__meta">
        {t.branch}
        {registration.branch.name}
      </View>
      <View className="gt-party__meta">
        {t.employer}
        {registration.employer}
      </View>
      <View className="gt-party__meta">
        {t.grid}
        {registration.village.name} {registration.grid.name}
      </View>
      {(registration.skillKinds.length > 0 || registration.skills) && (
        <View className="gt-party__meta">
          {t.skills}
          {[...registration.skillKinds.map((kind) => kind.name), registration.skills].filter(Boolean).join('、')}
        </View>
      )}
      <View className="gt-party__meta">{t.submittedAt(chinaDay(registration.submittedAt))}</View>
      {registration.decidedAt && registration.decidedByName && (
        <View className="gt-party__meta">{t.decidedBy(registration.decidedByName, chinaDay(registration.decidedAt))}</View>
      )}
      {registration.rejectReason && <View className="gt-party__meta gt-party__status--rejected">{registration.rejectReason}</View>}
      {registration.ended && (
        <View className="gt-party__meta gt-party__status--rejected gt-approvals__ended">
          {t.endedBy(registration.ended.byName, chinaDay(registration.ended.at), registration.ended.reason)}
        </View>
      )}
      {registration.status === 'approved' && <EndMembership memberId={registration.memberId} onEnded={onDecided} />}
      {registration.status === 'pending' && (
        <DecisionActions
          texts={t}
          block="gt-approvals"
          decide={(decision, reason) => postsApi.decideRegistration(registration.memberId, decision, reason)}
          onDecided={onDecided}
        />
      )}
    </View>
  );
}
