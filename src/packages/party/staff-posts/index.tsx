import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useCallback, useRef } from 'react';
import Button from '@/components/Button';
import ChoiceChips from '@/components/ChoiceChips';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import { useReloadOnShow } from '@/hooks/useReloadOnShow';
import { useRemote } from '@/hooks/useRemote';
import * as postsApi from '@/services/posts';
import { partyText } from '@/text/party';
import StaffPostCard from './StaffPostCard';
import '../party.scss';

const t = partyText.staffPosts;
const FORM = '/packages/party/post-form/index';

/** 岗位管理: staff set up, change and close the posts of the grids they are responsible for. */
export default function StaffPostsPage() {
  const gridRef = useRef<string | undefined>(undefined);
  const load = useCallback(() => postsApi.getStaffPosts(gridRef.current), []);
  const remote = useRemote(load);
  useReloadOnShow(remote.reload);
  const data = remote.data;

  return (
    <PageShell className="gt-staff-posts">
      <LoadState loading={remote.loading} error={remote.error} onRetry={remote.reload} hasData={data !== null}>
        {data && (
          <View>
            <View className="gt-party__intro">
              {data.scope.name} · {t.limit(data.maxActivePosts)}
            </View>
            {data.villages.map(({ village, grids }) => (
              <View key={village.id} className="gt-party__bar">
                <View className="gt-party__meta">{village.name}</View>
                <ChoiceChips
                  options={grids.map((grid) => ({ value: grid.id, label: grid.name }))}
                  selected={[data.grid.id]}
                  onToggle={(gridId) => {
                    gridRef.current = gridId;
                    remote.reload();
                  }}
                />
              </View>
            ))}
            <View className="gt-party__submit">
              <Button
                type="primary"
                className="gt-staff-posts__add"
                onClick={() => Taro.navigateTo({ url: `${FORM}?gridId=${encodeURIComponent(data.grid.id)}` })}
              >
                {t.add}
              </Button>
            </View>
            {data.posts.length === 0 && <View className="gt-party__empty">{t.empty}</View>}
            {data.posts.map((post) => (
              <StaffPostCard key={post.id} post={post} onChanged={remote.reload} />
            ))}
          </View>
        )}
      </LoadState>
    </PageShell>
  );
}
