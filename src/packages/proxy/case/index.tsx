import PageShell from '@/components/PageShell';
import LoadState from '@/components/LoadState';
import CaseFacts from './CaseFacts';
import ConcludePanel from './ConcludePanel';
import HandBackPanel from './HandBackPanel';
import RatePanel from './RatePanel';
import ReassignPanel from './ReassignPanel';
import ReceivePanel from './ReceivePanel';
import SendPanel from './SendPanel';
import StagesPanel from './StagesPanel';
import { useProxyCase } from './useProxyCase';
import '../proxy.scss';

const PANELS = { receive: ReceivePanel, send: SendPanel, conclude: ConcludePanel, handBack: HandBackPanel };

/** 代办件详情: the stages with their deadlines, the agent's next step, 改派, the resident's rating, the timeline. */
export default function ProxyCasePage() {
  const { remote, shown, act, busy } = useProxyCase();
  const Panel = shown && shown.canAct && shown.stage !== 'done' ? PANELS[shown.stage] : null;
  return (
    <PageShell className="gt-daiban-case">
      <LoadState loading={remote.loading} error={remote.error} onRetry={remote.reload} hasData={shown !== null}>
        {shown && <StagesPanel proxyCase={shown} />}
        {shown && Panel && <Panel key={`${shown.stage}-${shown.version}`} proxyCase={shown} act={act} busy={busy} />}
        {shown?.canReassign && <ReassignPanel key={`reassign-${shown.version}`} proxyCase={shown} act={act} busy={busy} />}
        {shown?.canRate && <RatePanel proxyCase={shown} act={act} busy={busy} />}
        {shown && <CaseFacts proxyCase={shown} />}
      </LoadState>
    </PageShell>
  );
}
