import type { MemberCursorDto } from '@contract';
import { Text, View } from '@tarojs/components';
import { useCallback, useRef } from 'react';
import { AtButton } from 'taro-ui';
import ChoiceChips from '@/components/ChoiceChips';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import { useRemote } from '@/hooks/useRemote';
import { api } from '@/services';
import { zh } from '@/text/zh';
import { chinaDay } from '@/utils/time';
import '../party.scss';

const t = zh.party.totals;

/** 服务统计: verified service per branch and per member, with five-star totals, in the staff's jurisdiction. */
export default function TotalsPage() {
  const thisYear = Number(chinaDay(new Date().toISOString()).slice(0, 4));
  const query = useRef<{ year: number; after?: MemberCursorDto }>({ year: thisYear });
  // Where the pages before this one started: 上一页 goes back to the last of them.
  const earlier = useRef<Array<MemberCursorDto | undefined>>([]);
  const load = useCallback(() => api.posts.getServiceTotals(query.current), []);
  const remote = useRemote(load);
  const data = remote.data;
  const go = (patch: { year?: number; after: MemberCursorDto | undefined }) => {
    query.current = { ...query.current, ...patch };
    remote.reload();
  };

  return (
    <PageShell className="gt-totals">
      <View className="gt-party__bar">
        <ChoiceChips
          options={[thisYear, thisYear - 1].map((year) => ({ value: String(year), label: t.year(year) }))}
          selected={[String(data?.year ?? query.current.year)]}
          onToggle={(value) => {
            earlier.current = [];
            go({ year: Number(value), after: undefined });
          }}
        />
      </View>
      <LoadState loading={remote.loading} error={remote.error} onRetry={remote.reload} hasData={data !== null}>
        {data && (
          <View>
            <View className="gt-party__section-title">
              {data.scope.name} · {t.branches}
            </View>
            {data.branches.length === 0 && <View className="gt-party__empty">{t.empty}</View>}
            {data.branches.length > 0 && (
              <View className="gt-party__card">
                {data.branches.map((row) => (
                  <View key={row.branch.id} className="gt-party__item gt-totals__branch">
                    <Text className="gt-party__text">{row.branch.name}</Text>
                    <View className="gt-party__meta">{t.branchRow(row.members, row.approvedHours, row.approvedLogs)}</View>
                  </View>
                ))}
              </View>
            )}
            <View className="gt-party__section-title">{t.members(data.totalMembers)}</View>
            {data.members.length > 0 && (
              <View className="gt-party__card">
                {data.members.map((member) => (
                  <View key={member.memberId} className="gt-party__item gt-totals__member">
                    <View className="gt-party__head">
                      <Text className="gt-party__text">{member.name}</Text>
                      <Text className="gt-party__meta">
                        {member.branchName} · {member.grid.name}
                      </Text>
                    </View>
                    <View className="gt-party__meta">
                      {t.memberRow(member.activePosts, member.approvedHours, member.approvedLogs, member.pendingLogs)}
                    </View>
                    <View className="gt-party__meta">{t.stars(member.stars.starsEarned, member.stars.overall)}</View>
                  </View>
                ))}
              </View>
            )}
            {data.totalMembers > data.pageSize && (
              <View className="gt-party__actions gt-party__submit">
                <View className="gt-party__action">
                  <AtButton disabled={earlier.current.length === 0} onClick={() => go({ after: earlier.current.pop() })}>
                    {t.prev}
                  </AtButton>
                </View>
                <View className="gt-party__action">
                  <AtButton
                    disabled={data.next === null}
                    onClick={() => {
                      earlier.current.push(query.current.after);
                      go({ after: data.next ?? undefined });
                    }}
                  >
                    {t.next}
                  </AtButton>
                </View>
              </View>
            )}
          </View>
        )}
      </LoadState>
    </PageShell>
  );
}
