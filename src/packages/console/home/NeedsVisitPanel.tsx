import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import Button from '@/components/Button';
import LoadState from '@/components/LoadState';
import { useRemote } from '@/hooks/useRemote';
import * as visitsPanelApi from '@/services/visitsPanel';
import { caretakersText } from '@/text/caretakers';
import { dashboardText } from '@/text/dashboard';

const t = dashboardText.visitsPanel;

/**
 * 谁该走访了 on 工作台: how many tagged households of the staff member's
 * place are past their visit period, the most overdue few with who looks
 * after them, and the way to the whole list (走访督导, where staff remind).
 * Loads on its own, so the dashboard shows whatever happens to it.
 */
export default function NeedsVisitPanel() {
  const remote = useRemote(visitsPanelApi.needsVisitPanel);
  const d = remote.data;
  return (
    <View className="gt-cs-home__needs">
      <View className="gt-cs__heading">{t.heading}</View>
      <LoadState loading={remote.loading} error={remote.error} onRetry={remote.reload} hasData={d !== null}>
        {d && (
          <View className="gt-cs__card">
            <View className={d.total > 0 ? 'gt-cs__alert' : 'gt-cs__line'}>{t.total(d.place.name, d.total)}</View>
            {d.items.map((item) => (
              <View
                key={item.household.id}
                className="gt-cs__line gt-cs-home__needs-item"
                onClick={() => Taro.navigateTo({ url: `/packages/visits/household/index?id=${item.household.id}` })}
              >
                {item.household.label} · {t.overdue(item.household.overdueDays)} · {caretakersText.sources[item.caretakers.source]}：
                {item.caretakers.names.join('、') || caretakersText.none}
              </View>
            ))}
            <View className="gt-cs__actions">
              <Button onClick={() => Taro.navigateTo({ url: `/packages/visits/supervise/index?placeId=${d.place.id}` })}>{t.all}</Button>
            </View>
          </View>
        )}
      </LoadState>
    </View>
  );
}
