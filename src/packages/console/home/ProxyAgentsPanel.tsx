import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import Button from '@/components/Button';
import type { ProxyAgentRowDto } from '@contract';
import FigurePeriodPicker from '@/components/FigurePeriodPicker';
import ListFooter from '@/components/ListFooter';
import LoadState from '@/components/LoadState';
import { dashboardText } from '@/text/dashboard';
import FigureCells from './FigureCells';
import { useProxyAgents } from './useProxyAgents';

const t = dashboardText;
const words = dashboardText.proxyAgents;

/** One agent: where they work, then received, handed back, on time with its counts, the residents' stars with how many rated. */
function AgentCard({ row }: { row: ProxyAgentRowDto }) {
  return (
    <View className="gt-cs__card gt-cs-home__agent" data-agent={row.id}>
      <View className="gt-cs__title">{row.agentName}</View>
      <View className="gt-cs__line">{row.place}</View>
      <View className="gt-cs__figures">
        <FigureCells
          cells={[
            [words.received, { value: row.received }],
            [words.handled, { value: row.handled }],
            [words.onTime, t.rate(row.handled > 0 ? row.onTime / row.handled : null, row.onTime, row.handled)],
            [words.rating, t.stars(row.averageStars, row.ratings)],
          ]}
        />
      </View>
    </View>
  );
}

/**
 * 代理代办 on the 工作台: per agent of the jurisdiction, for the month or
 * quarter chosen, what the allowance is set from; every agent, a page at a
 * time (scrolling to the bottom or 加载更多), with how many there are;
 * 待改派的代办件 leads to the cases that wait for a new agent.
 */
export default function ProxyAgentsPanel() {
  const { period, choose, list } = useProxyAgents();
  return (
    <View className="gt-cs-home__proxy">
      <View className="gt-cs__heading">{words.heading}</View>
      <Button className="gt-cs-home__proxy-stuck" size="small" onClick={() => void Taro.navigateTo({ url: '/packages/proxy/stuck/index' })}>
        {words.stuck}
      </Button>
      <FigurePeriodPicker period={period} onChange={choose} words={words} />
      <LoadState loading={list.loading} error={list.error} onRetry={list.reload} hasData={list.first !== null}>
        <View className="gt-cs__card">
          <View className="gt-cs__line gt-cs-home__proxy-total">{list.total > 0 ? words.total(list.total) : words.none}</View>
          <View className="gt-cs__line">{words.hint}</View>
        </View>
        {list.items.map((row) => (
          <AgentCard key={row.id} row={row} />
        ))}
        <ListFooter list={list} end={words.end} />
      </LoadState>
    </View>
  );
}
