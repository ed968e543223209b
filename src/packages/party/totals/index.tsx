import { View } from '@tarojs/components';
import ChoiceChips from '@/components/ChoiceChips';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import { partyText } from '@/text/party';
import { BranchTotals, MemberTotals, TotalsPager } from './TotalsLists';
import { useServiceTotals } from './useServiceTotals';
import '../party.scss';

const t = partyText.totals;

/** 服务统计: verified service per branch and per member, with five-star totals, in the staff's jurisdiction. */
export default function TotalsPage() {
  const totals = useServiceTotals();
  const { remote, thisYear } = totals;
  const data = remote.data;
  return (
    <PageShell className="gt-totals">
      <View className="gt-party__bar">
        <ChoiceChips
          options={[thisYear, thisYear - 1].map((year) => ({ value: String(year), label: t.year(year) }))}
          selected={[String(totals.year)]}
          onToggle={(value) => totals.chooseYear(Number(value))}
        />
      </View>
      <LoadState loading={remote.loading} error={remote.error} onRetry={remote.reload} hasData={data !== null}>
        {data && (
          <View>
            <BranchTotals data={data} />
            <MemberTotals data={data} />
            {data.totalMembers > data.pageSize && (
              <TotalsPager hasPrev={totals.hasPrev} hasNext={data.next !== null} onPrev={totals.prev} onNext={totals.next} />
            )}
          </View>
        )}
      </LoadState>
    </PageShell>
  );
}
