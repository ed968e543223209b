import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useCallback, useRef, useState } from 'react';
import type { PlaceDto } from '@contract';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import { useRemote } from '@/hooks/useRemote';
import { api, isCloudError } from '@/services';
import { syncElderModeFromProfile } from '@/state/elderMode';
import { emitProfileChanged } from '@/state/events';
import { hideNotice, showNotice } from '@/state/notice';
import { commonText } from '@/text/common';
import { homeText } from '@/text/home';
import { cx } from '@/utils/cx';
import './index.scss';

/** 选择网格: villages of a township and their grids; tapping a grid makes it the home grid. */
export default function GridPickerPage() {
  const router = useRouter();
  const currentGridId = router.params.current ? decodeURIComponent(router.params.current) : null;
  const [townshipId, setTownshipId] = useState<string | undefined>(undefined);
  const townshipRef = useRef(townshipId);
  townshipRef.current = townshipId;
  const loadGrids = useCallback(() => api.grids.listGrids(townshipRef.current), []);
  const list = useRemote(loadGrids);
  const [saving, setSaving] = useState(false);

  const pickTownship = (id: string) => {
    if (id === list.data?.township.id) return;
    townshipRef.current = id;
    setTownshipId(id);
    list.reload();
  };

  const choose = async (village: PlaceDto, grid: PlaceDto) => {
    if (saving) return;
    setSaving(true);
    showNotice(commonText.saving, 'loading', 0);
    try {
      const profile = await api.users.chooseGrid(grid.id);
      syncElderModeFromProfile(profile);
      hideNotice();
      emitProfileChanged();
      showNotice(homeText.gridPicker.chosen(village.name, grid.name), 'success', 1500);
      setTimeout(goBack, 800);
    } catch (err) {
      showNotice(isCloudError(err) ? err.message : commonText.unknownError, 'error', 3000);
    } finally {
      setSaving(false);
    }
  };

  const data = list.data;
  return (
    <PageShell className="gt-picker">
      <LoadState loading={list.loading} error={list.error} onRetry={list.reload} hasData={data !== null}>
        {data && (
          <View>
            {data.townships.length > 1 && (
              <View className="gt-picker__townships">
                {data.townships.map((township) => (
                  <View
                    key={township.id}
                    className={cx(
                      'gt-picker__township',
                      township.id === data.township.id && 'gt-picker__township--current',
                    )}
                    onClick={() => pickTownship(township.id)}
                  >
                    {township.name}
                  </View>
                ))}
              </View>
            )}
            <View className="gt-picker__intro">
              {data.township.name} · {homeText.gridPicker.intro}
            </View>
            {data.villages.length === 0 && <View className="gt-picker__empty">{homeText.gridPicker.noVillages}</View>}
            {data.villages.map(({ village, grids }) => (
              <View key={village.id} className="gt-picker__village">
                <View className="gt-picker__village-name">{village.name}</View>
                {grids.length === 0 ? (
                  <View className="gt-picker__empty">{homeText.gridPicker.noGrids}</View>
                ) : (
                  <View className="gt-picker__grids">
                    {grids.map((grid) => (
                      <View
                        key={grid.id}
                        className={cx('gt-picker__grid', grid.id === currentGridId && 'gt-picker__grid--current')}
                        hoverClass="gt-picker__grid--active"
                        data-grid-id={grid.id}
                        onClick={() => void choose(village, grid)}
                      >
                        <Text className="gt-picker__grid-name">{grid.name}</Text>
                        {grid.id === currentGridId && (
                          <Text className="gt-picker__grid-current">{homeText.gridPicker.current}</Text>
                        )}
                      </View>
                    ))}
                  </View>
                )}
              </View>
            ))}
          </View>
        )}
      </LoadState>
    </PageShell>
  );
}

/** Back to where the person came from; straight to 首页 when opened directly (H5 link, share). */
function goBack() {
  if (Taro.getCurrentPages().length > 1) {
    Taro.navigateBack();
  } else {
    Taro.switchTab({ url: '/pages/index/index' });
  }
}
