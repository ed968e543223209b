import { View } from '@tarojs/components';
import Button from '@/components/Button';
import type { PagedListState } from '@/hooks/usePagedList';
import { commonText } from '@/text/common';
import './index.scss';

const t = commonText.pagedList;

interface ListFooterProps {
  list: Pick<PagedListState<{ id: string }, unknown>, 'items' | 'total' | 'hasMore' | 'loadingMore' | 'moreError' | 'loadMore'>;
  /** The last line, counting what the list holds in its own words (共12名); 共12件 by default. */
  end?: (total: number) => string;
}

/**
 * The end of a list read a page at a time: 正在加载更多 while the next page
 * comes (scrolling to the bottom asks for it), a 加载更多 button for phones
 * that did not scroll, what went wrong with 再试一次, or that this is all.
 */
export default function ListFooter({ list, end = t.end }: ListFooterProps) {
  if (list.items.length === 0) return null;
  let content;
  if (list.loadingMore) content = <View className="gt-list-footer__note">{t.loadingMore}</View>;
  else if (list.moreError)
    content = (
      <>
        <View className="gt-list-footer__note gt-list-footer__note--error">
          {t.moreFailed}：{list.moreError.message}
        </View>
        <Button onClick={list.loadMore}>{t.tryAgain}</Button>
      </>
    );
  else if (list.hasMore)
    content = (
      <Button className="gt-list-footer__more" onClick={list.loadMore}>
        {t.loadMore}
      </Button>
    );
  else content = <View className="gt-list-footer__note">{end(list.total)}</View>;
  return <View className="gt-list-footer">{content}</View>;
}
