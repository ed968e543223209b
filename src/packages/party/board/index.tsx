import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useCallback, useRef } from 'react';
import ChoiceChips from '@/components/ChoiceChips';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import { useRemote } from '@/hooks/useRemote';
import * as gridsApi from '@/services/grids';
import * as postsApi from '@/services/posts';
import * as usersApi from '@/services/users';
import { partyText } from '@/text/party';
import '../party.scss';

const t = partyText.board;

/**
 * 党员公示栏 of a grid: its posts, who holds them (phone masked), their
 * commitments and the hours of verified service this year. The grid comes
 * from the link (default: the person's home grid); the village's other
 * grids can be picked.
 */
export default function BoardPage() {
  const router = useRouter();
  const gridRef = useRef(router.params.gridId ? decodeURIComponent(router.params.gridId) : '');
  const load = useCallback(async () => {
    let gridId = gridRef.current;
    if (!gridId) {
      const me = await usersApi.getMe();
      gridId = me.homeGrid?.grid.id ?? '';
      gridRef.current = gridId;
    }
    const [board, grids] = await Promise.all([postsApi.getBoard(gridId), gridsApi.listGrids()]);
    const village = grids.villages.find((entry) => entry.grids.some((grid) => grid.id === gridId));
    return { board, siblings: village?.grids ?? [] };
  }, []);
  const remote = useRemote(load);
  const data = remote.data;

  return (
    <PageShell className="gt-board">
      <LoadState loading={remote.loading} error={remote.error} onRetry={remote.reload} hasData={data !== null}>
        {data && (
          <View>
            <View className="gt-party__card">
              <View className="gt-party__title gt-board__place">
                {data.board.village.name} {data.board.grid.name}
              </View>
              <View className="gt-party__meta">
                {t.intro(data.board.year)} · <Text className="gt-board__total">{t.totalHours(data.board.approvedHours)}</Text>
              </View>
            </View>
            {data.siblings.length > 1 && (
              <View className="gt-party__bar">
                <ChoiceChips
                  options={data.siblings.map((grid) => ({ value: grid.id, label: grid.name }))}
                  selected={[data.board.grid.id]}
                  onToggle={(gridId) => {
                    gridRef.current = gridId;
                    remote.reload();
                  }}
                />
              </View>
            )}
            {data.board.posts.length === 0 && <View className="gt-party__empty">{t.empty}</View>}
            {data.board.posts.map((post) => (
              <View key={post.id} className="gt-party__card gt-board__post" data-post-id={post.id}>
                <View className="gt-party__head">
                  <View>
                    <Text className="gt-party__tag">{post.kind.name}</Text>
                    <Text className="gt-party__title">{post.title}</Text>
                  </View>
                  <Text className="gt-party__meta">{partyText.posts.capacity(post.held, post.capacity)}</Text>
                </View>
                <View className="gt-party__meta">{post.duties}</View>
                {post.holders.length === 0 && <View className="gt-party__meta">{t.vacant}</View>}
                {post.holders.map((holder) => (
                  <View key={`${holder.name}-${holder.claimedAt}`} className="gt-party__item gt-board__holder">
                    <View className="gt-party__head">
                      <Text className="gt-party__text gt-board__name">
                        {holder.name} {holder.maskedPhone}
                      </Text>
                      <Text className="gt-party__badge gt-board__hours">{t.holderHours(holder.approvedHours)}</Text>
                    </View>
                    <View className="gt-party__meta">{holder.branchName}</View>
                    <View className="gt-party__text gt-board__commitment">
                      {t.commitment}
                      {holder.commitment}
                    </View>
                  </View>
                ))}
              </View>
            ))}
          </View>
        )}
      </LoadState>
    </PageShell>
  );
}
