import type { ServiceTotalsDto } from '@contract';
import { Text, View } from '@tarojs/components';
import Button from '@/components/Button';
import { partyText } from '@/text/party';

const t = partyText.totals;

/** The branches of the staff's jurisdiction with their members' verified service. */
export function BranchTotals({ data }: { data: ServiceTotalsDto }) {
  return (
    <>
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
    </>
  );
}

/** One page of members with their posts, hours, logs and stars. */
export function MemberTotals({ data }: { data: ServiceTotalsDto }) {
  return (
    <>
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
    </>
  );
}

/** 上一页 / 下一页 through the member pages. */
export function TotalsPager(props: { hasPrev: boolean; hasNext: boolean; onPrev: () => void; onNext: () => void }) {
  return (
    <View className="gt-party__actions gt-party__submit">
      <View className="gt-party__action">
        <Button disabled={!props.hasPrev} onClick={props.onPrev}>
          {t.prev}
        </Button>
      </View>
      <View className="gt-party__action">
        <Button disabled={!props.hasNext} onClick={props.onNext}>
          {t.next}
        </Button>
      </View>
    </View>
  );
}
