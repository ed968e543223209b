import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useCallback, useRef } from 'react';
import Button from '@/components/Button';
import type { MyClaimDto } from '@contract';
import ChoiceChips from '@/components/ChoiceChips';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import ServiceLogCard from '@/components/ServiceLogCard';
import TextPrompt from '@/components/TextPrompt';
import { usePromptAction } from '@/hooks/usePromptAction';
import { useReloadOnShow } from '@/hooks/useReloadOnShow';
import { useRemote } from '@/hooks/useRemote';
import * as postsApi from '@/services/posts';
import { partyText } from '@/text/party';
import { chinaDay } from '@/utils/time';
import '../party.scss';
import './index.scss';

const t = partyText.record;

/** 我的岗位: the member's posts and commitments, service logs, approved hours by month and stars. */
export default function RecordPage() {
  const thisYear = Number(chinaDay(new Date().toISOString()).slice(0, 4));
  const yearRef = useRef(thisYear);
  const load = useCallback(() => postsApi.getMyRecord(yearRef.current), []);
  const remote = useRemote(load);
  useReloadOnShow(remote.reload);
  const data = remote.data;
  const peak = data ? Math.max(1, ...data.months.map((month) => month.hours)) : 1;

  return (
    <PageShell className="gt-record">
      <LoadState loading={remote.loading} error={remote.error} onRetry={remote.reload} hasData={data !== null}>
        {data && (
          <View>
            <View className="gt-party__bar">
              <ChoiceChips
                options={[thisYear, thisYear - 1].map((year) => ({ value: String(year), label: partyText.totals.year(year) }))}
                selected={[String(data.year)]}
                onToggle={(value) => {
                  yearRef.current = Number(value);
                  remote.reload();
                }}
              />
            </View>
            <View className="gt-party__card">
              <View className="gt-party__title">{t.summary(data.year)}</View>
              <View className="gt-record__figures">
                <View className="gt-record__figure">
                  <Text className="gt-record__number gt-record__approved">{data.approvedHours}</Text>
                  <Text className="gt-party__meta">{t.approvedHours}（小时）</Text>
                </View>
                <View className="gt-record__figure">
                  <Text className="gt-record__number">{data.pendingHours}</Text>
                  <Text className="gt-party__meta">{t.pendingHours}（小时）</Text>
                </View>
              </View>
              <View className="gt-party__meta">
                {t.stars}：{t.starsSummary(data.stars.starsEarned, data.stars.overall)}
              </View>
            </View>

            <View className="gt-party__section-title">{t.myPosts}</View>
            {data.claims.length === 0 && (
              <View className="gt-party__empty">
                {t.noPosts}
                <Button type="primary" onClick={() => Taro.navigateTo({ url: '/packages/party/posts/index' })}>
                  {t.goClaim}
                </Button>
              </View>
            )}
            {data.claims.map((claim) => (
              <ClaimCard key={claim.postId} claim={claim} onChanged={remote.reload} />
            ))}

            <View className="gt-party__section-title">{t.byMonth}</View>
            <View className="gt-party__card gt-record__months">
              {data.months.map((month) => (
                <View key={month.month} className="gt-record__month">
                  <Text className="gt-record__month-name">{t.month(month.month)}</Text>
                  <View className="gt-record__track">
                    <View className="gt-record__fill" style={{ width: `${(month.hours / peak) * 100}%` }} />
                  </View>
                  <Text className="gt-record__month-hours">{month.hours}</Text>
                </View>
              ))}
            </View>

            <View className="gt-party__section-title">{t.logs}</View>
            {data.logs.length === 0 && <View className="gt-party__empty">{t.noLogs}</View>}
            {data.logs.map((log) => (
              <ServiceLogCard key={log.id} log={log} />
            ))}
          </View>
        )}
      </LoadState>
    </PageShell>
  );
}

function ClaimCard({ claim, onChanged }: { claim: MyClaimDto; onChanged: () => void }) {
  const leave = usePromptAction((reason) => postsApi.stepDown(claim.postId, reason), t.steppedDown, 'reason', onChanged);
  const active = claim.status === 'active';

  return (
    <View className={`gt-party__card gt-record__claim ${active ? '' : 'gt-party__card--muted'}`} data-post-id={claim.postId}>
      <View className="gt-party__head">
        <View>
          <Text className="gt-party__tag">{claim.kind.name}</Text>
          <Text className="gt-party__title">{claim.title}</Text>
        </View>
        <Text className={`gt-party__status gt-party__status--${claim.status}`}>{t.claimStatus[claim.status]}</Text>
      </View>
      <View className="gt-party__meta">
        {claim.grid.name} · {t.since(chinaDay(claim.claimedAt))} · {t.postHours(claim.approvedHours)}
      </View>
      <View className="gt-party__text">
        {t.commitment}
        {claim.commitment}
      </View>
      {!active && claim.endReason && <View className="gt-party__meta">{t.ended(claim.endReason)}</View>}
      {active && !leave.open && (
        <View className="gt-party__actions">
          <View className="gt-party__action">
            <Button
              type="primary"
              className="gt-record__log"
              onClick={() => Taro.navigateTo({ url: `/packages/party/log/index?postId=${encodeURIComponent(claim.postId)}` })}
            >
              {t.logService}
            </Button>
          </View>
          <View className="gt-party__action">
            <Button onClick={() => leave.setOpen(true)}>{t.stepDown}</Button>
          </View>
        </View>
      )}
      {leave.open && (
        <TextPrompt
          label={t.stepDownReason}
          placeholder={t.stepDownPlaceholder}
          confirmText={t.confirmStepDown}
          error={leave.error}
          saving={leave.saving}
          onCancel={() => leave.setOpen(false)}
          onConfirm={(reason) => void leave.submit(reason)}
        />
      )}
    </View>
  );
}
