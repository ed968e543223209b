import { View } from '@tarojs/components';
import { useCallback, useState } from 'react';
import { AtButton } from 'taro-ui';
import type { VerificationItemDto } from '@contract';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import ServiceLogCard from '@/components/ServiceLogCard';
import TextPrompt from '@/components/TextPrompt';
import { useReloadOnShow } from '@/hooks/useReloadOnShow';
import { useRemote } from '@/hooks/useRemote';
import { api } from '@/services';
import { zh } from '@/text/zh';
import { fieldErrors } from '@/utils/fieldErrors';
import { submitWithNotice } from '@/utils/submit';
import '../party.scss';

const t = zh.party.verify;

/** 服务审核: service logs waiting for this grid member or branch secretary, oldest first. */
export default function VerifyPage() {
  const load = useCallback(() => api.posts.getVerificationQueue(), []);
  const remote = useRemote(load);
  useReloadOnShow(remote.reload);
  const logs = remote.data?.logs ?? [];

  return (
    <PageShell className="gt-verify">
      <LoadState loading={remote.loading} error={remote.error} onRetry={remote.reload} hasData={remote.data !== null}>
        {remote.data && logs.length === 0 && <View className="gt-party__empty">{t.empty}</View>}
        {logs.map((log) => (
          <VerifyItem key={log.id} log={log} onDecided={remote.reload} />
        ))}
      </LoadState>
    </PageShell>
  );
}

function VerifyItem({ log, onDecided }: { log: VerificationItemDto; onDecided: () => void }) {
  const [rejecting, setRejecting] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [saving, setSaving] = useState(false);

  const decide = async (decision: 'approve' | 'reject', reason?: string) => {
    if (saving) return;
    setSaving(true);
    const result = await submitWithNotice(
      () => api.posts.verifyLog(log.id, decision, reason),
      decision === 'approve' ? t.approved : t.rejected,
    );
    setSaving(false);
    if (result.ok) onDecided();
    else setError(fieldErrors(result.error).reason);
  };

  return (
    <ServiceLogCard log={log}>
      <View className="gt-party__text gt-verify__member">{t.member(log.memberName, log.branchName)}</View>
      <View className="gt-party__meta">{t.as[log.as]}</View>
      {!rejecting && (
        <View className="gt-party__actions">
          <View className="gt-party__action">
            <AtButton type="primary" className="gt-verify__approve" loading={saving} onClick={() => void decide('approve')}>
              {t.approve}
            </AtButton>
          </View>
          <View className="gt-party__action">
            <AtButton className="gt-verify__reject" onClick={() => setRejecting(true)}>
              {t.reject}
            </AtButton>
          </View>
        </View>
      )}
      {rejecting && (
        <TextPrompt
          label={t.rejectReason}
          placeholder={t.rejectPlaceholder}
          confirmText={t.confirmReject}
          error={error}
          saving={saving}
          onCancel={() => setRejecting(false)}
          onConfirm={(reason) => void decide('reject', reason)}
        />
      )}
    </ServiceLogCard>
  );
}
