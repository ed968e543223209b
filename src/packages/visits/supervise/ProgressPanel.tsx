import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useCallback } from 'react';
import LoadState from '@/components/LoadState';
import { useRemote } from '@/hooks/useRemote';
import * as visitsApi from '@/services/visits';
import { visitsText as t } from '@/text/visits';

/** 走访天数 of the cadres of a place (laggards first); the places below open the same list for them. */
export default function ProgressPanel({ placeId, onOpen }: { placeId: string; onOpen: (placeId: string) => void }) {
  const year = new Date().getFullYear();
  const progress = useRemote(useCallback(() => visitsApi.progress(placeId, year), [placeId, year]));
  const data = progress.data;
  return (
    <LoadState loading={progress.loading} error={progress.error} onRetry={progress.reload} hasData={data !== null}>
      {data && data.children.length > 0 && (
        <View className="gt-visits__card">
          <View className="gt-visits__line">{t.supervise.children}</View>
          {data.children.map((child) => (
            <View key={child.id} className="gt-visits__link gt-progress__child" data-id={child.id} onClick={() => onOpen(child.id)}>
              <Text>{child.name}</Text>
              <Text>›</Text>
            </View>
          ))}
        </View>
      )}
      {data?.cadres.length === 0 && <View className="gt-visits__empty">{t.supervise.noCadres}</View>}
      {data?.cadres.map((cadre) => (
        <View
          key={cadre.id}
          className="gt-visits__card gt-visits__card--tap gt-progress__cadre"
          data-id={cadre.id}
          onClick={() => Taro.navigateTo({ url: `/packages/visits/diary/index?view=cadre&cadreId=${cadre.id}` })}
        >
          <View className="gt-visits__title">{cadre.name}</View>
          <View className="gt-visits__line">{cadre.title}</View>
          <View className={cadre.progress.onTrack ? 'gt-visits__ok' : 'gt-visits__alert'}>
            {t.supervise.quota(cadre.progress.days, cadre.progress.quota)} · {t.supervise.expected(cadre.progress.expectedByNow)}
          </View>
        </View>
      ))}
    </LoadState>
  );
}
