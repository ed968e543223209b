import { View } from '@tarojs/components';
import type { ProxyItemDto } from '@contract';
import Button from '@/components/Button';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import { proxyText } from '@/text/proxy';
import ItemFormPanel from './ItemFormPanel';
import { useCatalogueEditor, type CatalogueEditorState } from './useCatalogueEditor';
import '../proxy.scss';

const t = proxyText.catalogue;

/** One item of the list: what it asks for, where it is decided, its limits; edit, retire or restore. */
function ItemRow({ state, item }: { state: CatalogueEditorState; item: ProxyItemDto }) {
  return (
    <View className="gt-daiban__card gt-daiban-catalogue__item" data-item={item.name}>
      <View className="gt-daiban__title">
        {item.name}
        {item.active ? '' : t.retired}
      </View>
      <View className="gt-daiban__line">{`${t.materialCount(item.materials.length)}：${item.materials.join('、')}`}</View>
      <View className="gt-daiban__line">{`${proxyText.form.office}：${item.office.name}`}</View>
      <View className="gt-daiban__line">{proxyText.form.limits(item.stageDays)}</View>
      {item.guide && <View className="gt-daiban__line">{`${proxyText.form.guide}：${item.guide}`}</View>}
      <View className="gt-daiban__line">{`${t.version(item.version)} · ${t.order}：${item.order}`}</View>
      {state.editable && (
        <View className="gt-daiban-catalogue__row">
          <Button size="small" className="gt-daiban-catalogue__edit" onClick={() => state.open(item)}>
            {t.edit}
          </Button>
          <Button size="small" className="gt-daiban-catalogue__active" onClick={() => void state.setActive(item, !item.active)}>
            {item.active ? t.retire : t.restore}
          </Button>
        </View>
      )}
    </View>
  );
}

/**
 * 代办事项目录 (reached from 系统管理 › 类别): the county's administrator
 * adds and edits the proxy items, retires and restores them. Cases already
 * opened keep the version they were opened with.
 */
export default function CataloguePage() {
  const state = useCatalogueEditor();
  const { list } = state;
  return (
    <PageShell className="gt-daiban-catalogue">
      <View className="gt-daiban__card">
        <View className="gt-daiban__line">{state.editable || !list.data ? t.intro : t.readOnly}</View>
        {state.editable && !state.form && (
          <Button type="primary" className="gt-daiban-catalogue__add" onClick={() => state.open(null)}>
            {t.add}
          </Button>
        )}
      </View>
      <ItemFormPanel state={state} />
      <LoadState loading={list.loading} error={list.error} onRetry={list.reload} hasData={list.data !== null}>
        {state.items.length === 0 && <View className="gt-daiban__empty">{t.empty}</View>}
        {state.items.map((item) => (
          <ItemRow key={item.id} state={state} item={item} />
        ))}
      </LoadState>
    </PageShell>
  );
}
