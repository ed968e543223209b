import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import RatingPanel from '@/components/RatingPanel';
import RequestTimeline from '@/components/RequestTimeline';
import ResidentContact from '@/components/ResidentContact';
import { requestsText } from '@/text/requests';
import HandlerCard from './HandlerCard';
import OutcomeCards from './OutcomeCards';
import RequestSummary from './RequestSummary';
import StepButtons from './StepButtons';
import StepPanels from './StepPanels';
import { useRequestSteps } from './useRequestSteps';
import './index.scss';

/**
 * 诉求详情: what was asked, who has it now and until when, every step in
 * words, and the buttons this person may press now (the server says which).
 * When someone else acted first, the page shows the new state and keeps
 * what the person typed ("已被他人处理").
 */
export default function RequestDetailPage() {
  const { params } = useRouter();
  const steps = useRequestSteps(decodeURIComponent(params.id ?? ''));
  const { remote, request: r, rating, busy } = steps;
  return (
    <PageShell className="gt-request">
      <LoadState loading={remote.loading} error={remote.error} onRetry={remote.reload} hasData={r !== null}>
        {r && (
          <View>
            <RequestSummary request={r} />
            <HandlerCard request={r} />
            {r.resident && (
              <View className="gt-request__card">
                <ResidentContact resident={r.resident} own={r.relation === 'own'} />
              </View>
            )}
            <OutcomeCards request={r} />
            {r.allowed.includes('rate') && (
              <RatingPanel
                stars={rating.stars}
                comment={rating.comment}
                errors={steps.ratingErrors}
                busy={busy}
                onChange={steps.setRating}
                onSubmit={steps.rate}
              />
            )}
            {steps.panel.panel === null && <StepButtons request={r} busy={busy} onPress={steps.press} />}
            <StepPanels request={r} steps={steps} />
            <View className="gt-request__card">
              <View className="gt-request__heading">{requestsText.detail.timeline}</View>
              <RequestTimeline entries={r.timeline} />
            </View>
          </View>
        )}
      </LoadState>
    </PageShell>
  );
}
