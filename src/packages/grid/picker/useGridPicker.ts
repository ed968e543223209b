import Taro from '@tarojs/taro';
import { useCallback, useRef, useState } from 'react';
import type { PlaceDto } from '@contract';
import { useRemote } from '@/hooks/useRemote';
import * as gridsApi from '@/services/grids';
import * as usersApi from '@/services/users';
import { syncElderModeFromProfile } from '@/state/elderMode';
import { emitProfileChanged } from '@/state/events';
import { hideNotice, showFailure, showNotice } from '@/state/notice';
import { commonText } from '@/text/common';
import { gridPickerText } from '@/text/gridPicker';

/** Back to where the person came from; straight to 首页 when opened directly (H5 link, share). */
function goBack() {
  if (Taro.getCurrentPages().length > 1) {
    void Taro.navigateBack();
  } else {
    void Taro.switchTab({ url: '/pages/index/index' });
  }
}

/** 选择网格's state and calls: the township shown, its villages and grids, and making a grid the home grid. */
export function useGridPicker() {
  const [townshipId, setTownshipId] = useState<string | undefined>(undefined);
  const townshipRef = useRef(townshipId);
  townshipRef.current = townshipId;
  const loadGrids = useCallback(() => gridsApi.listGrids(townshipRef.current), []);
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
      const profile = await usersApi.chooseGrid(grid.id);
      syncElderModeFromProfile(profile);
      hideNotice();
      emitProfileChanged();
      showNotice(gridPickerText.chosen(village.name, grid.name), 'success', 1500);
      setTimeout(goBack, 800);
    } catch (err) {
      showFailure(err, 3000);
    } finally {
      setSaving(false);
    }
  };

  return { list, pickTownship, choose };
}
