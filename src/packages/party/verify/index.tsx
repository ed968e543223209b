import { View } from '@tarojs/components';
import { useCallback } from 'react';
import type { VerificationItemDto } from '@contract';
import DecisionActions from '@/components/DecisionActions';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import ServiceLogCard from '@/components/ServiceLogCard';
import { useReloadOnShow } from '@/hooks/useReloadOnShow';
import { useRemote } from '@/hooks/useRemote';
import * as postsApi from '@/services/posts';
import { partyText } from '@/text/party';
import '../party.scss';

const t = partyText.verify;

/** 服务审核: service logs waiting for this grid member or branch secretary, oldest first. */
export default function VerifyPage() {
  const load = useCallback(() => postsApi.getVerificationQueue(), []);
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
  return (
    <ServiceLogCard log={log}>
      <View className="gt-party__text gt-verify__member">{t.member(log.memberName, log.branchName)}</View>
      <View className="gt-party__meta">{t.as[log.as]}</View>
      <DecisionActions
        texts={t}
        block="gt-verify"
        decide={(decision, reason) => postsApi.verifyLog(log.id, decision, reason)}
        onDecided={onDecided}
      />
    </ServiceLogCard>
  );
}
