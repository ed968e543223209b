import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import { gridPickerText } from '@/text/gridPicker';
import { cx } from '@/utils/cx';
import { useGridPicker } from './useGridPicker';
import VillageGrids from './VillageGrids';
import './index.scss';

/** 选择网格: villages of a township and their grids; tapping a grid makes it the home grid. */
export default function GridPickerPage() {
  const router = useRouter();
  const currentGridId = router.params.current ? decodeURIComponent(router.params.current) : null;
  const { list, pickTownship, choose } = useGridPicker();
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
                    className={cx('gt-picker__township', township.id === data.township.id && 'gt-picker__township--current')}
                    onClick={() => pickTownship(township.id)}
                  >
                    {township.name}
                  </View>
                ))}
              </View>
            )}
            <View className="gt-picker__intro">
              {data.township.name} · {gridPickerText.intro}
            </View>
            {data.villages.length === 0 && <View className="gt-picker__empty">{gridPickerText.noVillages}</View>}
            {data.villages.map(({ village, grids }) => (
              <VillageGrids
                key={village.id}
                village={village}
                grids={grids}
                currentGridId={currentGridId}
                onChoose={(v, g) => void choose(v, g)}
              />
            ))}
          </View>
        )}
      </LoadState>
    </PageShell>
  );
}
